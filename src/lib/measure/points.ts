// Small pure helpers for the measure tool that the map owner needs too (moving a point with the
// arrow keys, naming a point), kept apart from geo.ts so importing them does not bring turf along.

import { ALL_PLACES, type Place } from '#lib/data/places.ts';
import type { LngLat } from '#lib/data/types.ts';
import { canonicalPoint } from '#lib/map/camera-form.ts';

export type Point = [number, number];

/** Kinds of place offered as ends in the place pickers. */
export const PICKABLE_KINDS: readonly Place['kind'][] = [
	'island',
	'islet',
	'settlement',
	'town',
	'cape',
	'peninsula'
];

/** The places a reader can pick as an end, in the order of places.ts. */
export const PICKABLE_PLACES: Place[] = ALL_PLACES.filter((p) => PICKABLE_KINDS.includes(p.kind));

/**
 * A place's point, by id of places.ts (what a picker hands over: the selects offer islands, islets,
 * settlements and capes, a search box may offer any place); undefined for an unknown id.
 */
export function placePoint(id: string): Point | undefined {
	const place = ALL_PLACES.find((p) => p.id === id);
	return place ? [place.point[0], place.point[1]] : undefined;
}

/** A point at the URL's precision (5 decimals, longitude wrapped), as the link will carry it. */
export function roundPoint(p: LngLat): Point {
	return canonicalPoint(p[0], p[1]) ?? [p[0], p[1]];
}

/** Whether two points are the same at the URL's precision. */
export function samePoint(a: LngLat, b: LngLat): boolean {
	const [x, y] = roundPoint(a);
	const [u, v] = roundPoint(b);
	return x === u && y === v;
}

/** About 100 m, or 1 km with Shift. */
export const NUDGE_KM = { small: 0.1, large: 1 };
const KM_PER_DEGREE = 111.32;

/**
 * The point moved one step by an arrow key (east, west, north, south), the same distance on the
 * ground whatever the latitude; null for any other key.
 */
export function nudge(p: LngLat, key: string, large = false): Point | null {
	const deg = (large ? NUDGE_KM.large : NUDGE_KM.small) / KM_PER_DEGREE;
	const cos = Math.max(0.01, Math.cos((p[1] * Math.PI) / 180));
	const [dx, dy] =
		key === 'ArrowRight'
			? [deg / cos, 0]
			: key === 'ArrowLeft'
				? [-deg / cos, 0]
				: key === 'ArrowUp'
					? [0, deg]
					: key === 'ArrowDown'
						? [0, -deg]
						: [NaN, NaN];
	if (Number.isNaN(dx)) return null;
	return roundPoint([p[0] + dx, p[1] + dy]);
}

/** How near a point must be to a place's (or a preset end's) to be called by its name. */
export const NEAR_M = 50;

/**
 * Whether two points are within `metres` (on a local flat approximation, ample at this range): a
 * link written to fewer decimals (145.8163, 43.3851) still names Cape Nosappu (145.816278, 43.385056).
 */
export function near(a: LngLat, b: LngLat, metres = NEAR_M): boolean {
	const cos = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	let dLng = Math.abs(a[0] - b[0]);
	if (dLng > 180) dLng = 360 - dLng;
	const dx = dLng * cos * KM_PER_DEGREE * 1000;
	const dy = (a[1] - b[1]) * KM_PER_DEGREE * 1000;
	return Math.hypot(dx, dy) <= metres;
}

/** The place at this point (a picked place, a preset's end, a link to one), if any. */
export function placeAt(p: LngLat): Place | undefined {
	return PICKABLE_PLACES.find((place) => near(place.point, p));
}
