// The map owner's context, after svelte-maplibre-gl's (MIERUNE/svelte-maplibre-gl,
// src/lib/contexts.svelte.ts): MapView.svelte creates the one MapLibre map and hands it to its
// children (the measure tool's markers, the island pointer) through this, instead of each child
// being given the map by props or reaching for a global.

import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { hasStyle } from './scene.ts';

export type MapLibreModule = typeof import('./maplibre.ts');

export class MapContext {
	/** The map, once created; raw, so Svelte does not proxy MapLibre's object graph. */
	map = $state.raw<MapLibreMap | null>(null);
	/** MapLibre's module, for children that make their own objects (markers); set with the map. */
	lib = $state.raw<MapLibreModule | null>(null);
	/**
	 * While the GPU context is lost MapLibre has no style (map.style is null): nothing may touch it
	 * until the context is restored and the rebuilt style has loaded.
	 */
	contextLost = $state(false);

	/** The map, if its style may be touched now. */
	get usable(): MapLibreMap | null {
		const m = this.map;
		return m && !this.contextLost && hasStyle(m) ? m : null;
	}
}

const [get, set] = createContext<MapContext>();

/** For MapView.svelte: creates the context its children read. */
export function setMapContext(): MapContext {
	return set(new MapContext());
}

/** For a child of MapView.svelte: the map owner's context. */
export const getMapContext: () => MapContext = get;
