import { json } from '@sveltejs/kit';
import { TIMELINE_STEPS } from '#lib/data/timeline-steps.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every step of the treaty timeline with its texts: the map layout's timeline control. */
export const GET: RequestHandler = () => json(TIMELINE_STEPS);
