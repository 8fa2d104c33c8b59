// Text of the map screen: the map's names for assistive technology, the notice shown when the
// interactive map is unavailable, the bottom sheet, the controls drawer and the attribution.
// Island and place names are never written here: they come from src/lib/data/places.ts.

import type { MapFault } from '#lib/map/status.ts';
import type { NameLead } from '#lib/data/types.ts';
import type { Place } from '#lib/data/places.ts';

export type SheetState = 'peek' | 'half' | 'full';

export const MAP_STRINGS = {
	/** The map region (both maps). */
	regionLabel: 'Map of the disputed islands',
	/** The still map's own name, read before its island links. */
	stillMapLabel: 'Map of the disputed islands; each island is a link to its facts',
	/** Read after the region's name: what is drawn and how to use it. */
	description: (islandNames: string[]) =>
		`A map of the disputed island groups and the coast around them: ${islandNames.join(', ')}. Choose one on the map or from the island list to read about it.`,
	islandList: 'Islands',
	/** What a measure tool's end on the interactive map is, for assistive technology. */
	measurePoint: 'draggable point',

	/** One line, shown over the still map, per reason the interactive map is not there. */
	unavailable: {
		'no-webgl': 'Interactive map unavailable: this browser offers no WebGL.',
		'failed-to-start': 'Interactive map unavailable: it could not start.',
		'worker-failed': 'Interactive map unavailable: part of its code did not load.',
		'data-failed': 'Interactive map unavailable: its map data did not load.',
		timeout: 'Interactive map unavailable: it is taking too long to load.',
		'context-lost': 'Interactive map unavailable: the graphics context was lost.'
	} satisfies Record<MapFault, string>,
	/** Shown instead when scripts are off. */
	noScript: 'A still map: the interactive one needs JavaScript.',

	attribution: {
		osm: { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
		osmLicence: 'ODbL',
		naturalEarth: { text: 'Natural Earth', href: 'https://www.naturalearthdata.com/' }
	},

	sheet: {
		/** The handle's name; its value says the size. */
		handleLabel: 'Panel size',
		sizes: { peek: 'small', half: 'half the screen', full: 'most of the screen' } satisfies Record<
			SheetState,
			string
		>,
		handleHint: 'Drag, or use the arrow keys, to resize the panel'
	},

	drawer: {
		toggle: 'Layers, viewpoint & timeline',
		toggleShort: 'Layers',
		close: 'Close layers, viewpoint and timeline',
		label: 'Map layers, viewpoint and timeline',
		overlays: 'Overlays',
		names: 'Names',
		leadDefault: 'As the viewpoint shows them',
		/** `example` is a place whose two English forms differ, to show the difference. */
		lead: (lead: Exclude<NameLead, 'both'>, example: Place | undefined): string => {
			const e = example?.names;
			if (lead === 'ja') return `Japanese form first${e ? ` (${e.enJa})` : ''}`;
			return `Russian form first${e ? ` (${e.enRu})` : ''}`;
		}
	},

	/** The measure tool's button, on every map page; the tool's own text is in ./measure.ts. */
	measure: {
		start: 'Measure',
		startLabel: 'Measure a distance',
		loading: 'Loading the measure tool…'
	},

	fullView: 'Open the full map ↗'
} as const;
