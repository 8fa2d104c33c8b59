// The search code and its index are fetched the first time the box is focused, never with the page
// (the index is src/lib/search/index.generated.json, built by `npm run search-index`).

import type { SearchIndex, searchPlaces, groupResults } from './search.ts';

export interface SearchEngine {
	index: SearchIndex;
	search: typeof searchPlaces;
	group: typeof groupResults;
}

let engine: Promise<SearchEngine> | null = null;

/** The index and the functions that search it; loaded once, retried after a failure. */
export function loadSearch(): Promise<SearchEngine> {
	engine ??= Promise.all([import('./search.ts'), import('./index.generated.json')]).then(
		([code, data]) => ({
			index: data.default as unknown as SearchIndex,
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
