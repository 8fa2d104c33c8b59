import { json } from '@sveltejs/kit';
import { passagesForIsland } from '#lib/content/articles.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ISLAND_IDS.map((id) => ({ id }));

/** The passages that speak of one island, newest article first: the island panel's "In the news". */
export const GET: RequestHandler = ({ params }) => json(passagesForIsland(params.id));
