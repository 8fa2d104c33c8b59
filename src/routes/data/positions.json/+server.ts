import { json } from '@sveltejs/kit';
import { POSITIONS } from '#lib/data/positions.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Each side's position and case, argument by argument: the viewpoint switch's texts, as data the
 * map layout's load fetches rather than script in every map page (the cases run to several KB).
 */
export const GET: RequestHandler = () => json(POSITIONS);
