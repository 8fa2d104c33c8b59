// Starting MapLibre without holding up the page: asking for WebGL 2 before downloading anything,
// loading the library, its worker and its CSS in parallel, and finding the absolute root of the
// static files that the worker needs. Used once, by the map owner (MapView.svelte).

import { asset } from '$app/paths';
import type { MapLibreModule } from './context.svelte.ts';

/**
 * MapLibre 6 draws with WebGL 2 only; asking first spares a browser without it the 1.6 MB download.
 * The check creates no context: a throwaway one cost the page's hydration a context's setup (on
 * software WebGL, tens of ms). A browser that has WebGL 2 but gives no context (a blocked GPU, WebGL
 * turned off) is found when MapLibre creates its own: its constructor throws, and the map owner
 * (MapView.svelte, isNoWebGL) reports it as no WebGL.
 */
export function hasWebGL2(): boolean {
	return typeof WebGL2RenderingContext === 'function';
}

/** Whether MapLibre's constructor failed for want of a WebGL 2 context (its GPUInitializationError). */
export function isNoWebGL(err: unknown): boolean {
	return err instanceof Error && err.name === 'GPUInitializationError';
}

/** MapLibre's module, its worker set up and its CSS loaded. */
export async function loadMapLibre(): Promise<MapLibreModule> {
	const [maplibre, worker] = await Promise.all([
		import('./maplibre.ts'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')
	]);
	await import('maplibre-gl/dist/maplibre-gl.css');
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
