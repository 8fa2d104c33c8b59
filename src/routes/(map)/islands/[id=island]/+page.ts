import { fetchIslandFacts, fetchIslandPassagePage, fetchSources } from '#lib/content/published.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ISLAND_IDS.map((id) => ({ id }));

// src/params/island.ts lets only island ids reach this route; anything else is the 404 page.
// The page's sources are the map layout's and the island panel's; its figures (this island's only)
// come in the page's language, as data.
export const load: PageLoad = async ({ params, fetch, parent }) => {
	const [layout, passages, own, facts] = await Promise.all([
		parent(),
		fetchIslandPassagePage(fetch, params.id, 1),
		fetchSources(fetch, `island-${params.id}`),
		fetchIslandFacts(fetch, params.id)
	]);
	return {
		id: params.id,
		facts,
		passages: passages ?? { n: 1, pages: 1, total: 0, passages: [] },
		highlighted: [params.id],
		sources: { ...layout.sources, ...own }
	};
};
