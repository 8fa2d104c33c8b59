import { describe, expect, it } from 'vitest';
import {
	WORLD,
	bboxView,
	cameraView,
	fitCamera,
	meet,
	pathData,
	project,
	scaleAt,
	unprojectX,
	unprojectY,
	viewBoxAttr,
	zoomFor
} from './projection.ts';
import { DISPUTE_BOUNDS, boundsOf, paddingFor, subjectBounds } from '../camera.ts';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';

const close = (a: number, b: number, digits = 6) => expect(a).toBeCloseTo(b, digits);

describe('Web Mercator in MapLibre pixels at zoom 12', () => {
	it('puts the origin at the centre of the world and is its own inverse', () => {
		const [x, y] = project([0, 0]);
		close(x, WORLD / 2);
		close(y, WORLD / 2);
		for (const [lng, lat] of [
			[146.1, 43.5],
			[-70.2, -33.4],
			[179.9, 84]
		] as const) {
			const [px, py] = project([lng, lat]);
			close(unprojectX(px), lng, 9);
			close(unprojectY(py), lat, 9);
		}
	});

	it('grows northwards upwards: a northern latitude has the smaller y', () => {
		expect(project([146, 45])[1]).toBeLessThan(project([146, 44])[1]);
	});

	it('relates scale and zoom as MapLibre does (one unit is one pixel at zoom 12)', () => {
		expect(scaleAt(12)).toBe(1);
		expect(scaleAt(11)).toBe(0.5);
		close(zoomFor(scaleAt(7.3)), 7.3, 9);
	});
});

describe('framing: the SVG viewBox "meet" and MapLibre fitBounds agree', () => {
	const size = { width: 390, height: 792 };
	const insets = { top: 68, right: 12, bottom: 432, left: 12 };

	it('fits the subject into the uncovered box, centred on its short axis', () => {
		const view = bboxView(DISPUTE_BOUNDS);
		const box = { width: 366, height: 292 };
		const m = meet(view, box);
		// The box is wider than the islands' shape: height decides, width is centred.
		close(view.h * m.scale, box.height, 6);
		close(m.dy, 0, 6);
		close(m.dx * 2 + view.w * m.scale, box.width, 6);
	});

	it('lands on the camera MapLibre computes for the same padding (measured in a browser)', () => {
		// map.getZoom() / getCenter() after fitBounds(DISPUTE_BOUNDS, { padding: insets }) at 390×844.
		const camera = fitCamera(DISPUTE_BOUNDS, size, insets);
		expect(camera).not.toBeNull();
		close(camera?.zoom ?? 0, 6.0601695248451355, 9);
		close(camera?.lng ?? 0, 147.14560000000006, 9);
		close(camera?.lat ?? 0, 43.084568413955964, 9);
	});

	it('shows, at the camera fitBounds chose, exactly the subject box in the uncovered part', () => {
		for (const bbox of [DISPUTE_BOUNDS, boundsOf(['habomai']), boundsOf(['iturup', 'shikotan'])]) {
			const camera = fitCamera(bbox, size, insets);
			if (!camera) throw new Error('no camera');
			const shown = cameraView(camera, size, insets);
			const subject = bboxView(bbox);
			if (!shown) throw new Error('no view');
			// The shown box contains the subject and touches it on one axis.
			expect(shown.x).toBeLessThanOrEqual(subject.x + 1e-6);
			expect(shown.y).toBeLessThanOrEqual(subject.y + 1e-6);
			expect(shown.x + shown.w).toBeGreaterThanOrEqual(subject.x + subject.w - 1e-6);
			expect(shown.y + shown.h).toBeGreaterThanOrEqual(subject.y + subject.h - 1e-6);
			const fitsW = Math.abs(shown.w - subject.w) < 1e-6;
			const fitsH = Math.abs(shown.h - subject.h) < 1e-6;
			expect(fitsW || fitsH).toBe(true);
		}
	});

	it('gives no camera for a box the panels cover entirely', () => {
		expect(fitCamera(DISPUTE_BOUNDS, size, { ...insets, bottom: 800 })).toBeNull();
		expect(cameraView({ zoom: 6, lng: 146, lat: 44 }, size, { ...insets, left: 400 })).toBeNull();
	});

	it('writes a compact viewBox', () => {
		expect(viewBoxAttr({ x: 1.25, y: 2, w: 3.04, h: 4.96 })).toBe('1.3 2 3 5');
	});
});

describe('subjects come from the geodata', () => {
	it('home frames the four island groups exactly', () => {
		const boxes = Object.values(ISLAND_GEO).map((g) => g.bbox);
		expect(DISPUTE_BOUNDS).toEqual([
			Math.min(...boxes.map((b) => b[0])),
			Math.min(...boxes.map((b) => b[1])),
			Math.max(...boxes.map((b) => b[2])),
			Math.max(...boxes.map((b) => b[3]))
		]);
	});

	it('an island beats a timeline frame; a frame beats home', () => {
		const frame: [number, number, number, number] = [141.6, 41.8, 157.4, 51.5];
		expect(subjectBounds(['shikotan'], frame)).toEqual(ISLAND_GEO.shikotan?.bbox);
		expect(subjectBounds([], frame)).toEqual(frame);
		expect(subjectBounds([], null)).toEqual(DISPUTE_BOUNDS);
	});

	it('padding is the insets, shrunk only when they leave no room at all', () => {
		const insets = { top: 68, right: 12, bottom: 432, left: 12 };
		expect(paddingFor(insets, { width: 390, height: 792 })).toEqual(insets);
		const tight = paddingFor(
			{ top: 500, right: 0, bottom: 500, left: 0 },
			{ width: 390, height: 792 }
		);
		expect((tight.top ?? 0) + (tight.bottom ?? 0)).toBeLessThanOrEqual(792 * 0.9);
	});
});

describe('path data', () => {
	it('writes an absolute move then relative steps, closing rings', () => {
		const d = pathData(
			[
				[
					[10, 10],
					[15, 5],
					[20, 10]
				]
			],
			true
		);
		expect(d).toBe('M10 10l5-5 5 5z');
		expect(pathData([[[0, 0]]], false)).toBe('');
	});
});
