// The claim overlays (static/geo/claims.geojson, computed in geodata/claims.ts) as map layers. What
// each overlay is and how it looks (colour, hatch or dash, draw order) is defined once in
// src/lib/data/overlay-definitions.ts; this file only turns those definitions into MapLibre layers.

import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

import {
	OVERLAYS,
	OVERLAYS_IN_ORDER,
	VIEWPOINT_BORDER,
	VIEWPOINT_BORDER_STYLE,
	type HatchPattern,
	type OverlayDefinition,
	type OverlayStyle
} from '#lib/data/overlay-definitions.ts';
import { labelProperty } from '#lib/data/names.ts';
import { perFeature } from './paint.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { OVERLAY_IDS, type NameLead, type OverlayId, type Viewpoint } from '#lib/data/types.ts';

/**
 * Each overlay's kind and style by id, derived from the definitions: what the map owner's pattern
 * resolver (MapView.svelte) looks the hatch colours up in.
 */
export const OVERLAY_STYLES: Record<
	OverlayId,
	OverlayStyle & Pick<OverlayDefinition, 'id' | 'kind'>
> = Object.fromEntries(
	OVERLAY_IDS.map((id) => [id, { id, kind: OVERLAYS[id].kind, ...OVERLAYS[id].style }])
) as Record<OverlayId, OverlayStyle & Pick<OverlayDefinition, 'id' | 'kind'>>;

export const CLAIMS_SOURCE = 'claims';

/** The layer drawing each side's national border (see VIEWPOINT_BORDER). */
export const VIEWPOINT_BORDER_LAYER = 'viewpoint-border';

/** The layers that draw one overlay; the first is the one that shows whether it is drawn. */
export function overlayLayerIds(id: OverlayId): [string, ...string[]] {
	const { kind, style } = OVERLAYS[id];
	if (style.ring) return [`overlay-${id}-ring`];
	return kind === 'area' ? [`overlay-${id}-fill`, `overlay-${id}-outline`] : [`overlay-${id}-line`];
}

/**
 * Layers for every overlay, in draw order, each shown when `shown` names it. Fills and rings go
 * under the islands (the hatching marks the sea and the islands keep their own colour); outlines,
 * lines and the viewpoint's border go over.
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
	for (const { id, kind, style } of OVERLAYS_IN_ORDER) {
		const filter: ExpressionSpecification = ['==', ['get', 'id'], id];
		const visibility = shown.includes(id) ? 'visible' : 'none';
		const [first, second] = overlayLayerIds(id);
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
		} else if (kind === 'area' && second) {
			layers.push({
				id: first,
				type: 'fill',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility },
				paint: {
					'fill-pattern': `pattern-${style.pattern}`,
					'fill-opacity': 0.9,
					// The outline layer just above draws the edge; antialiased, the fill would draw it
					// again with a shader program of its own (MapLibre's fillOutlinePattern).
					'fill-antialias': false
				}
			});
			layers.push({
				id: second,
				type: 'line',
				source: CLAIMS_SOURCE,
				filter,
				layout: { visibility },
				paint: { 'line-color': style.color, 'line-width': perFeature(1.5) }
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
		paint: {
			'line-color': VIEWPOINT_BORDER_STYLE.color,
			'line-width': VIEWPOINT_BORDER_STYLE.width
		}
	});
	return layers;
}

/**
 * A label's text for a name order on a page in `locale`: the geodata build stamps each language's
 * text in each order onto the label points (src/lib/data/names.ts, labelLines), so the style only
 * reads the one the page and the lead ask for.
 */
export function labelField(lead: NameLead, locale?: Locale): ExpressionSpecification {
	return ['get', labelProperty(lead, locale)];
}

/** RGBA pixels for the overlay fill patterns, drawn in code: the style loads no sprite. */
export function patternImage(
	kind: HatchPattern,
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
