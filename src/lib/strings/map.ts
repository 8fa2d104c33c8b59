// Text of the map screen: the map's names for assistive technology, the notice shown when the
// interactive map is unavailable, the bottom sheet, the controls drawer and the attribution (what
// only the interactive map shows is in map-controls.ts), in the page's language (messages/{en,ja,ru}.json; each getter reads the language when it is rendered,
// never at load: the locale is only known then). Island and place names are never written here:
// they come from src/lib/data/places.ts.

import { m } from '#lib/paraglide/messages.js';
import { intlLocale } from '#lib/i18n/locale.ts';
import type { MapFault } from '#lib/map/status.ts';
import type { NameLead } from '#lib/data/types.ts';
import type { Place } from '#lib/data/places.ts';

export type SheetState = 'peek' | 'half' | 'full';

export const MAP_STRINGS = {
	/** The map region (both maps). */
	get regionLabel() {
		return m.map_region_label();
	},
	/** The still map's own name, read before its island links. */
	get stillMapLabel() {
		return m.map_still_label();
	},
	/** Read after the region's name: what is drawn and how to use it. */
	description: (islandNames: string[]) =>
		m.map_description({
			islands: new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(islandNames)
		}),
	get islandList() {
		return m.map_island_list();
	},

	/** One line, shown over the still map, per reason the interactive map is not there. */
	unavailable: {
		get 'no-webgl'() {
			return m.map_unavailable_no_webgl();
		},
		get 'failed-to-start'() {
			return m.map_unavailable_failed_to_start();
		},
		get 'worker-failed'() {
			return m.map_unavailable_worker_failed();
		},
		get 'data-failed'() {
			return m.map_unavailable_data_failed();
		},
		get timeout() {
			return m.map_unavailable_timeout();
		},
		get 'context-lost'() {
			return m.map_unavailable_context_lost();
		}
	} satisfies Record<MapFault, string>,
	/** Shown instead when scripts are off. */
	get noScript() {
		return m.map_noscript();
	},

	/**
	 * Names and a licence's own credit: English in every language, so rendered with lang="en"
	 * (src/lib/map/style.ts writes the same).
	 */
	attribution: {
		osm: { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
		osmLicence: 'ODbL',
		naturalEarth: { text: 'Natural Earth', href: 'https://www.naturalearthdata.com/' }
	},

	sheet: {
		/** The handle's name; its value says the size. */
		get handleLabel() {
			return m.sheet_handle_label();
		},
		sizes: {
			get peek() {
				return m.sheet_size_peek();
			},
			get half() {
				return m.sheet_size_half();
			},
			get full() {
				return m.sheet_size_full();
			}
		} satisfies Record<SheetState, string>,
		get handleHint() {
			return m.sheet_handle_hint();
		}
	},

	drawer: {
		get toggle() {
			return m.drawer_toggle();
		},
		get toggleShort() {
			return m.drawer_toggle_short();
		},
		get close() {
			return m.drawer_close();
		},
		get label() {
			return m.drawer_label();
		},
		get overlays() {
			return m.drawer_overlays();
		},
		get names() {
			return m.drawer_names();
		},
		get leadDefault() {
			return m.drawer_lead_default();
		},
		/** `example` is a place whose two English forms differ, to show the difference. */
		lead: (lead: Exclude<NameLead, 'both'>, example: Place | undefined): string => {
			const e = example?.names;
			if (lead === 'ja')
				return e ? m.drawer_lead_ja_example({ example: e.enJa }) : m.drawer_lead_ja();
			return e ? m.drawer_lead_ru_example({ example: e.enRu }) : m.drawer_lead_ru();
		}
	},

	/** The measure tool's button, on every map page; the tool's own text is in ./measure.ts. */
	measure: {
		get start() {
			return m.measure_button();
		},
		get startLabel() {
			return m.measure_button_label();
		},
		/** The button's tooltip: its name and its key. */
		get startTitle() {
			return m.measure_button_title({ key: 'M' });
		},
		get loading() {
			return m.measure_loading();
		}
	},

	get fullView() {
		return m.map_full_view();
	}
} as const;
