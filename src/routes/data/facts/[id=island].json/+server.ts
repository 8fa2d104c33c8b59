import { json } from '@sveltejs/kit';
import { localiseFacts } from '#lib/data/prose.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { translator } from '#lib/server/translate.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ISLAND_IDS.map((id) => ({ id }));

/** One island's figures, labels and notes in the page's language: its panel shows no other's. */
export const GET: RequestHandler = ({ params }) =>
	json(localiseFacts(translator('facts'))[params.id as IslandId]);
