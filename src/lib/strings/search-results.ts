// Text of the search box's list of results (src/lib/search/SearchResults.svelte), in the page's
// language (messages/{en,ja,ru}.json; each getter reads the language when it is rendered). Apart
// from the box's own words (search.ts) because the list comes with the search code, on first use:
// a module's strings travel with every page that imports any of them.

import { m } from '#lib/paraglide/messages.js';
import type { ResultKind } from '#lib/search/search.ts';

export const RESULT_STRINGS = {
	groups: {
		get island() {
			return m.search_group_island();
		},
		get islet() {
			return m.search_group_islet();
		},
		get settlement() {
			return m.search_group_settlement();
		},
		get town() {
			return m.search_group_town();
		},
		get cape() {
			return m.search_group_cape();
		},
		get peninsula() {
			return m.search_group_peninsula();
		},
		get strait() {
			return m.search_group_strait();
		},
		get region() {
			return m.search_group_region();
		},
		get article() {
			return m.search_group_article();
		},
		get passage() {
			return m.search_group_passage();
		}
	} satisfies Record<ResultKind, string>,
	/** Under a place: the island group it is part of. */
	on: (island: string) => m.search_on({ island }),
	get outside() {
		return m.search_outside();
	},
	/** A name the reader typed that is not among those shown. */
	alsoCalled: (name: string) => m.search_also({ name }),
	/** A passage's name; its article's title is its own element (`aroundSlot`), in its language. */
	passage: (n: number, title: string) => m.search_passage({ n, title })
} as const;
