// Camera helpers: which part of the world a view shows. Pure functions of the generated geodata.

import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';
import type { IslandId } from '#lib/data/types.ts';

/** The four island groups with a margin: the home view. */
export const DISPUTE_BOUNDS: [number, number, number, number] = [145.3, 43.2, 149.0, 45.6];

/** The box around one or more island groups (a passage may speak of several). */
export function boundsOf(ids: readonly IslandId[]): LngLatBoundsLike {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const id of ids) {
		const geo = ISLAND_GEO[id];
		if (!geo) throw new Error(`No geodata for island "${id}"`);
		w = Math.min(w, geo.bbox[0]);
		s = Math.min(s, geo.bbox[1]);
		e = Math.max(e, geo.bbox[2]);
		n = Math.max(n, geo.bbox[3]);
	}
	return [w, s, e, n];
}

/** The panel covers the right side on wide screens and the bottom half on phones. */
export const PHONE_QUERY = '(max-width: 720px)';

/**
 * Room to leave around what the camera fits, so that no panel hides it. Panels that float over the
 * map mark themselves with `data-map-inset="left|right|bottom"`; the side each covers is measured
 * from the DOM, so the layout's CSS (desktop side panels, phone bottom sheet) stays the one truth.
 */
export function paddingFor(container: HTMLElement): PaddingOptions {
	const box = container.getBoundingClientRect();
	const base = Math.max(12, Math.min(40, Math.round(Math.min(box.width, box.height) * 0.05)));
	const pad = { top: base, bottom: base, left: base, right: base };
	for (const el of document.querySelectorAll<HTMLElement>('[data-map-inset]')) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		const side = el.dataset.mapInset as keyof PaddingOptions;
		if (side === 'left') pad.left = Math.max(pad.left, r.right - box.left + base);
		if (side === 'right') pad.right = Math.max(pad.right, box.right - r.left + base);
		if (side === 'top') pad.top = Math.max(pad.top, r.bottom - box.top + base);
		if (side === 'bottom') pad.bottom = Math.max(pad.bottom, box.bottom - r.top + base);
	}
	// Never leave less than a third of the map to frame into.
	const maxH = box.width * 0.66;
	if (pad.left + pad.right > maxH) {
		const k = maxH / (pad.left + pad.right);
		pad.left = Math.round(pad.left * k);
		pad.right = Math.round(pad.right * k);
	}
	const maxV = box.height * 0.66;
	if (pad.top + pad.bottom > maxV) {
		const k = maxV / (pad.top + pad.bottom);
		pad.top = Math.round(pad.top * k);
		pad.bottom = Math.round(pad.bottom * k);
	}
	return pad;
}
