import { json } from '@sveltejs/kit';
import { localiseTimeline } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every step of the treaty timeline with its texts, in the page's language (/ja/data/timeline.json):
 * the map layout's timeline control.
 */
export const GET: RequestHandler = () => json(localiseTimeline(translator('timeline')));
