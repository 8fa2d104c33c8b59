// Small pure helpers for the geodata pipeline: deterministic output and planar ring measures.

import { distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';

type Nested = Position | Nested[];

/** Rounds every coordinate to `digits` decimals; -0 becomes 0 so output bytes do not depend on it. */
export function roundCoords<T extends Nested>(coords: T, digits: number): T {
	const f = 10 ** digits;
	const walk = (c: Nested): Nested =>
		typeof c[0] === 'number'
			? (c as Position).map((v) => Math.round(v * f) / f + 0)
			: (c as Nested[]).map(walk);
	return walk(coords) as T;
}

/** Signed shoelace area in square degrees; positive for counter-clockwise rings. */
export function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		sum += (xj - xi) * (yj + yi);
	}
	return sum / 2;
}

/**
 * JSON with object keys sorted, so that the same data always gives the same bytes whatever order
 * its properties were created in. Arrays keep their order: callers sort them where it matters.
 */
export function stableStringify(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			const o = v as Record<string, unknown>;
			return Object.fromEntries(
				Object.keys(o)
					.sort()
					.map((k) => [k, o[k]])
			);
		}
		return v;
	});
}

/** Great-circle distance in km between two lon/lat points (turf's haversine). */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
	return distance(point([...a]), point([...b]), { units: 'kilometers' });
}

/** Shortest distance in km from a point to the outer coastlines of a (multi)polygon. */
export function pointToPolygonKm(p: readonly number[], polygons: Position[][][]): number {
	let best = Infinity;
	for (const rings of polygons) {
		const d = pointToLineDistance(point([...p]), lineString(rings[0] as Position[]), {
			units: 'kilometers'
		});
		best = Math.min(best, d);
	}
	return best;
}

/**
 * Smallest gap in km between two coasts: every vertex of each against the other's outline. Exact
 * enough for coasts whose vertices are about a kilometre apart, and cheap for a few thousand vertices.
 */
export function minGapKm(a: Position[][], b: Position[][][]): number {
	const lineA = lineString(a[0] as Position[]);
	let best = Infinity;
	for (const rings of b) {
		const lineB = lineString(rings[0] as Position[]);
		for (const v of rings[0] as Position[])
			best = Math.min(best, pointToLineDistance(point(v), lineA, { units: 'kilometers' }));
		for (const v of a[0] as Position[])
			best = Math.min(best, pointToLineDistance(point(v), lineB, { units: 'kilometers' }));
	}
	return best;
}

/** [west, south, east, north] of every position in the rings. */
export function ringsBbox(rings: Position[][]): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings)
		for (const [x, y] of ring as [number, number][]) {
			w = Math.min(w, x);
			s = Math.min(s, y);
			e = Math.max(e, x);
			n = Math.max(n, y);
		}
	return [w, s, e, n];
}
