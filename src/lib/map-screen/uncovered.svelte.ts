// The box of the map no panel covers, placed by the layout's CSS (the SVG map's `.fit`) and
// measured here: as insets from the map area's edges, which MapLibre frames into, and the area's
// size, which the still map needs to follow MapLibre's camera. Measured again whenever either box
// resizes, and on request when something moved it without resizing it (a sheet, the drawer).

import { tick } from 'svelte';
import { NO_INSETS, sameInsets } from '#lib/map/camera.ts';
import type { MapInsets } from '#lib/map/status.ts';
import type { Size } from '#lib/map/svg/projection.ts';

export class UncoveredBox {
	/** The map area (the whole map screen under the header). */
	area = $state<HTMLDivElement | undefined>();
	/** The uncovered box (the still map's `.fit`). */
	fit = $state<HTMLDivElement | undefined>();
	insets = $state<MapInsets>(NO_INSETS);
	size = $state<Size | null>(null);

	measure(): void {
		if (!this.area || !this.fit) return;
		const a = this.area.getBoundingClientRect();
		const f = this.fit.getBoundingClientRect();
		if (a.width === 0 || a.height === 0) return;
		const next = {
			top: Math.round(f.top - a.top),
			right: Math.round(a.right - f.right),
			bottom: Math.round(a.bottom - f.bottom),
			left: Math.round(f.left - a.left)
		};
		if (!sameInsets(next, this.insets)) this.insets = next;
		if (this.size?.width !== a.width || this.size?.height !== a.height)
			this.size = { width: a.width, height: a.height };
	}

	/** Measures once the DOM has caught up with a change of state (a sheet's size, the drawer). */
	remeasure = (): void => {
		void tick().then(() => this.measure());
	};

	/** Watches both boxes; call from an effect, which gets the disconnect back. */
	observe(): (() => void) | undefined {
		const { area, fit } = this;
		if (!area || !fit) return;
		const observer = new ResizeObserver(() => this.measure());
		observer.observe(area);
		observer.observe(fit);
		return () => observer.disconnect();
	}
}
