import { fetchIslandPassages } from '#lib/content/published.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ISLAND_IDS.map((id) => ({ id }));

// src/params/island.ts lets only island ids reach this route; anything else is the 404 page.
export const load: PageLoad = async ({ params, fetch }) => ({
	id: params.id,
	passages: await fetchIslandPassages(fetch, params.id),
	highlighted: [params.id]
});
