import { json } from '@sveltejs/kit';
import type { OverlayPiece } from '#lib/content/published.ts';
import { localiseOverlays } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Each overlay's name in the page's language: what the legend shows at first view, so what every
 * map page carries. The folds' explanations and their sources are in overlays/details.json, which
 * the browser fetches when a fold first opens.
 */
export const GET: RequestHandler = () => {
	const overlays = localiseOverlays(translator('overlays')).map(({ id, title }) => ({ id, title }));
	const piece: OverlayPiece = { overlays };
	return json(piece);
};
