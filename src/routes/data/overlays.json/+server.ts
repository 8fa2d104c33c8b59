import { json } from '@sveltejs/kit';
import { localiseOverlays } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * What each overlay is, with its sources (computed by the geodata build), in the page's language:
 * the map's legend.
 */
export const GET: RequestHandler = () => json(localiseOverlays(translator('overlays')));
