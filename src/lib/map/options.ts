// The MapLibre options every map of the app's style is made with: the app's (MapView.svelte) and
// the benchmark's profile page (bench/profile/main.ts), so what the profile measures is the app.

import type { MapOptions } from 'maplibre-gl';

// MapLibre's label fade (300 ms) is kept: turning it off (fadeDuration 0, the profile page's
// no-fade variant) did not bring the first idle sooner on the benchmark (frames to idle, median of
// 8: 9 without the fade, 10 with it; time to idle within the noise) and makes labels pop.
export const MAP_OPTIONS = {
	maxZoom: 13,
	minZoom: 2,
	maxPitch: 60
} as const satisfies Partial<MapOptions>;
