import { json } from '@sveltejs/kit';
import type { PresetPiece } from '#lib/content/published.ts';
import { localisePresets } from '#lib/data/prose.ts';
import { localisedSources } from '#lib/server/cited.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The measure tool's presets with their words in the page's language, and the entries of the
 * sources their figures cite: fetched when the tool first opens, so no page carries them.
 */
export const GET: RequestHandler = () => {
	const presets = localisePresets(translator('presets'));
	const piece: PresetPiece = { presets, sources: localisedSources(presets) };
	return json(piece);
};
