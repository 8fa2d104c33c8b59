// Small pure helpers for the geodata pipeline: deterministic output and distances.

import { distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

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

/**
 * Lines (coasts, or the outer rings of polygons) cut into runs of RUN segments, each with a circle
 * that holds it, for `kmToLines`. turf's pointToLineDistance walks every segment of a line and
 * allocates for each, which makes whole coasts of thousands of vertices slow to measure against.
 */
export interface LineIndex {
	runs: { line: Feature<LineString>; centre: Position; radiusKm: number }[];
}

const RUN = 16;
/** Far above the rounding error of turf's haversine, far below anything measured. */
const SLACK_KM = 1e-6;

export function indexLines(lines: Position[][]): LineIndex {
	const runs: LineIndex['runs'] = [];
	for (const line of lines)
		for (let i = 0; i < line.length - 1; i += RUN) {
			const coords = line.slice(i, i + RUN + 1);
			const centre = coords[coords.length >> 1] as Position;
			// A circle smaller than a hemisphere holds the great-circle arcs between the points it holds.
			const radiusKm = Math.max(...coords.map((v) => distanceKm(centre, v)));
			runs.push({ line: lineString(coords), centre, radiusKm });
		}
	return { runs };
}

/**
 * Distance in km from a point to the indexed lines, exactly as turf's pointToLineDistance over
 * all of them gives it (the least of its per-segment distances), or `atMost` if that is smaller.
 * A run whose circle is farther than the best distance so far cannot hold a nearer point (the
 * triangle inequality), so it is never measured.
 */
export function kmToLines(index: LineIndex, p: readonly number[], atMost = Infinity): number {
	const pt = point([...p]);
	const { runs } = index;
	const least = runs.map((run) => distance(pt, run.centre, { units: 'kilometers' }) - run.radiusKm);
	const order = runs.map((_, i) => i).sort((i, j) => (least[i] as number) - (least[j] as number));
	let best = atMost;
	for (const i of order) {
		if ((least[i] as number) > best + SLACK_KM) break;
		const d = pointToLineDistance(pt, (runs[i] as LineIndex['runs'][number]).line, {
			units: 'kilometers'
		});
		best = Math.min(best, d);
	}
	return best;
}

/** Shortest distance in km from a point to the outer coastlines of a (multi)polygon. */
export function pointToPolygonKm(p: readonly number[], polygons: Position[][][]): number {
	return kmToLines(indexLines(polygons.map((rings) => rings[0] as Position[])), p);
}

/**
 * Smallest gap in km between two coasts: every vertex of each against the other's outline. Exact
 * enough for coasts whose vertices are about a kilometre apart.
 */
export function minGapKm(a: Position[][], b: Position[][][]): number {
	const outerA = a[0] as Position[];
	const lineA = indexLines([outerA]);
	let best = Infinity;
	for (const rings of b) {
		const outerB = rings[0] as Position[];
		const lineB = indexLines([outerB]);
		for (const v of outerB) best = kmToLines(lineA, v, best);
		for (const v of outerA) best = kmToLines(lineB, v, best);
	}
	return best;
}
