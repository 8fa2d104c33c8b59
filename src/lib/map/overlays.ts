// The claim overlays (static/geo/claims.geojson, computed in geodata/claims.ts) as map layers, and
// how each side's map differs: which name leads and where the border is drawn (its colours are in
// style.ts, beside the rest of the map's colours).
// Colours are Okabe–Ito (colour-blind safe) and every overlay also has a pattern or a dash, so the
// map still reads in greyscale.

import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification
} from 'maplibre-gl';

import type { NameLead, OverlayId, Viewpoint } from '#lib/data/types.ts';

export interface OverlayStyle {
	id: OverlayId;
	kind: 'area' | 'line';
	color: string;
	/** Area overlays: the fill pattern image id (see patternImage). */
	pattern?: 'hatch-up' | 'hatch-down';
	/** Line overlays: dash array in line widths. */
	dash?: number[];
	/** Area drawn as a ring around its outline instead of a fill. */
	ring?: boolean;
	width?: number;
}

export const OVERLAY_STYLES: Record<OverlayId, OverlayStyle> = {
	'ru-administered': { id: 'ru-administered', kind: 'area', color: '#D55E00', pattern: 'hatch-up' },
	'jp-claimed': { id: 'jp-claimed', kind: 'area', color: '#0072B2', pattern: 'hatch-down' },
	// Land only (the declaration names islands, not waters): drawn as a dashed ring around their
	// coasts, under the islands' fill, so the islands keep their colour and the ring shows at sea.
	'transfer-1956': {
		id: 'transfer-1956',
		kind: 'area',
		color: '#009E73',
		ring: true,
		dash: [1.2, 0.8]
	},
	'border-1855': { id: 'border-1855', kind: 'line', color: '#CC79A7', dash: [3, 1.5], width: 3 },
	'border-1875': { id: 'border-1875', kind: 'line', color: '#1a1a1a', dash: [1, 1.5], width: 3 },
	'median-line': { id: 'median-line', kind: 'line', color: '#4d4d4d', dash: [4, 2], width: 2 }
};

export const CLAIMS_SOURCE = 'claims';

/** The layer drawing each side's national border (see VIEWPOINT_BORDER). */
export const VIEWPOINT_BORDER_LAYER = 'viewpoint-border';

/** The layers that draw one overlay; the first is the one that shows whether it is drawn. */
export function overlayLayerIds(id: OverlayId): [string, ...string[]] {
	const style = OVERLAY_STYLES[id];
	if (style.ring) return [`overlay-${id}-ring`];
	return style.kind === 'area'
		? [`overlay-${id}-fill`, `overlay-${id}-outline`]
		: [`overlay-${id}-line`];
}

/** Which claims feature is the national border on each side's map; neutral draws none as such. */
export const VIEWPOINT_BORDER: Record<Viewpoint, OverlayId | null> = {
	neutral: null,
	ja: 'border-1855',
	ru: 'median-line'
};

/**
 * Layers for every overlay, each shown when `shown` names it. Fills and rings go under the islands
 * (the hatching marks the sea and the islands keep their own colour); outlines, lines and the
 * viewpoint's border go over.
 */
export function claimLayers(
	part: 'under' | 'over',
	shown: readonly OverlayId[],
	viewpoint: Viewpoint
): LayerSpecification[] {
	const under = (l: LayerSpecification) => l.type === 'fill' || l.id.endsWith('-ring');
	return allClaimLayers(shown, viewpoint).filter((l) => under(l) === (part === 'under'));
}

function allClaimLayers(shown: readonly OverlayId[], viewpoint: Viewpoint): LayerSpecification[] {
	const layers: LayerSpecification[] = [];
	for (const style of Object.values(OVERLAY_STYLES)) {
		const filter: ExpressionSpecification = ['==', ['get', 'id'], style.id];
		const visibility = shown.includes(style.id) ? 'visible' : 'none';
		const [first, second] = overlayLayerIds(style.id);
		if (style.ring) {
			layers.push({
				id: first,
				type: 'line',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility },
				paint: {
					'line-color': style.color,
					'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 9],
					'line-dasharray': style.dash ?? [1, 0]
				}
			});
		} else if (style.kind === 'area' && second) {
			layers.push({
				id: first,
				type: 'fill',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility },
				paint: { 'fill-pattern': `pattern-${style.pattern}`, 'fill-opacity': 0.9 }
			});
			layers.push({
				id: second,
				type: 'line',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility },
				paint: { 'line-color': style.color, 'line-width': 1.5 }
			});
		} else {
			layers.push({
				id: first,
				type: 'line',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility, 'line-cap': 'butt' },
				paint: {
					'line-color': style.color,
					'line-width': style.width ?? 2,
					'line-dasharray': style.dash ?? [1, 0]
				}
			});
		}
	}
	// Each side's national border, drawn as a border is drawn on that side's maps.
	const border = VIEWPOINT_BORDER[viewpoint];
	layers.push({
		id: VIEWPOINT_BORDER_LAYER,
		type: 'line',
		source: CLAIMS_SOURCE,
		filter: ['==', ['get', 'id'], border ?? ''],
		layout: { visibility: border ? 'visible' : 'none' },
		paint: { 'line-color': '#3b1f4a', 'line-width': 2.2 }
	});
	return layers;
}

/** Label text for the English names, by which name leads. */
export function englishLabel(lead: NameLead): ExpressionSpecification {
	const first = lead === 'ja' ? 'enJa' : 'enRu';
	const second = lead === 'ja' ? 'enRu' : 'enJa';
	const joined: ExpressionSpecification =
		lead === 'both'
			? ['concat', ['get', 'enRu'], ' / ', ['get', 'enJa']]
			: ['concat', ['get', first], ' (', ['get', second], ')'];
	return ['case', ['==', ['get', 'enRu'], ['get', 'enJa']], ['get', 'enRu'], joined];
}

/** Japanese and Russian script on a second line, whichever the place has. */
export const NATIVE_LABEL: ExpressionSpecification = [
	'concat',
	['coalesce', ['get', 'ja'], ''],
	['case', ['all', ['has', 'ja'], ['has', 'ru']], '  ', ''],
	['coalesce', ['get', 'ru'], '']
];

export function islandLabel(lead: NameLead): DataDrivenPropertyValueSpecification<string> {
	return ['concat', englishLabel(lead), '\n', NATIVE_LABEL] as ExpressionSpecification;
}

/** RGBA pixels for the overlay fill patterns, drawn in code: the style loads no sprite. */
export function patternImage(
	kind: NonNullable<OverlayStyle['pattern']>,
	color: string,
	size = 12
): { width: number; height: number; data: Uint8Array } {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [
		number,
		number,
		number
	];
	const data = new Uint8Array(size * size * 4);
	const put = (x: number, y: number, a: number) => {
		const i = (((y + size) % size) * size + ((x + size) % size)) * 4;
		data[i] = r;
		data[i + 1] = g;
		data[i + 2] = b;
		data[i + 3] = Math.max(data[i + 3] ?? 0, a);
	};
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			if (kind === 'hatch-up' && (x + y) % size < 2) put(x, y, 230);
			if (kind === 'hatch-down' && (x - y + size) % size < 2) put(x, y, 230);
		}
	return { width: size, height: size, data };
}

/**
 * Other labels: islets like islands; settlements and landmarks under their current name with the
 * other form in brackets ("Yuzhno-Kurilsk (Furukamappu)"), turned round when the Japanese form leads.
 */
export function placeLabel(lead: NameLead): DataDrivenPropertyValueSpecification<string> {
	const first = lead === 'ja' ? 'enJa' : 'enRu';
	const second = lead === 'ja' ? 'enRu' : 'enJa';
	return [
		'case',
		['==', ['get', 'kind'], 'islet'],
		['concat', englishLabel(lead), '\n', NATIVE_LABEL],
		[
			'concat',
			['get', first],
			[
				'case',
				['!=', ['get', 'enRu'], ['get', 'enJa']],
				['concat', ' (', ['get', second], ')'],
				''
			],
			'\n',
			NATIVE_LABEL
		]
	] as ExpressionSpecification;
}
