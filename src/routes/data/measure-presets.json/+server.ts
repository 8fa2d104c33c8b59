import { json } from '@sveltejs/kit';
import { localisePresets } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The measure tool's presets with their words in the page's language: the map layout's load. */
export const GET: RequestHandler = () => json(localisePresets(translator('presets')));
