// Text of the search box (src/lib/search/PlaceSearch.svelte) and of the card that says what a
// place looked up is (src/routes/(map)/+page.svelte). Place names never appear here: they come
// from src/lib/data/places.ts.

import type { ResultKind } from '#lib/search/search.ts';

export const SEARCH_STRINGS = {
	/** The box's accessible name. */
	label: 'Find a place or article',
	placeholder: 'Find a place in any script',
	/** Shown beside the box on wide screens: the key that focuses it. */
	hotkeyHint: '/',
	hotkeyLabel: 'Press / to search',
	listLabel: 'Places and articles found',
	loading: 'Loading the names…',
	failed: 'The search could not load its names. Try again.',
	none: 'No place or article has that name.',
	count: (n: number) =>
		n === 1 ? '1 result. Enter opens it.' : `${n} results. Enter opens the first; arrow keys move.`,
	groups: {
		island: 'Islands',
		islet: 'Islets',
		settlement: 'Settlements',
		town: 'Towns',
		cape: 'Capes',
		peninsula: 'Peninsulas',
		strait: 'Straits',
		region: 'Regions',
		article: 'Articles',
		passage: 'Passages'
	} satisfies Record<ResultKind, string>,
	/** Under a place: the island group it is part of. */
	on: (island: string) => `on ${island}`,
	outside: 'outside the disputed islands',
	/** A name the reader typed that is not among those shown. */
	alsoCalled: (name: string) => `also ${name}`,
	passage: (n: number, title: string) => `Passage ${n} of “${title}”`
} as const;

export const PLACE_CARD = {
	kind: {
		island: 'Island group',
		islet: 'Islet',
		settlement: 'Settlement',
		town: 'Town',
		cape: 'Cape',
		peninsula: 'Peninsula',
		strait: 'Strait',
		region: 'Region'
	},
	/** "Settlement on" + a link to the island. */
	partOf: 'on',
	partOfEnd: ', one of the disputed island groups.',
	outside: ', outside the disputed islands.',
	/** After "Strait": it lies between islands, neither on one nor outside them. */
	between: '.',
	close: 'Close',
	closeLabel: 'Stop showing this place',
	marked: 'Marked on the map.'
} as const;
