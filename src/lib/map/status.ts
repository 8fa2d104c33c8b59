// What the interactive map reports to the screen around it. The layout shows the server-rendered SVG
// map until the MapLibre map reports 'ready' (its first frame is drawn), and again whenever it reports
// 'loading' or 'unavailable', the latter with a one-line notice saying why (texts in
// src/lib/strings/map.ts).

export type MapFault =
	/** The browser gives no WebGL context (locked down, old machine, disabled GPU). */
	| 'no-webgl'
	/** MapLibre threw while starting, or its script could not be loaded. */
	| 'failed-to-start'
	/** The map's web worker could not be loaded. */
	| 'worker-failed'
	/** A geodata file the map needs could not be loaded or parsed. */
	| 'data-failed'
	/** The map did not draw its first frame in time. */
	| 'timeout'
	/** The GPU context was lost and not restored within about a second. */
	| 'context-lost';

export type MapStatus =
	{ state: 'loading' } | { state: 'ready' } | { state: 'unavailable'; fault: MapFault };

/**
 * Pixels of the map area, from each edge, that panels, sheets and controls cover, plus the margin
 * the layout keeps around the subject; the subject is framed inside the rest. The layout measures
 * them from the box its CSS gives the SVG map, so both maps frame into the same box.
 */
export interface MapInsets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** How long the first frame may take before the reader is told (software WebGL on a slow phone is slow). */
export const FIRST_LOAD_TIMEOUT_MS = 30_000;

/** A lost GPU context that comes back within this is a blink, not a fault. */
export const CONTEXT_GRACE_MS = 1_000;

/** Faults after which the interactive map never takes over again on this page. */
export function isLasting(fault: MapFault): boolean {
	return fault !== 'timeout' && fault !== 'context-lost';
}

/**
 * Which fault, if any, a MapLibre 'error' event means. The worker's failure has no type of its own,
 * only its message (MapLibre's createActors); a source's failure names the source. Anything else
 * (a bad layer property, say) is logged and the map goes on.
 */
export function faultOfMapError(event: {
	error?: { message?: string } | null;
	sourceId?: string;
}): MapFault | null {
	const message = event.error?.message ?? '';
	if (/worker/i.test(message)) return 'worker-failed';
	if (event.sourceId) return 'data-failed';
	return null;
}
