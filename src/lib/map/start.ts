// Starting MapLibre without holding up the page: asking for WebGL 2 before downloading anything,
// loading the library, its worker and its CSS in parallel with the map's GeoJSON, and finding the
// absolute root of the static files that the worker needs. The map layout starts it
// (src/lib/map-screen/lazy-map.svelte.ts) at the same time as it fetches the map owner's code
// (MapView.svelte), which then takes what was started: the library's download does not wait for
// the owner's code to arrive and run first.

import { asset } from '$app/paths';
import type { MapLibreModule } from './context.svelte.ts';
import { fetchGeo, type GeoData } from './geo-files.ts';

/** An online basemap's style (README, Build and deploy), or none for the offline default. */
export const BASEMAP_STYLE_URL = import.meta.env.PUBLIC_BASEMAP_STYLE_URL as string | undefined;

/**
 * MapLibre 6 draws with WebGL 2 only; asking first spares a reader without it the 1.6 MB download.
 * The probe makes a real context and gives it back at once: `typeof WebGL2RenderingContext` alone
 * was tried and is true in a browser with WebGL turned off (the constructor exists, no context is
 * given), which then fetched MapLibre for nothing (tests/e2e/no-webgl.e2e.ts).
 */
export function hasWebGL2(): boolean {
	try {
		const gl = document.createElement('canvas').getContext('webgl2');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		return !!gl;
	} catch {
		return false;
	}
}

/** Whether MapLibre's constructor failed for want of a WebGL 2 context (its GPUInitializationError). */
export function isNoWebGL(err: unknown): boolean {
	return err instanceof Error && err.name === 'GPUInitializationError';
}

/** MapLibre's module, its worker set up and its CSS loaded. */
export async function loadMapLibre(): Promise<MapLibreModule> {
	const [maplibre, worker] = await Promise.all([
		import('./maplibre.ts'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		// Beside the library rather than after it: one round trip fewer before the map starts.
		import('maplibre-gl/dist/maplibre-gl.css')
	]);
	// After a Vite build MapLibre cannot find its worker by itself ("Worker failed to load").
	maplibre.setWorkerUrl(worker.default);
	return maplibre;
}

/**
 * The absolute root of the static files, without a trailing slash: font and GeoJSON URLs must be
 * absolute for the worker, so it is derived from a known asset.
 */
export function assetRoot(): string {
	const favicon = asset('/favicon.svg');
	return new URL(favicon.slice(0, -'favicon.svg'.length) || '/', location.href).href.replace(
		/\/$/,
		''
	);
}

/** What starting the map began: the library and the map's data, or why it cannot start. */
export type MapStart =
	{ ok: false } | { ok: true; maplibre: Promise<MapLibreModule>; geo: Promise<GeoData> };

let started: MapStart | undefined;

/**
 * Probes WebGL 2 and, if the browser has it, starts the library's and the GeoJSON's downloads,
 * once per page: whoever calls it first starts them, later calls get the same promises. A failed
 * download is forgotten, so that the next start (the map owner mounted again) tries again.
 */
export function startMap(): MapStart {
	if (started) return started;
	if (!hasWebGL2()) return (started = { ok: false });
	const root = assetRoot();
	const run: MapStart = {
		ok: true,
		maplibre: loadMapLibre(),
		geo: BASEMAP_STYLE_URL ? Promise.resolve(root) : fetchGeo(root)
	};
	run.maplibre.catch(() => {
		if (started === run) started = undefined;
	});
	return (started = run);
}
