// The measure tool's lifecycle on the map screen: started by its button or `M`, left by Escape or
// its close button, and opened by a link that brings `?measure=`. Its code (src/lib/measure/tool.ts)
// is loaded only then. Its ends (a finished measurement in the URL, a first point waiting for its
// second, a point being dragged) are the session's (src/lib/measure/session.svelte.ts). Its presets
// are fetched with its code, so no page carries them.

import { loadPiece } from '#lib/content/on-demand.svelte.ts';
import { dataPaths } from '#lib/content/published.ts';
import { measureBounds, type Bounds } from '#lib/map/camera.ts';
import type { Point } from '#lib/measure/points.ts';
import type { MeasureSession } from '#lib/measure/session.svelte.ts';
import type { NameLead } from '#lib/data/types.ts';
import { app as url } from '#lib/url/app.svelte.ts';

export class MeasureTool {
	/** Started by the reader (or kept open after a link's measurement was cleared). */
	#measuring = $state(false);
	tool = $state.raw<typeof import('#lib/measure/tool.ts') | null>(null);
	session = $state.raw<MeasureSession | null>(null);
	/** The measure button, which takes focus back when the tool closes. */
	button = $state<HTMLButtonElement | undefined>();
	/** A measurement a link opened is framed once, when the link gives no camera. */
	frame = $state<Bounds | null>(null);
	/** The panel takes focus when the reader opened it (button or M), not when a link did. */
	focusPanel = $state(false);

	open = $derived(this.#measuring || url.state.measure !== null);
	ends: [Point | null, Point | null] = $derived(
		this.session
			? this.session.ends
			: url.state.measure
				? [url.state.measure[0], url.state.measure[1]]
				: [null, null]
	);
	line = $derived(this.session?.line ?? null);

	/** Call during the layout's initialisation: the effects live as long as it does. */
	constructor() {
		$effect(() => {
			if (!this.open || this.tool) return;
			// Its presets come with it (in the page's language, with their sources), so the panel
			// never shows them in another; without them it falls back to the English table.
			Promise.all([
				import('#lib/measure/tool.ts'),
				loadPiece(dataPaths.presets()).catch(() => null)
			])
				.then(([m]) => {
					this.session ??= new m.MeasureSession();
					this.tool = m;
				})
				.catch((err: unknown) =>
					console.warn('measure:', err instanceof Error ? err.message : err)
				);
		});
		// A link (or back and forward) bringing a measurement opens the tool, and it stays open
		// when a new tap clears the URL's measurement to start another.
		$effect(() => {
			if (url.state.measure) this.#measuring = true;
		});
	}

	/** On mount: a link's measurement without a camera is framed. */
	frameLink(): void {
		if (url.state.measure && !url.state.camera) this.frame = measureBounds(url.state.measure);
	}

	labels(lead: NameLead): string[] {
		return this.session ? this.session.labels(lead) : ['', ''];
	}

	start(): void {
		this.#measuring = true;
		this.focusPanel = true;
	}

	stop(): void {
		this.#measuring = false;
		this.focusPanel = false;
		this.session?.reset();
		this.frame = null;
		if (url.state.measure) url.update({ measure: null });
		this.button?.focus();
	}

	toggle = (): void => (this.open ? this.stop() : this.start());

	// Taps and drags are the session's; before the tool has loaded there is nothing to place.
	tap = (point: Point): void => void this.session?.tap(point);
	move = (index: number, point: Point, done: boolean): void =>
		void this.session?.move(index, point, done);
}
