// Simplification for the still map's path data, on rings and lines already projected to units
// (src/lib/map/svg/projection.ts): turf's simplify (Douglas–Peucker, highQuality: no radial pre-pass)
// thins them, d3-geo's planar path area measures what is left. Build time only: the browser reads
// the result from shapes.generated.ts.

import { lineString, simplify } from '@turf/turf';
import { geoPath } from 'd3-geo';
import type { Ring } from '../../src/lib/map/svg/projection.ts';

/** Douglas–Peucker on a projected line; keeps the ends. */
export function simplifyLine(points: Ring, tolerance: number): Ring {
	if (points.length <= 2 || tolerance <= 0) return points.slice();
	const line = simplify(lineString(points), { tolerance, highQuality: true, mutate: true });
	return line.geometry.coordinates as Ring;
}

// With no projection, geoPath measures its input as it is: planar, in units.
const planar = geoPath();

/** Area of a projected ring, in square units, whatever its winding. */
export function ringArea(ring: Ring): number {
	const closed = ring.length && samePoint(ring[0], ring.at(-1)) ? ring : [...ring, ring[0]];
	return planar.area({ type: 'Polygon', coordinates: [closed as Ring] });
}

/**
 * A closed ring, simplified and rounded to whole multiples of `grid` units, written in those
 * multiples (a grid of 4 writes 4 units as 1). A ring is split at its first point and its farthest
 * point so that Douglas–Peucker keeps its extent. Returns null when nothing of it is left.
 */
export function simplifyRing(ring: Ring, tolerance: number, grid = 1): Ring | null {
	const open = ring.length > 1 && samePoint(ring[0], ring.at(-1)) ? ring.slice(0, -1) : ring;
	if (open.length < 3) return null;
	const start = open[0] as [number, number];
	let far = 0;
	let farD = -1;
	open.forEach((p, i) => {
		const d = (p[0] - start[0]) ** 2 + (p[1] - start[1]) ** 2;
		if (d > farD) {
			farD = d;
			far = i;
		}
	});
	const a = simplifyLine(open.slice(0, far + 1), tolerance);
	const b = simplifyLine([...open.slice(far), start], tolerance);
	const out: Ring = [];
	for (const p of [...a, ...b.slice(1, -1)]) {
		const q: [number, number] = [Math.round(p[0] / grid), Math.round(p[1] / grid)];
		if (!out.length || !samePoint(out.at(-1), q)) out.push(q);
	}
	while (out.length > 1 && samePoint(out[0], out.at(-1))) out.pop();
	return out.length >= 3 ? out : null;
}

function samePoint(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}
