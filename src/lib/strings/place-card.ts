// Text of the card that says what a place looked up is (src/lib/components/PlaceCard.svelte), in
// the page's language (messages/{en,ja,ru}.json; each getter reads the language when it is
// rendered). Place names never appear here: they come from src/lib/data/places.ts. A module of its
// own because the card is loaded when a place is looked up: a module's strings travel with every
// page that imports any of them.

import { m } from '#lib/paraglide/messages.js';
import type { PlaceKind } from '#lib/data/places.ts';

export const PLACE_CARD = {
	kind: {
		get island() {
			return m.home_place_kind_island();
		},
		get islet() {
			return m.home_place_kind_islet();
		},
		get settlement() {
			return m.home_place_kind_settlement();
		},
		get town() {
			return m.home_place_kind_town();
		},
		get cape() {
			return m.home_place_kind_cape();
		},
		get peninsula() {
			return m.home_place_kind_peninsula();
		},
		get strait() {
			return m.home_place_kind_strait();
		},
		get region() {
			return m.home_place_kind_region();
		}
	} satisfies Record<PlaceKind, string>,
	/** "Settlement on Kunashir, one of the disputed island groups."; the island is a link (`aroundSlot`). */
	partOf: (kind: string, island: string) => m.home_place_part_of({ kind, island }),
	outside: (kind: string) => m.home_place_outside({ kind }),
	/** A strait lies between islands, neither on one nor outside them. */
	between: (kind: string) => m.home_place_between({ kind }),
	get close() {
		return m.home_place_close();
	},
	get closeLabel() {
		return m.home_place_close_label();
	},
	get marked() {
		return m.home_place_marked();
	}
} as const;
