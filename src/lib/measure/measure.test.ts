import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { formatCitedKm, formatKm, formatNmi, formatPoint } from '#lib/strings/measure.ts';
import { greatCircleLine, measureDistance } from './geo.ts';
import { near, nudge, placeAt, placePoint, roundPoint, samePoint } from './points.ts';

const NOSAPPU = [145.8163, 43.3851] as const;
const KAIGARA = [145.8594, 43.395] as const;

describe('measureDistance', () => {
	it('gives the great-circle distance in km and in nautical miles', () => {
		const d = measureDistance(NOSAPPU, KAIGARA);
		expect(d.km).toBeCloseTo(3.653, 3);
		expect(d.nmi).toBeCloseTo(d.km / 1.852, 12);
		expect(d.km).toBe(distance([...NOSAPPU], [...KAIGARA], { units: 'kilometers' }));
		expect(measureDistance(NOSAPPU, NOSAPPU)).toEqual({ km: 0, nmi: 0 });
		// A degree of latitude on turf's sphere, and the symmetry of a distance.
		expect(measureDistance([0, 0], [0, 1]).km).toBeCloseTo(111.195, 3);
		expect(measureDistance(KAIGARA, NOSAPPU).km).toBe(measureDistance(NOSAPPU, KAIGARA).km);
	});
});

describe('greatCircleLine', () => {
	it('runs from the first point to the second', () => {
		const [line, ...more] = greatCircleLine(NOSAPPU, KAIGARA);
		expect(more).toEqual([]);
		expect(line).toHaveLength(64);
		expect(line?.[0]?.[0]).toBeCloseTo(NOSAPPU[0], 9);
		expect(line?.at(-1)?.[1]).toBeCloseTo(KAIGARA[1], 9);
	});

	it('bends towards the pole over a long east-west line, and splits at the antimeridian', () => {
		const lines = greatCircleLine([140, 45], [-120, 45]);
		expect(lines.length).toBe(2);
		expect(Math.max(...lines.flat().map(([, lat]) => lat))).toBeGreaterThan(50);
		expect(lines.flat().length).toBeGreaterThanOrEqual(64);
	});

	it('draws one point as a line of two equal points instead of failing', () => {
		expect(greatCircleLine(NOSAPPU, NOSAPPU)).toEqual([[[...NOSAPPU], [...NOSAPPU]]]);
	});
});

describe('formatting', () => {
	it('writes km and nmi with fixed decimals, finer for short distances', () => {
		expect(formatKm(3.6531)).toBe('3.65 km');
		expect(formatKm(3.6)).toBe('3.60 km');
		expect(formatKm(16.207)).toBe('16.2 km');
		expect(formatKm(144.53)).toBe('144.5 km');
		expect(formatKm(1234.5)).toBe('1,235 km');
		expect(formatKm(0)).toBe('0.00 km');
		expect(formatNmi(1.9725)).toBe('1.97 nmi');
		expect(formatNmi(12)).toBe('12.0 nmi');
		// A cited figure keeps its source's precision.
		expect(formatCitedKm(3.7)).toBe('3.7 km');
		expect(formatCitedKm(16)).toBe('16 km');
		expect(formatCitedKm(144.5)).toBe('144.5 km');
	});

	it('writes figures and units in Japanese and Russian, with Russian plural forms', () => {
		expect(formatKm(3.6531, 'ja')).toBe('3.65 km');
		expect(formatNmi(1.9725, 'ja')).toBe('1.97海里');
		expect(formatKm(1234.5, 'ru')).toBe('1\u00a0235 км');
		expect(formatCitedKm(3.7, 'ru')).toBe('3,7 км');
		// A written fraction takes мили, whatever its value; whole numbers one, few and many.
		expect(formatNmi(1.9725, 'ru')).toBe('1,97 мор. мили');
		expect(formatNmi(12, 'ru')).toBe('12,0 мор. мили');
		expect(formatNmi(1001, 'ru')).toBe('1\u00a0001 мор. миля');
		expect(formatNmi(1003, 'ru')).toBe('1\u00a0003 мор. мили');
		expect(formatNmi(1005, 'ru')).toBe('1\u00a0005 мор. миль');
		expect(formatPoint([145.8163, 43.3851], 'ja')).toBe('北緯43.3851度、東経145.8163度');
		expect(formatPoint([145.8163, 43.3851], 'ru')).toBe('43,3851° с. ш.; 145,8163° в. д.');
	});

	it('writes an unnamed point with its hemispheres', () => {
		expect(formatPoint([145.8163, 43.3851])).toBe('43.3851° N, 145.8163° E');
		expect(formatPoint([-70.5, -33.45678])).toBe('33.45678° S, 70.5° W');
	});
});

describe('points', () => {
	it('rounds to the URL precision and compares there', () => {
		expect(roundPoint([145.816278, 43.385056])).toEqual([145.81628, 43.38506]);
		expect(roundPoint([-180, 0])).toEqual([180, 0]);
		expect(samePoint([145.816278, 43.385056], [145.81628, 43.38506])).toBe(true);
		expect(samePoint([145.8163, 43.3851], [145.8164, 43.3851])).toBe(false);
	});

	it('nudges by the same distance on the ground in every direction', () => {
		for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
			const moved = nudge(NOSAPPU, key);
			if (!moved) throw new Error(key);
			expect(measureDistance(NOSAPPU, moved).km, key).toBeCloseTo(0.1, 2);
			const far = nudge(NOSAPPU, key, true);
			if (!far) throw new Error(key);
			expect(measureDistance(NOSAPPU, far).km, key).toBeCloseTo(1, 2);
		}
		expect(nudge(NOSAPPU, 'ArrowUp')?.[1]).toBeGreaterThan(NOSAPPU[1]);
		expect(nudge(NOSAPPU, 'ArrowLeft')?.[0]).toBeLessThan(NOSAPPU[0]);
		expect(nudge(NOSAPPU, 'Enter')).toBeNull();
	});

	it('names a point that is a place', () => {
		expect(placeAt([145.816278, 43.385056])?.id).toBe('cape-nosappu');
		expect(placeAt(roundPoint([145.859444, 43.395]))?.id).toBe('kaigara');
		// A link written to fewer decimals still names the place; 100 m off does not.
		expect(placeAt([145.8163, 43.3851])?.id).toBe('cape-nosappu');
		expect(placeAt(nudge([145.816278, 43.385056], 'ArrowUp') ?? [0, 0])).toBeUndefined();
		expect(placeAt([0, 0])).toBeUndefined();
		expect(near([179.9999, 0], [-179.9999, 0])).toBe(true);
	});

	it('gives a picked place its point, by id', () => {
		expect(placePoint('kaigara')).toEqual([145.859444, 43.395]);
		expect(placePoint('nemuro-strait')).toBeDefined();
		expect(placePoint('atlantis')).toBeUndefined();
	});
});
