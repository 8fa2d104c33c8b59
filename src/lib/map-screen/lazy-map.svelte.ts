// The interactive map's lazy load and its status. The SVG map is in the server's HTML and already
// painted; MapLibre's code is fetched only after the next frame, so neither the first paint nor
// hydration waits for it. The library and the GeoJSON are asked for beside the map owner's code
// (src/lib/map/start.ts), not after it has arrived and run; should that fail, the owner starts
// them. Until the map reports 'ready', and whenever it stops being ready, the layout shows the SVG
// (src/lib/map/status.ts).

import type MapViewComponent from '#lib/map/MapView.svelte';
import type { MapStatus } from '#lib/map/status.ts';

export class LazyMap {
	/** The map owner's component, once its code has arrived. */
	component = $state.raw<typeof MapViewComponent | null>(null);
	status = $state<MapStatus>({ state: 'loading' });

	/** Starts the load after the next frame; call from onMount, which gets the cancel back. */
	load(): () => void {
		let cancelled = false;
		const raf = requestAnimationFrame(() =>
			setTimeout(() => {
				// Its own small chunk, so that the page's first load does not carry it.
				import('#lib/map/start.ts').then((m) => m.startMap()).catch(() => {});
				import('#lib/map/MapView.svelte')
					.then((m) => {
						if (!cancelled) this.component = m.default;
					})
					.catch((err: unknown) => this.fail(err));
			})
		);
		return () => {
			cancelled = true;
			cancelAnimationFrame(raf);
		};
	}

	/** The map's code failed to load or threw while rendering: the still map stays, with a notice. */
	fail = (error: unknown): void => {
		console.warn('map:', error instanceof Error ? error.message : error);
		this.status = { state: 'unavailable', fault: 'failed-to-start' };
	};
}
