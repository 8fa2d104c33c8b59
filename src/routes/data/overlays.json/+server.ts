import { json } from '@sveltejs/kit';
import { CLAIMS } from '#lib/data/geodata.generated.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/** What each overlay is, with its sources (computed by the geodata build): the map's legend. */
export const GET: RequestHandler = () => json(CLAIMS);
