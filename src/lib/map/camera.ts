// Camera helpers: which part of the world a view shows, and the room panels leave for it. Pure
// functions of the generated geodata, shared by the MapLibre map and the server-rendered SVG map.

import type { PaddingOptions } from 'maplibre-gl';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';
import { ISLAND_IDS, type IslandId, type LngLat } from '#lib/data/types.ts';
import type { PlaceKind } from '#lib/data/places.ts';
import type { MapInsets } from './status.ts';
import { unionBbox, type Size } from './svg/projection.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box around one or more island groups (a passage may speak of several). */
export function boundsOf(ids: readonly IslandId[]): Bounds {
	return unionBbox(
		ids.map((id) => {
			const geo = ISLAND_GEO[id];
			if (!geo) throw new Error(`No geodata for island "${id}"`);
			return geo.bbox;
		})
	);
}

/** The four island groups: the home view's subject. */
export const DISPUTE_BOUNDS: Bounds = boundsOf(ISLAND_IDS);

/**
 * What a view frames when the URL has no camera: a timeline step's own frame when it has one and
 * no island is highlighted, else the highlighted islands, else all four.
 */
export function subjectBounds(highlighted: readonly IslandId[], frame: Bounds | null): Bounds {
	if (highlighted.length) return boundsOf(highlighted);
	return frame ?? DISPUTE_BOUNDS;
}

export const NO_INSETS: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };

export function sameInsets(a: MapInsets | null, b: MapInsets | null): boolean {
	return (
		!!a &&
		!!b &&
		a.top === b.top &&
		a.right === b.right &&
		a.bottom === b.bottom &&
		a.left === b.left
	);
}

/**
 * The insets as one attribute value: the layout publishes the insets it measured and the map the
 * insets it last placed its camera for, so a test can tell when the camera has caught up.
 */
export function insetsKey(i: MapInsets): string {
	return `${i.top} ${i.right} ${i.bottom} ${i.left}`;
}

/**
 * The insets as MapLibre padding. The layout's CSS already leaves the subject room on every layout
 * (src/routes/(map)/+layout.svelte), and the SVG map is fitted into exactly that box, so the
 * padding is the insets as they are; only a degenerate box (a window a few pixels high) is shrunk
 * to keep a tenth of the map, since MapLibre refuses to fit into a negative box.
 */
export function paddingFor(insets: MapInsets, size: Size): PaddingOptions {
	const pad = { ...insets };
	const shrink = (a: 'left' | 'top', b: 'right' | 'bottom', total: number) => {
		const max = total * 0.9;
		if (pad[a] + pad[b] > max) {
			const k = max / (pad[a] + pad[b]);
			pad[a] = Math.floor(pad[a] * k);
			pad[b] = Math.floor(pad[b] * k);
		}
	};
	shrink('left', 'right', size.width);
	shrink('top', 'bottom', size.height);
	return pad;
}

/**
 * The box to frame a place looked up in (`?place=`): a few kilometres around a settlement, cape or
 * islet, more for a strait, a peninsula or a whole region, whose point is only a label's.
 */
export function placeBounds(point: LngLat, kind: PlaceKind): Bounds {
	const half = kind === 'region' ? 1.5 : kind === 'strait' || kind === 'peninsula' ? 0.35 : 0.1;
	const [lng, lat] = point;
	// Degrees of longitude shrink with latitude; keep the box about square on the ground.
	const halfLng = half / Math.cos((lat * Math.PI) / 180);
	return [lng - halfLng, lat - half, lng + halfLng, lat + half];
}

/**
 * The box a measurement opened from a link is framed in: both ends with a margin, and at least
 * a few kilometres across, so a 3.7 km measurement does not fill the screen edge to edge.
 */
export function measureBounds(points: readonly (readonly [number, number])[]): Bounds | null {
	if (points.length === 0) return null;
	const lngs = points.map(([lng]) => lng);
	const lats = points.map(([, lat]) => lat);
	const [w, e] = [Math.min(...lngs), Math.max(...lngs)];
	const [s, n] = [Math.min(...lats), Math.max(...lats)];
	const padX = Math.max((e - w) * 0.15, 0.03);
	const padY = Math.max((n - s) * 0.15, 0.02);
	return [w - padX, s - padY, e + padX, n + padY];
}
