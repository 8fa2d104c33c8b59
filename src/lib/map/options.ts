// The MapLibre options every map of the app's style is made with: the app's (MapView.svelte) and
// the benchmark's profile page (bench/profile/main.ts), so what the profile measures is the app.

import type { MapOptions } from 'maplibre-gl';

export const MAP_OPTIONS = {
	maxZoom: 13,
	minZoom: 2,
	maxPitch: 60,
	// Labels appear at once instead of fading in over 300 ms. The fade keeps MapLibre drawing
	// frame after frame until it ends, each placement (each source that arrives) restarts it, and on
	// a phone or a machine without a GPU every frame is expensive: the map is idle, and the reader's
	// battery spared, that much sooner. Also what a reader who asks for reduced motion should get.
	fadeDuration: 0
} as const satisfies Partial<MapOptions>;
