// The search code and its index are fetched the first time the box is focused, never with the page
// (the index is src/lib/search/index.generated.json, built by `npm run search-index`). The passages
// the box can offer are not in the index: the newest page of each island's passages, the same
// prerendered JSON the island panel shows first (src/lib/content/published.ts), is fetched with it,
// so neither grows with the archive.

import { fetchIslandPassagePage, type IslandPassagePage } from '#lib/content/published.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { IndexPassage, SearchIndex, searchPlaces, groupResults } from './search.ts';

export interface SearchEngine {
	index: SearchIndex;
	passages: IndexPassage[];
	search: typeof searchPlaces;
	group: typeof groupResults;
}

const newestPages = (): Promise<(IslandPassagePage | null)[]> =>
	Promise.all(ISLAND_IDS.map((id) => fetchIslandPassagePage(fetch, id, 1)));

let engine: Promise<SearchEngine> | null = null;

/** The index and the functions that search it; loaded once, retried after a failure. */
export function loadSearch(): Promise<SearchEngine> {
	engine ??= Promise.all([
		import('./search.ts'),
		import('./index.generated.json'),
		newestPages()
	]).then(
		([code, data, pages]) => ({
			index: data.default as unknown as SearchIndex,
			passages: code.searchablePassages(pages),
			search: code.searchPlaces,
			group: code.groupResults
		}),
		(error: unknown) => {
			engine = null;
			throw error;
		}
	);
	return engine;
}
