// The measure tool's state beyond the URL: a first end waiting for its second, and an end being
// dragged. A finished measurement lives in the URL (replaced, not pushed, so a drag makes no
// history; src/lib/url/app.svelte.ts). Loaded with the tool (tool.ts), so the map screen's first
// script carries none of it; the map layout owns whether the tool is open.

import type { NameLead } from '#lib/data/types.ts';
import { app } from '#lib/url/app.svelte.ts';
import { greatCircleLine } from './geo.ts';
import { endLabels } from './labels.ts';
import { presets } from './presets.ts';
import { placePoint, roundPoint, type Point } from './points.ts';

export type Ends = [Point | null, Point | null];

export class MeasureSession {
	/** Ends chosen before both are: not a link yet. */
	#draft = $state<Ends>([null, null]);
	/** An end being dragged: the URL is written when it is let go. */
	#live = $state<{ index: number; point: Point } | null>(null);

	/** The two ends as shown: the URL's measurement, or the draft; a dragged end where it is. */
	readonly ends: Ends = $derived.by(() => {
		const m = app.state.measure;
		const next: Ends = m ? [m[0], m[1]] : [this.#draft[0], this.#draft[1]];
		if (this.#live) next[this.#live.index] = this.#live.point;
		return next;
	});

	readonly line = $derived(
		this.ends[0] && this.ends[1] ? greatCircleLine(this.ends[0], this.ends[1]) : null
	);

	labels(lead: NameLead): string[] {
		return endLabels(this.ends, lead, presets());
	}

	/** Forgets the draft and any drag (the tool was closed). */
	reset(): void {
		this.#draft = [null, null];
		this.#live = null;
	}

	/** Sets one end; with both set the measurement goes into the URL. */
	setEnd(index: number, point: Point): void {
		const next: Ends = [this.ends[0], this.ends[1]];
		next[index] = roundPoint(point);
		const [a, b] = next;
		if (a && b) {
			this.#draft = [null, null];
			app.update({ measure: [a, b] });
		} else {
			this.#draft = next;
			if (app.state.measure) app.update({ measure: null });
		}
	}

	/** A tap fills the first empty end; a tap on a finished measurement starts a new one. */
	tap(point: Point): void {
		const [a, b] = this.ends;
		if (a && b) {
			this.#draft = [roundPoint(point), null];
			app.update({ measure: null });
			return;
		}
		this.setEnd(a ? 1 : 0, point);
	}

	move(index: number, point: Point, done: boolean): void {
		if (!done) {
			this.#live = { index, point };
			return;
		}
		this.#live = null;
		this.setEnd(index, point);
	}

	/** The picker: a place id of places.ts, or a point. */
	pick(index: 0 | 1, target: string | Point): void {
		const point = typeof target === 'string' ? placePoint(target) : target;
		if (point) this.setEnd(index, point);
	}

	/** Both ends at once (a preset). */
	preset(a: Point, b: Point): void {
		this.#draft = [null, null];
		app.update({ measure: [roundPoint(a), roundPoint(b)] });
	}
}
