// The measure tool's geometry, with turf: the distance between two points and the great-circle
// line between them. Only the turf modules needed are imported (not @turf/turf), and this module
// is loaded with the tool (src/lib/measure/tool.ts), never by a page up front.
//
// turf measures on a sphere of radius 6,371.0088 km (the mean Earth radius); on the WGS84 ellipsoid
// the same two points can be up to about 0.5% farther or nearer. The figures the sources cite were
// measured their own way and between their own points.

import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { LngLat } from '#lib/data/types.ts';

/** The international nautical mile, exactly. */
export const METRES_PER_NMI = 1852;

export interface Distance {
	km: number;
	nmi: number;
}

export function measureDistance(a: LngLat, b: LngLat): Distance {
	const km = distance([...a], [...b], { units: 'kilometers' });
	return { km, nmi: (km * 1000) / METRES_PER_NMI };
}

/** Below this two points are one: a line between them has no direction to follow. */
const SAME_POINT_KM = 0.001;

/**
 * The great circle from a to b as lines of [lng, lat] (more than one where it crosses the
 * antimeridian), `points` vertices in all, so both maps draw the same curve.
 */
export function greatCircleLine(a: LngLat, b: LngLat, points = 64): [number, number][][] {
	if (measureDistance(a, b).km < SAME_POINT_KM)
		return [[[...a] as [number, number], [...b] as [number, number]]];
	const geometry = greatCircle([...a], [...b], { npoints: points }).geometry;
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	return lines.map((line) => line.map(([lng = 0, lat = 0]) => [lng, lat] as [number, number]));
}
