import { json } from '@sveltejs/kit';
import type { OverlayDetailsPiece } from '#lib/content/published.ts';
import { localiseOverlays } from '#lib/data/prose.ts';
import { localisedSources } from '#lib/server/cited.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * What each overlay is, with its years, its sources (computed by the geodata build) and their
 * entries, in the page's language: the one file both the legend's folds (fetched when one first
 * opens) and /about's section on the overlays (inlined into that page) read.
 */
export const GET: RequestHandler = () => {
	const overlays = localiseOverlays(translator('overlays'));
	const piece: OverlayDetailsPiece = { overlays, sources: localisedSources(overlays) };
	return json(piece);
};
