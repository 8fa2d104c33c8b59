// The map instance, published for the end-to-end tests and the benchmark (pixel checks need to
// project an island's position to the screen). Read it through tests/e2e/map.ts, not directly.

import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		__kurilMap?: MapLibreMap | null;
	}
}

export function publishMap(map: MapLibreMap | null): void {
	window.__kurilMap = map;
}
