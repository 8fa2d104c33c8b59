import { describe, expect, it } from 'vitest';
import { CameraSync, subjectKey } from './camera-sync.ts';
import type { Camera } from './camera-form.ts';
import type { MapInsets } from './status.ts';

const cam = (zoom: number, lat = 44, lng = 146): Camera => ({
	zoom,
	lat,
	lng,
	bearing: 0,
	pitch: 0
});
const HOME = subjectKey([], null);
const SHIKOTAN = subjectKey(['shikotan'], null);
const SIDE: MapInsets = { top: 80, right: 460, bottom: 40, left: 360 };
const HALF: MapInsets = { top: 120, right: 12, bottom: 420, left: 12 };
const PEEK: MapInsets = { top: 120, right: 12, bottom: 180, left: 12 };

describe('camera sync: a reader’s link', () => {
	it('starts at the link’s camera and does not jump back to it when the URL still holds it', () => {
		const sync = new CameraSync();
		expect(sync.start(cam(9), HOME, SIDE)).toEqual({ kind: 'jump', camera: cam(9) });
		// The first load writes nothing: the link already holds the camera.
		expect(sync.loaded(cam(9), cam(9))).toBeNull();
		expect(sync.update(cam(9), HOME, SIDE, cam(9))).toEqual({ kind: 'none' });
	});

	it('keeps the linked camera when a sheet moves, shifting it into the new uncovered box', () => {
		const sync = new CameraSync();
		sync.start(cam(9), HOME, HALF);
		expect(sync.update(cam(9), HOME, PEEK, cam(9))).toEqual({
			kind: 'recentre',
			from: HALF,
			to: PEEK
		});
		expect(sync.placedFor).toEqual(PEEK);
	});

	it('follows a link followed inside the app: a camera the map did not report is jumped to', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, SIDE);
		sync.moved(cam(7));
		expect(sync.update(cam(11, 43.8, 146.7), HOME, SIDE, cam(7))).toEqual({
			kind: 'jump',
			camera: cam(11, 43.8, 146.7)
		});
		// Once there, the same camera in the URL is not a reason to move again.
		expect(sync.update(cam(11, 43.8, 146.7), HOME, SIDE, cam(11, 43.8, 146.7))).toEqual({
			kind: 'none'
		});
	});

	it('does not jump to a camera the map is already at, at the link’s precision', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, SIDE);
		const there = { zoom: 8.001, lat: 44.000001, lng: 146.000004, bearing: 0, pitch: 0 };
		expect(sync.update(cam(8), HOME, SIDE, there)).toEqual({ kind: 'none' });
	});
});

describe('camera sync: framing a subject and moving sheets', () => {
	it('frames the subject when there is no camera, and writes that first framing', () => {
		const sync = new CameraSync();
		expect(sync.start(null, HOME, SIDE)).toEqual({ kind: 'fit' });
		expect(sync.loaded(cam(7.2), null)).toEqual(cam(7.2));
		// The URL echoes the framing back: nothing moves.
		expect(sync.update(cam(7.2), HOME, SIDE, cam(7.2))).toEqual({ kind: 'none' });
	});

	it('reframes the subject when a sheet moves, while the camera is the framing’s', () => {
		const sync = new CameraSync();
		sync.start(null, SHIKOTAN, HALF);
		sync.moved(cam(10));
		expect(sync.update(cam(10), SHIKOTAN, PEEK, cam(10))).toEqual({ kind: 'fit' });
		expect(sync.update(null, SHIKOTAN, HALF, cam(10))).toEqual({ kind: 'fit' });
	});

	it('frames a new subject whatever the camera was (an island chosen)', () => {
		const sync = new CameraSync();
		sync.start(cam(9), HOME, SIDE);
		expect(sync.update(null, SHIKOTAN, SIDE, cam(9))).toEqual({ kind: 'fit' });
	});

	it('keeps a camera the reader dragged to when a sheet moves, even before the URL has it', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, HALF);
		sync.loaded(cam(7), null);
		expect(sync.update(cam(7), HOME, HALF, cam(7))).toEqual({ kind: 'none' });
		sync.readerMoved();
		expect(sync.moved(cam(8, 43.5, 145.9))).toEqual(cam(8, 43.5, 145.9));
		// The URL still holds the first framing (the throttled write has not landed).
		expect(sync.update(cam(7), HOME, PEEK, cam(8, 43.5, 145.9))).toEqual({
			kind: 'recentre',
			from: HALF,
			to: PEEK
		});
	});

	it('does nothing on a re-render that changes nothing', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, SIDE);
		expect(sync.update(null, HOME, { ...SIDE }, cam(7))).toEqual({ kind: 'none' });
	});
});

describe('camera sync: a late camera from the previous page', () => {
	it('does not jump back to a camera the URL held before the map reframed', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, HALF);
		sync.loaded(cam(7), null);
		// The URL now holds the first framing, and the map has seen it.
		expect(sync.update(cam(7), HOME, HALF, cam(7))).toEqual({ kind: 'none' });
		// The sheet moves: the map reframes and reports where it went; the URL has not caught up.
		expect(sync.update(cam(7), HOME, PEEK, cam(7))).toEqual({ kind: 'fit' });
		sync.moved(cam(7.5));
		// The sheet moves again before the write lands: the old camera is not applied.
		expect(sync.update(cam(7), HOME, HALF, cam(7.5))).toEqual({ kind: 'fit' });
	});

	it('frames the new page’s subject while the URL still holds the old page’s camera', () => {
		const sync = new CameraSync();
		sync.start(cam(9), HOME, SIDE);
		expect(sync.update(cam(9), SHIKOTAN, SIDE, cam(9))).toEqual({ kind: 'fit' });
		sync.moved(cam(11));
		// The old camera is still there on the next re-run; the framing stands.
		expect(sync.update(cam(9), SHIKOTAN, SIDE, cam(11))).toEqual({ kind: 'none' });
	});

	it('ignores its own camera coming back late after the reader moved on', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, SIDE);
		sync.moved(cam(7));
		sync.readerMoved();
		sync.moved(cam(8));
		// The reported 8 arrives in the URL while the map has been panned on to 8.5.
		expect(sync.update(cam(8), HOME, SIDE, cam(8.5))).toEqual({ kind: 'none' });
	});
});

describe('camera sync: back and forward', () => {
	it('walks back and forward through cameras, jumping to each', () => {
		const sync = new CameraSync();
		sync.start(cam(7), HOME, SIDE);
		sync.readerMoved();
		sync.moved(cam(9));
		sync.update(cam(9), HOME, SIDE, cam(9));
		// Back: the URL brings the earlier camera.
		expect(sync.update(cam(7), HOME, SIDE, cam(9))).toEqual({ kind: 'jump', camera: cam(7) });
		sync.moved(cam(7));
		// Forward again.
		expect(sync.update(cam(9), HOME, SIDE, cam(7))).toEqual({ kind: 'jump', camera: cam(9) });
	});

	it('back to an island page without a camera frames the island; forward restores the camera', () => {
		const sync = new CameraSync();
		sync.start(null, SHIKOTAN, SIDE);
		sync.moved(cam(10));
		sync.readerMoved();
		sync.moved(cam(6));
		sync.update(cam(6), HOME, SIDE, cam(6));
		expect(sync.update(null, SHIKOTAN, SIDE, cam(6))).toEqual({ kind: 'fit' });
		sync.moved(cam(10));
		expect(sync.update(cam(6), HOME, SIDE, cam(10))).toEqual({ kind: 'jump', camera: cam(6) });
	});

	it('back to an island page that had a camera shows that camera, and keeps it on re-runs', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, SIDE);
		sync.moved(cam(7));
		expect(sync.update(cam(12), SHIKOTAN, SIDE, cam(7))).toEqual({
			kind: 'jump',
			camera: cam(12)
		});
		// The island is not framed over the camera the entry brought back.
		expect(sync.update(cam(12), SHIKOTAN, SIDE, cam(12))).toEqual({ kind: 'none' });
	});

	it('a camera brought by back or forward is the reader’s: a sheet moving keeps it', () => {
		const sync = new CameraSync();
		sync.start(null, HOME, HALF);
		sync.moved(cam(7));
		sync.update(cam(12), HOME, HALF, cam(7));
		expect(sync.update(cam(12), HOME, PEEK, cam(12))).toEqual({
			kind: 'recentre',
			from: HALF,
			to: PEEK
		});
	});
});

describe('subject keys', () => {
	it('tell subjects apart by islands and by frame', () => {
		expect(subjectKey(['iturup'], null)).not.toBe(subjectKey(['kunashir'], null));
		expect(subjectKey([], [145, 43, 147, 45])).not.toBe(subjectKey([], null));
		expect(subjectKey(['iturup', 'kunashir'], null)).toBe(subjectKey(['iturup', 'kunashir'], null));
	});
});
