// What the interactive map reports to the screen around it. The layout shows the server-rendered SVG
// map until the MapLibre map reports 'ready' (its first frame is drawn), and again whenever it reports
// 'unavailable', with a one-line notice saying why (texts in src/lib/strings/map.ts).

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

/** Pixels of the map area covered by panels, sheets and controls; the subject is framed inside the rest. */
export interface MapInsets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}
