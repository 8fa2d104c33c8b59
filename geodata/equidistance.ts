// Equidistance on the sphere for the claim overlays (geodata/claims.ts): signed distances to a
// coast through d3-geo's azimuthal equidistant projection, the zero line of d(A) − d(B) traced on a
// grid and refined by bisection, and the parts of such a line within reach of the coasts. Split
// from claims.ts so that file holds what the overlays are, this one how a line between coasts is
// found.

import { bbox, booleanPointInPolygon, featureCollection, isolines } from '@turf/turf';
import { geoAzimuthalEquidistant } from 'd3-geo';
import type { Feature, Geometry, Point, Polygon, Position } from 'geojson';

export type BBox = [number, number, number, number];
export type Rings = Position[][];
export type Project = (lon: number, lat: number) => [number, number];

export class ClaimsError extends Error {}

export function boxOf(geojson: Feature | Geometry): BBox {
	return bbox(geojson) as BBox;
}

/** Grid spacing for the equidistance fields, km (refined to metres afterwards). */
const GRID_KM = 1;

export const EARTH_RADIUS_KM = 6371.0088;
export const RAD = Math.PI / 180;

// ---------------------------------------------------------------------------------------------
// Distances

/** d3-geo's azimuthal equidistant projection in km, centred on (lon0, lat0); y grows southward. */
export function projection(lon0: number, lat0: number): Project {
	const project = geoAzimuthalEquidistant()
		.rotate([-lon0, -lat0])
		.scale(EARTH_RADIUS_KM)
		.translate([0, 0]);
	return (lon, lat) => {
		const xy = project([lon, lat]);
		// Only a projection stream clips; a single point always projects.
		if (!xy) throw new ClaimsError(`(${lon}, ${lat}) does not project`);
		return xy;
	};
}

export interface Coast {
	project: Project;
	/** Projected segments, four numbers each: x1, y1, x2, y2. */
	seg: Float64Array;
	/** A uniform grid over the projected segments: cell → indices into `seg` (multiples of 4). */
	cells: number[][];
	x0: number;
	y0: number;
	cols: number;
	rows: number;
	/** The polygons for the inside test, each with its turf bbox. */
	land: Feature<Polygon>[];
}

/** Side of a cell of the segment index, km. */
const CELL_KM = 5;

/**
 * A coast for distance queries: every segment of the polygons, projected and indexed, and the
 * polygons for the inside test. The coasts are at most a few hundred kilometres across (Japan's is
 * cut near the islands), so all of each is indexed; a query only visits the cells near its point.
 */
export function makeCoast(polys: Rings[], project: Project): Coast {
	const list: number[] = [];
	for (const rings of polys)
		for (const ring of rings) {
			const xy = ring.map(([lon, lat]) => project(lon as number, lat as number));
			for (let i = 1; i < xy.length; i++)
				list.push(...(xy[i - 1] as [number, number]), ...(xy[i] as [number, number]));
		}
	const seg = Float64Array.from(list);
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i < seg.length; i += 2) {
		x0 = Math.min(x0, seg[i] as number);
		x1 = Math.max(x1, seg[i] as number);
		y0 = Math.min(y0, seg[i + 1] as number);
		y1 = Math.max(y1, seg[i + 1] as number);
	}
	const cols = Math.max(1, Math.ceil((x1 - x0) / CELL_KM));
	const rows = Math.max(1, Math.ceil((y1 - y0) / CELL_KM));
	const cells: number[][] = Array.from({ length: cols * rows }, () => []);
	const col = (x: number) => Math.min(cols - 1, Math.floor((x - x0) / CELL_KM));
	const row = (y: number) => Math.min(rows - 1, Math.floor((y - y0) / CELL_KM));
	for (let i = 0; i < seg.length; i += 4) {
		const [ax, ay, bx, by] = [seg[i], seg[i + 1], seg[i + 2], seg[i + 3]] as number[];
		for (let c = col(Math.min(ax!, bx!)); c <= col(Math.max(ax!, bx!)); c++)
			for (let r = row(Math.min(ay!, by!)); r <= row(Math.max(ay!, by!)); r++)
				(cells[r * cols + c] as number[]).push(i);
	}
	const land = polys.map((rings): Feature<Polygon> => {
		const geometry: Polygon = { type: 'Polygon', coordinates: rings };
		return { type: 'Feature', properties: {}, bbox: boxOf(geometry), geometry };
	});
	return { project, seg, cells, x0, y0, cols, rows, land };
}

function segmentDistance(s: Float64Array, i: number, x: number, y: number): number {
	const x1 = s[i] as number;
	const y1 = s[i + 1] as number;
	const dx = (s[i + 2] as number) - x1;
	const dy = (s[i + 3] as number) - y1;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
	return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
}

/**
 * Distance in km from a point to a coast; negative on land. Visits the index's cells in square
 * rings around the point until no unvisited cell can hold anything nearer.
 */
export function signedDistance(coast: Coast, lon: number, lat: number): number {
	const [x, y] = coast.project(lon, lat);
	const { seg, cells, cols, rows } = coast;
	const cx = Math.floor((x - coast.x0) / CELL_KM);
	const cy = Math.floor((y - coast.y0) / CELL_KM);
	const maxRing = Math.max(cx, cols - 1 - cx, cy, rows - 1 - cy);
	let best = Infinity;
	for (let ring = 0; ring <= maxRing; ring++) {
		// Every cell outside the rings seen so far is at least this far away.
		if (best <= (ring - 1) * CELL_KM) break;
		for (let r = cy - ring; r <= cy + ring; r++) {
			if (r < 0 || r >= rows) continue;
			const edgeRow = r === cy - ring || r === cy + ring;
			for (let c = cx - ring; c <= cx + ring; c += edgeRow ? 1 : 2 * ring) {
				if (c >= 0 && c < cols)
					for (const i of cells[r * cols + c] as number[]) {
						const d = segmentDistance(seg, i, x, y);
						if (d < best) best = d;
					}
				if (ring === 0) break;
			}
		}
	}
	// turf compares a feature's `bbox` with the point before it walks the rings, so the polygons far
	// from the point (most of them, for most of the calls) cost four comparisons each.
	for (const land of coast.land) if (booleanPointInPolygon([lon, lat], land)) return -best;
	return best;
}

// ---------------------------------------------------------------------------------------------
// Equidistance lines

export interface Equidistance {
	/** d(A) − d(B): negative on A's side. */
	f: (lon: number, lat: number) => number;
	/** Distance to coast A, km. */
	dA: (lon: number, lat: number) => number;
	/** The zero line across the grid, refined; starts and ends on the grid's edge. */
	line: Position[];
	/** The part of the grid nearer to A (land of A included), a polygon. */
	sideA: Feature<Polygon>;
}

/** Bisection for the zero of g on [0, 1], given g(0) < 0 <= g(1). Deterministic, ~1 mm on 1 km. */
export function zeroOf(g: (t: number) => number): number {
	let lo = 0;
	let hi = 1;
	for (let k = 0; k < 24; k++) {
		const mid = (lo + hi) / 2;
		if (g(mid) < 0) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/**
 * The equidistance line between coasts A and B inside `region`, which must hold exactly one
 * stretch of it, running from edge to edge (a build error otherwise: move the region).
 */
export function equidistance(name: string, a: Rings[], b: Rings[], region: BBox): Equidistance {
	const [w, s] = region;
	const midLat = (region[1] + region[3]) / 2;
	const project = projection((region[0] + region[2]) / 2, midLat);
	const coastA = makeCoast(a, project);
	const coastB = makeCoast(b, project);
	const f = (lon: number, lat: number) =>
		signedDistance(coastA, lon, lat) - signedDistance(coastB, lon, lat);

	const dlat = GRID_KM / (EARTH_RADIUS_KM * RAD);
	const dlon = dlat / Math.cos(midLat * RAD);
	const nx = Math.ceil((region[2] - w) / dlon) + 1;
	const ny = Math.ceil((region[3] - s) / dlat) + 1;
	const lonAt = (i: number) => w + i * dlon;
	const latAt = (j: number) => s + j * dlat;
	const e = lonAt(nx - 1);
	const n = latAt(ny - 1);
	const values = new Float64Array(nx * ny);
	const grid: Feature<Point, { f: number }>[] = [];
	for (let j = 0; j < ny; j++)
		for (let i = 0; i < nx; i++) {
			const v = f(lonAt(i), latAt(j));
			values[j * nx + i] = v;
			grid.push({
				type: 'Feature',
				properties: { f: v },
				geometry: { type: 'Point', coordinates: [lonAt(i), latAt(j)] }
			});
		}
	const traced = isolines(featureCollection(grid), [0], { zProperty: 'f' });
	const chains = traced.features.flatMap((l) => l.geometry.coordinates);
	if (chains.length !== 1)
		throw new ClaimsError(
			`${name}: the equidistance line has ${chains.length} pieces in the region ${region.join(', ')}; expected one.`
		);

	// Each traced vertex lies on a grid edge: move it onto the exact zero along that edge.
	const snap = (v: number) => {
		const r = Math.round(v);
		return Math.abs(v - r) < 1e-6 ? r : null;
	};
	const refineOnEdge = (lon0: number, lat0: number, lon1: number, lat1: number): Position => {
		const f0 = f(lon0, lat0);
		const [fromLon, fromLat, toLon, toLat] =
			f0 < 0 ? [lon0, lat0, lon1, lat1] : [lon1, lat1, lon0, lat0];
		const t = zeroOf((t) => f(fromLon + t * (toLon - fromLon), fromLat + t * (toLat - fromLat)));
		return [fromLon + t * (toLon - fromLon), fromLat + t * (toLat - fromLat)];
	};
	const refined = (chains[0] as Position[]).map(([lon, lat]) => {
		const u = ((lon as number) - w) / dlon;
		const v = ((lat as number) - s) / dlat;
		const i = snap(u);
		const j = snap(v);
		if (i !== null && j !== null) return [lonAt(i), latAt(j)];
		if (i !== null) {
			const j0 = Math.floor(v);
			return refineOnEdge(lonAt(i), latAt(j0), lonAt(i), latAt(j0 + 1));
		}
		if (j !== null) {
			const i0 = Math.floor(u);
			return refineOnEdge(lonAt(i0), latAt(j), lonAt(i0 + 1), latAt(j));
		}
		throw new ClaimsError(`${name}: a traced vertex (${lon}, ${lat}) is on no grid edge.`);
	});
	// Split chords whose midpoint strays from the line: search across the chord for the zero.
	const line: Position[] = [refined[0] as Position];
	const kmPerLon = Math.cos(midLat * RAD);
	const densify = (p: Position, q: Position, depth: number) => {
		const [px, py] = p as [number, number];
		const [qx, qy] = q as [number, number];
		const mx = (px + qx) / 2;
		const my = (py + qy) / 2;
		// Normal to the chord in degrees, as long as the chord.
		const nxd = -(qy - py) / kmPerLon;
		const nyd = (qx - px) * kmPerLon;
		const g = (t: number) => f(mx + (t - 0.5) * nxd, my + (t - 0.5) * nyd);
		const g0 = g(0);
		const g1 = g(1);
		if (depth < 6 && Math.sign(g0) !== Math.sign(g1)) {
			const t = zeroOf(g0 < 0 ? g : (x) => g(1 - x));
			const tt = g0 < 0 ? t : 1 - t;
			const m: Position = [mx + (tt - 0.5) * nxd, my + (tt - 0.5) * nyd];
			const strayKm = Math.abs(tt - 0.5) * Math.hypot(nxd * kmPerLon, nyd) * 111.195;
			if (strayKm > 0.003) {
				densify(p, m, depth + 1);
				densify(m, q, depth + 1);
				return;
			}
		}
		line.push(q);
	};
	for (let k = 1; k < refined.length; k++)
		densify(refined[k - 1] as Position, refined[k] as Position, 0);

	// Close the line along the grid's edge on A's side: walk the perimeter from the line's end to
	// its start, one way or the other, and keep the way whose polygon holds A's grid nodes.
	const gridBox: BBox = [w, s, e, n];
	const perimeterT = ([x, y]: Position): number => {
		const [gw, gs, ge, gn] = gridBox;
		if (y === gs) return ((x as number) - gw) / (ge - gw);
		if (x === ge) return 1 + ((y as number) - gs) / (gn - gs);
		if (y === gn) return 2 + (ge - (x as number)) / (ge - gw);
		if (x === gw) return 3 + (gn - (y as number)) / (gn - gs);
		throw new ClaimsError(`${name}: the equidistance line ends inside its region; enlarge it.`);
	};
	const corners: [number, Position][] = [
		[1, [e, s]],
		[2, [e, n]],
		[3, [w, n]],
		[4, [w, s]]
	];
	const start = line[0] as Position;
	const end = line[line.length - 1] as Position;
	const t0 = perimeterT(start);
	const t1 = perimeterT(end);
	const walk = (forward: boolean): Position[] => {
		const out: Position[] = [];
		if (forward) {
			const stop = t0 > t1 ? t0 : t0 + 4;
			for (const [t, c] of [
				...corners,
				...corners.map(([t, c]) => [t + 4, c] as [number, Position])
			])
				if (t > t1 && t < stop) out.push(c);
		} else {
			const stop = t0 < t1 ? t0 : t0 - 4;
			for (const [t, c] of [
				...corners.map(([t, c]) => [t - 4, c] as [number, Position]),
				...corners
			].reverse())
				if (t < t1 && t > stop) out.push(c);
		}
		return out;
	};
	// A node well inside A's side: the grid node with the lowest d(A) − d(B), off the grid's edge
	// (where the inside test is ambiguous).
	let probe: [number, number] = [NaN, NaN];
	let lowest = Infinity;
	for (let j = 1; j < ny - 1; j++)
		for (let i = 1; i < nx - 1; i++)
			if ((values[j * nx + i] as number) < lowest) {
				lowest = values[j * nx + i] as number;
				probe = [lonAt(i), latAt(j)];
			}
	const candidates = [true, false].map((forward) => {
		const ring = [...line, ...walk(forward), start];
		const side: Polygon = { type: 'Polygon', coordinates: [ring] };
		return { ring, hit: booleanPointInPolygon(probe, side) };
	});
	const chosen = candidates.filter((c) => c.hit);
	if (chosen.length !== 1)
		throw new ClaimsError(`${name}: could not tell which side of the line is nearer to A.`);
	return {
		f,
		dA: (lon, lat) => Math.abs(signedDistance(coastA, lon, lat)),
		line,
		sideA: {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [(chosen[0] as { ring: Position[] }).ring] }
		}
	};
}

/**
 * The parts of a line within `reachKm` of the coasts (as measured from A), each cut exactly at
 * that distance by bisection along the crossing segment.
 */
export function within(eq: Equidistance, reachKm: number): Position[][] {
	const pieces: Position[][] = [];
	let current: Position[] | null = null;
	const inReach = (p: Position) => eq.dA(p[0] as number, p[1] as number) <= reachKm;
	const crossing = (p: Position, q: Position): Position => {
		// p inside, q outside.
		const g = (t: number) =>
			reachKm -
			eq.dA(
				(p[0] as number) + t * ((q[0] as number) - (p[0] as number)),
				(p[1] as number) + t * ((q[1] as number) - (p[1] as number))
			);
		const t = zeroOf((t) => -g(t));
		return [
			(p[0] as number) + t * ((q[0] as number) - (p[0] as number)),
			(p[1] as number) + t * ((q[1] as number) - (p[1] as number))
		];
	};
	let prev: Position | null = null;
	let prevIn = false;
	for (const p of eq.line) {
		const pIn = inReach(p);
		if (prev) {
			if (pIn && !prevIn) current = [crossing(p, prev)];
			if (!pIn && prevIn && current) {
				current.push(crossing(prev, p));
				pieces.push(current);
				current = null;
			}
		}
		if (pIn) (current ??= []).push(p);
		prev = p;
		prevIn = pIn;
	}
	if (current && current.length > 1) pieces.push(current);
	return pieces;
}
