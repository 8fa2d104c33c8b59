// Who moves the camera, and when. Three things want to: the URL (a reader's link, back and
// forward), the subject (an island, a passage's islands, a timeline step's frame) and the panels
// (a sheet dragged, the drawer opened). The map also writes its own camera back to the URL, a
// quarter of a second late (src/lib/url/app.svelte.ts, recordCamera), so the URL often holds a
// camera the map has already left. This class decides, from what it has seen, which of them wins;
// it touches no map, so every case can be tested (camera-sync.test.ts). src/lib/map/MapView.svelte
// carries out its answers.

import { cameraKey, type Camera } from './camera-form.ts';
import type { Bounds } from './camera.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { MapInsets } from './status.ts';
import { sameInsets } from './camera.ts';

/** What the map should do now. */
export type CameraMove =
	/** Leave the camera where it is. */
	| { kind: 'none' }
	/** Go to this camera at once (a link, back or forward). */
	| { kind: 'jump'; camera: Camera }
	/** Frame the subject in the uncovered box. */
	| { kind: 'fit' }
	/**
	 * The reader's camera, with the uncovered box changed: keep the point that was at the centre
	 * of the old box at the centre of the new one.
	 */
	| { kind: 'recentre'; from: MapInsets; to: MapInsets };

/** Where the map starts: at the URL's camera, or framing the subject. */
export type CameraStart = { kind: 'jump'; camera: Camera } | { kind: 'fit' };

/** One string per subject: which islands are framed, or which box. */
export function subjectKey(highlighted: readonly IslandId[], frame: Bounds | null): string {
	return `${highlighted.join(',')}|${frame?.join(',') ?? ''}`;
}

export class CameraSync {
	/** The subject the camera was last framed for, so a re-render does not reframe a moved map. */
	#framedFor: string | null = null;
	/** The insets the camera was last placed for. */
	#placedFor: MapInsets | null = null;
	/** The camera was set by the reader (a drag, a zoom, a link), not by framing a subject. */
	#readerCamera = false;
	/** The last camera the map reported, so the URL echoing it back is not applied again. */
	#reported: string | null = null;
	/**
	 * The URL's camera as last seen. Only a camera the URL newly brings is applied: when the update
	 * runs for another reason (a sheet moved) while the URL still holds a camera older than the
	 * map's (its throttled write not yet landed), jumping back to it would undo the framing.
	 */
	#seenTarget: string | null = null;

	/** The insets the camera was last placed for (null before the map starts). */
	get placedFor(): MapInsets | null {
		return this.#placedFor;
	}

	/** The map is created: it starts at the URL's camera if there is one, else frames the subject. */
	start(target: Camera | null, subject: string, insets: MapInsets): CameraStart {
		this.#framedFor = subject;
		this.#placedFor = { ...insets };
		this.#readerCamera = !!target;
		this.#seenTarget = target ? cameraKey(target) : null;
		return target ? { kind: 'jump', camera: target } : { kind: 'fit' };
	}

	/** The reader moved the map (a drag, a pinch, a wheel, a key): a sheet moving must not undo it. */
	readerMoved(): void {
		this.#readerCamera = true;
	}

	/** The map stopped moving at `current`: the camera to write to the URL. */
	moved(current: Camera | null): Camera | null {
		if (!current) return null;
		this.#reported = cameraKey(current);
		return current;
	}

	/**
	 * The map's first load: its first framing is written too, so a reload or a copied link restores
	 * exactly this view; a camera the URL brought is already there.
	 */
	loaded(current: Camera | null, target: Camera | null): Camera | null {
		return target ? null : this.moved(current);
	}

	/**
	 * The URL's camera, the subject or the insets may have changed (or none of them: a re-render).
	 * `current` is where the map is now.
	 */
	update(
		target: Camera | null,
		subject: string,
		insets: MapInsets,
		current: Camera | null
	): CameraMove {
		const moved = !sameInsets(this.#placedFor, insets);
		const before = this.#placedFor;
		this.#placedFor = { ...insets };
		if (target) {
			const key = cameraKey(target);
			const fresh = key !== this.#seenTarget;
			this.#seenTarget = key;
			if (fresh && key !== this.#reported && cameraKey(current) !== key) {
				this.#reported = key;
				this.#readerCamera = true;
				this.#framedFor = subject;
				return { kind: 'jump', camera: target };
			}
		} else {
			this.#readerCamera = false;
			this.#seenTarget = null;
		}
		if (subject !== this.#framedFor || (moved && !this.#readerCamera)) {
			this.#framedFor = subject;
			this.#readerCamera = false;
			return { kind: 'fit' };
		}
		if (moved && before) return { kind: 'recentre', from: before, to: { ...insets } };
		return { kind: 'none' };
	}
}
