import { json } from '@sveltejs/kit';
import { localisePositions } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Each side's position and case, argument by argument: the viewpoint switch's texts, as data the
 * map layout's load fetches rather than script in every map page (the cases run to several KB),
 * in the page's language.
 */
export const GET: RequestHandler = () => json(localisePositions(translator('positions')));
