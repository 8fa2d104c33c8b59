import { json } from '@sveltejs/kit';
import type { OverlayPiece } from '#lib/content/published.ts';
import { localiseOverlays } from '#lib/data/prose.ts';
import { localisedSources } from '#lib/server/cited.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * What each overlay is, with its sources (computed by the geodata build) and their entries, in the
 * page's language: the map's legend.
 */
export const GET: RequestHandler = () => {
	const overlays = localiseOverlays(translator('overlays'));
	const piece: OverlayPiece = { overlays, sources: localisedSources(overlays) };
	return json(piece);
};
