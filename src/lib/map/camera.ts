// Camera helpers: which part of the world a view shows. Pure functions of the generated geodata.

import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';
import type { IslandId } from '#lib/data/types.ts';

/** The four island groups with a margin: the home view. */
export const DISPUTE_BOUNDS: [number, number, number, number] = [145.3, 43.2, 149.0, 45.6];

export function islandBounds(id: IslandId): LngLatBoundsLike {
	const geo = ISLAND_GEO[id];
	if (!geo) throw new Error(`No geodata for island "${id}"`);
	return geo.bbox;
}

/** The panel covers the right side on wide screens and the bottom half on phones. */
export const PHONE_QUERY = '(max-width: 720px)';

/**
 * Room to leave around what the camera fits, so the panel never hides it: the intro panel on the
 * home view is shorter than an island's panel, which on phones covers half the map.
 */
export function paddingFor(container: HTMLElement, islandOpen: boolean): PaddingOptions {
	const w = container.clientWidth;
	const h = container.clientHeight;
	const base = Math.max(16, Math.min(48, Math.round(Math.min(w, h) * 0.06)));
	const top = base + 40; // the island list along the top
	if (matchMedia(PHONE_QUERY).matches)
		return {
			top,
			left: base,
			right: base,
			bottom: Math.round(h * (islandOpen ? 0.5 : 0.3)) + base
		};
	return { top, bottom: base, left: base, right: Math.min(420, Math.round(w * 0.45)) + base };
}
