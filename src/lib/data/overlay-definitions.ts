// Each claim overlay, defined once: what it is (kind), when it applies (years), how every drawing of
// it looks (style: the MapLibre layers in src/lib/map/overlays.ts, the still SVG map, the legend's
// swatch), where it sits among the others (order) and which texts explain it (text, a key of
// OVERLAY_TEXT in overlays.ts). The timeline's "in force" is derived from the years
// (timeline-situation.ts), and the geodata build (geodata/claims.ts) stamps the kind, years and
// texts onto the shapes it computes. The prose stays in overlays.ts, so that the map screen's
// script, which needs this file, carries none of it.
// Colours are Okabe–Ito (colour-blind safe) and every overlay also has a pattern or a dash, so the
// map still reads in greyscale.
import { OVERLAY_IDS, type OverlayId, type Viewpoint } from './types.ts';

export type OverlayKind = 'area' | 'line';
export type HatchPattern = 'hatch-up' | 'hatch-down';

/** How an overlay is drawn on both maps and in the legend. */
export interface OverlayStyle {
	color: string;
	/** Area overlays: a hatched fill under the islands (its lines rise or fall to the right). */
	pattern?: HatchPattern;
	/** Area drawn as a ring around its outline instead of a fill. */
	ring?: boolean;
	/** Lines and rings: the dash, in line widths. */
	dash?: number[];
	/** Lines: the width in CSS pixels. */
	width?: number;
}

export interface OverlayDefinition {
	id: OverlayId;
	kind: OverlayKind;
	/** [from, to]: in force from the year `from` until the year `to` (exclusive); `to` is null while it still applies. */
	years: [number, number | null];
	style: OverlayStyle;
	/**
	 * Draw order, lowest first, on both maps: among the fills and rings under the islands, and among
	 * the outlines and lines over them.
	 */
	order: number;
	/** The key of its title, description and sources in OVERLAY_TEXT. */
	text: OverlayId;
}

export const OVERLAYS: Record<OverlayId, OverlayDefinition> = {
	'ru-administered': {
		id: 'ru-administered',
		kind: 'area',
		years: [1945, null],
		style: { color: '#D55E00', pattern: 'hatch-up' },
		order: 1,
		text: 'ru-administered'
	},
	'jp-claimed': {
		id: 'jp-claimed',
		kind: 'area',
		years: [1945, null],
		style: { color: '#0072B2', pattern: 'hatch-down' },
		order: 2,
		text: 'jp-claimed'
	},
	// Land only (the declaration names islands, not waters): drawn as a dashed ring around their
	// coasts, under the islands' fill, so the islands keep their colour and the ring shows at sea.
	'transfer-1956': {
		id: 'transfer-1956',
		kind: 'area',
		years: [1956, null],
		style: { color: '#009E73', ring: true, dash: [1.2, 0.8] },
		order: 3,
		text: 'transfer-1956'
	},
	'border-1855': {
		id: 'border-1855',
		kind: 'line',
		years: [1855, 1875],
		style: { color: '#CC79A7', dash: [3, 1.5], width: 3 },
		order: 4,
		text: 'border-1855'
	},
	'border-1875': {
		id: 'border-1875',
		kind: 'line',
		years: [1875, 1945],
		style: { color: '#1a1a1a', dash: [1, 1.5], width: 3 },
		order: 5,
		text: 'border-1875'
	},
	'median-line': {
		id: 'median-line',
		kind: 'line',
		years: [1945, null],
		style: { color: '#4d4d4d', dash: [4, 2], width: 2 },
		order: 6,
		text: 'median-line'
	}
};

/** The overlays in draw order. */
export const OVERLAYS_IN_ORDER: readonly OverlayDefinition[] = OVERLAY_IDS.map(
	(id) => OVERLAYS[id]
).sort((a, b) => a.order - b.order);

/** Whether an overlay applies in a year: from its first year, up to (not in) its last. */
export function appliesIn(overlay: OverlayDefinition, year: number): boolean {
	const [from, to] = overlay.years;
	return from <= year && (to === null || year < to);
}

/** The overlays in force in a year, in OVERLAY_IDS order. */
export function overlaysInForce(year: number): OverlayId[] {
	return OVERLAY_IDS.filter((id) => appliesIn(OVERLAYS[id], year));
}

/** Which overlay is the national border on each side's map; the neutral map draws none as such. */
export const VIEWPOINT_BORDER: Record<Viewpoint, OverlayId | null> = {
	neutral: null,
	ja: 'border-1855',
	ru: 'median-line'
};

/** How a side's national border is drawn, over the overlay it follows. */
export const VIEWPOINT_BORDER_STYLE = { color: '#3b1f4a', width: 2.2 } as const;
