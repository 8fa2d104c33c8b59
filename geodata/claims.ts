// The claim overlays (static/geo/claims.geojson): who administers, who claims, the old treaty
// boundaries and the 1956 promise, all computed from the same coastlines as the islands, never
// drawn by hand. Pure: the build passes in the extract's polygons and its four island features.
//
// Method, in short:
// - Distances are measured on the sphere (R = 6371.0088 km, turf's radius) through d3-geo's
//   azimuthal equidistant projection centred on each small region, where planar distance is exact
//   to 1e-4.
// - An equidistance line between two coasts A and B is the zero line of d(A) − d(B), with d the
//   signed distance to a coast (negative on land). It is traced with turf.isolines on a ~1 km grid,
//   then every vertex is moved by bisection along its grid edge onto the exact zero, and chords are
//   split until their midpoints are within a few metres of it.
// - A territorial sea is turf.buffer of the coast by 12 nautical miles (22.224 km). Where it would
//   overlap a neighbour's sea, the side of the equidistance line nearer the neighbour is cut off.

import {
	bbox,
	bboxClip,
	bboxPolygon,
	booleanPointInPolygon,
	buffer,
	destination,
	difference,
	featureCollection,
	isolines,
	simplify
} from '@turf/turf';
import { geoAzimuthalEquidistant } from 'd3-geo';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { LANDMARKS } from '#lib/data/places.ts';
import { OVERLAYS } from '#lib/data/overlay-definitions.ts';
import { OVERLAY_TEXT } from '#lib/data/overlays.ts';
import {
	OVERLAY_IDS,
	type IslandId,
	type LngLat,
	type OverlayId,
	type SourceId
} from '#lib/data/types.ts';
import { BASEMAP_TOLERANCE, OUTPUT_PRECISION } from './config.ts';
import { roundCoords } from './lib.ts';

export const NAUTICAL_MILE_KM = 1.852;
/** The 12-nautical-mile territorial sea both states claim (UNCLOS art. 3). */
export const TERRITORIAL_SEA_KM = 12 * NAUTICAL_MILE_KM;
/**
 * How far the historical boundary lines are drawn: to 30 km from the coasts on either side, so that
 * each runs through its strait from the Sea of Okhotsk to the Pacific (about 50 and 75 km long).
 * The treaties name islands, not lines at sea: the length is a drawing choice, stated in the
 * descriptions.
 */
export const BOUNDARY_REACH_KM = 30;
/** Douglas–Peucker tolerance for the sea outlines: 0.001° is about 80–110 m here. */
export const SEA_TOLERANCE = 0.001;
/** Grid spacing for the equidistance fields, km (refined to metres afterwards). */
const GRID_KM = 1;

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/**
 * How far an equidistance grid reaches beyond the lens it must hold (0.05° of latitude), so that
 * the line leaves the lens before it meets the grid's edge.
 */
const LENS_MARGIN_KM = 0.05 * RAD * EARTH_RADIUS_KM;
/** Japan's coast is cut to the islands' box grown by this much (1° of latitude), far beyond any sea. */
const NEAR_KM = RAD * EARTH_RADIUS_KM;

export interface ClaimProperties {
	id: OverlayId;
	kind: 'area' | 'line';
	/** Short and neutral, for a legend or a list. */
	title: string;
	/** One neutral paragraph: what the shape is, on whose account, and how it was drawn. */
	description: string;
	/** [from, to]; `to` is null while it still applies. */
	years: [number, number | null];
	/** Ids of src/lib/data/sources.ts. */
	sources: SourceId[];
}

export type ClaimFeature = Feature<Polygon | MultiPolygon | LineString, ClaimProperties>;

export interface ClaimsInput {
	/** The unsimplified polygons of the coastline extract, with their country code. */
	polygons: Feature<Polygon, { A3: string }>[];
	/** The four island features of islands.geojson (id = island id). */
	islands: Feature<Polygon | MultiPolygon>[];
}

/**
 * Reference points (inside the coastline polygons) for the land the claims are measured against
 * that places.ts does not list, found by point in polygon like the islands. Points read off the
 * extract; Cape Lopatka, Kamchatka's southern tip, is in the clipped Kamchatka polygon.
 */
export const CLAIM_REFERENCE_POINTS = {
	urup: [149.9, 45.87],
	shumshu: [156.35, 50.75],
	paramushir: [155.8, 50.35],
	kamchatka: [157.0, 51.3]
} as const satisfies Record<string, LngLat>;

type BBox = [number, number, number, number];
type Rings = Position[][];
type Project = (lon: number, lat: number) => [number, number];

export class ClaimsError extends Error {}

// ---------------------------------------------------------------------------------------------
// Distances

/** d3-geo's azimuthal equidistant projection in km, centred on (lon0, lat0); y grows southward. */
function projection(lon0: number, lat0: number): Project {
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

interface Coast {
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
function makeCoast(polys: Rings[], project: Project): Coast {
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
function signedDistance(coast: Coast, lon: number, lat: number): number {
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

interface Equidistance {
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
function zeroOf(g: (t: number) => number): number {
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
function equidistance(name: string, a: Rings[], b: Rings[], region: BBox): Equidistance {
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
function within(eq: Equidistance, reachKm: number): Position[][] {
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

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function ringsOf(g: Polygon | MultiPolygon): Rings[] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** turf's bbox of 2-D geometry: always four numbers. */
function boxOf(geojson: Feature | Geometry): BBox {
	return bbox(geojson) as BBox;
}

function multi(polys: Rings[]): Feature<MultiPolygon> {
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPolygon', coordinates: polys }
	};
}

/** The area within `km` of the polygons; arcs get 16 segments a quadrant (27 m inside the circle). */
function bufferKm(polys: Rings[], km: number): Feature<Polygon | MultiPolygon> {
	const out = buffer(multi(polys), km, { units: 'kilometers', steps: 16 });
	if (!out) throw new ClaimsError('buffer gave no geometry');
	return out;
}

function minus(
	a: Feature<Polygon | MultiPolygon>,
	...cut: Feature<Polygon | MultiPolygon>[]
): Feature<Polygon | MultiPolygon> {
	let out = a;
	for (const c of cut) {
		const d = difference(featureCollection([out, c]));
		if (!d) throw new ClaimsError('a claim area was cut away entirely');
		out = d;
	}
	return out;
}

/** `box` grown by `km` on every side, east and west along its middle parallel. */
function grow([w, s, e, n]: BBox, km: number): BBox {
	const mid = (s + n) / 2;
	const to = (lon: number, lat: number, bearing: number) =>
		destination([lon, lat], km, bearing, { units: 'kilometers' }).geometry.coordinates;
	return [to(w, mid, -90)[0], to(w, s, 180)[1], to(e, mid, 90)[0], to(e, n, 0)[1]] as BBox;
}

/**
 * A box holding every point within `km` of both coasts: the overlap of the coasts' boxes, each
 * grown by `km`, with a margin so that the line leaves the overlap before it meets the grid's edge.
 */
function lensBox(a: Rings[], b: Rings[], km: number): BBox {
	const reach = km + LENS_MARGIN_KM;
	const box = boxOf(
		bboxClip(bboxPolygon(grow(boxOf(multi(a)), reach)), grow(boxOf(multi(b)), reach))
	);
	// An empty overlap clips to no ring, whose box is [Infinity, Infinity, -Infinity, -Infinity].
	if (!(box[0] < box[2] && box[1] < box[3])) throw new ClaimsError(`no overlap within ${km} km`);
	return box;
}

/** Rounds to the output precision and drops the repeated positions that rounding makes. */
function tidyRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of roundCoords(ring, OUTPUT_PRECISION)) {
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

function tidyArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const polys = ringsOf(g)
		.filter((rings) => tidyRing(rings[0] as Position[]).length >= 4)
		.map((rings) => rings.map(tidyRing).filter((r) => r.length >= 4));
	return polys.length === 1
		? { type: 'Polygon', coordinates: polys[0] as Rings }
		: { type: 'MultiPolygon', coordinates: polys };
}

/** Orders a line from the Sea of Okhotsk (north-west) end to the Pacific (south-east) end. */
function okhotskFirst(line: Position[]): Position[] {
	const score = ([lon, lat]: Position) => (lon as number) - (lat as number);
	return score(line[0] as Position) <= score(line[line.length - 1] as Position)
		? line
		: [...line].reverse();
}

function onePiece(name: string, pieces: Position[][]): Position[] {
	if (pieces.length !== 1)
		throw new ClaimsError(`${name}: expected one stretch of line, found ${pieces.length}.`);
	return okhotskFirst(pieces[0] as Position[]);
}

// ---------------------------------------------------------------------------------------------
// The claims

function polygonAt(
	polygons: ClaimsInput['polygons'],
	name: string,
	[lon, lat]: readonly number[]
): Rings {
	const hits = polygons.filter((p) => booleanPointInPolygon([lon as number, lat as number], p));
	if (hits.length !== 1)
		throw new ClaimsError(
			`geodata/claims.ts: the reference point of "${name}" (${lon}, ${lat}) lies in ${hits.length} coastline polygons; it must lie in exactly one.`
		);
	return (hits[0] as Feature<Polygon>).geometry.coordinates;
}

export function buildClaims(
	input: ClaimsInput
): FeatureCollection<Polygon | MultiPolygon | LineString, ClaimProperties> {
	const island = (id: IslandId) => {
		const f = input.islands.find((x) => x.id === id);
		if (!f) throw new ClaimsError(`the island feature "${id}" is missing`);
		return ringsOf(f.geometry);
	};
	const islands = (['iturup', 'kunashir', 'shikotan', 'habomai'] as const).flatMap(island);

	// Japan's coast: Hokkaido (which must be in the extract) with every Japanese islet of the
	// extract, Yururi and Moyururi among them.
	const hokkaidoPoint = (LANDMARKS.find((l) => l.id === 'hokkaido') as { point: LngLat }).point;
	polygonAt(input.polygons, 'hokkaido', hokkaidoPoint);
	const japan = input.polygons
		.filter((p) => p.properties.A3 === 'JPN')
		.map((p) => p.geometry.coordinates);
	const urup = [polygonAt(input.polygons, 'urup', CLAIM_REFERENCE_POINTS.urup)];
	const kurilsNorth = [
		polygonAt(input.polygons, 'shumshu', CLAIM_REFERENCE_POINTS.shumshu),
		polygonAt(input.polygons, 'paramushir', CLAIM_REFERENCE_POINTS.paramushir)
	];
	const kamchatka = [polygonAt(input.polygons, 'kamchatka', CLAIM_REFERENCE_POINTS.kamchatka)];

	// Japan near the islands only, for the buffers and the field (the polygon reaches 141.5°E).
	const near = grow(boxOf(multi(islands)), NEAR_KM);
	const clipNear = (polys: Rings[]) =>
		polys
			.map((rings) => bboxClip({ type: 'Polygon', coordinates: rings }, near).geometry)
			.flatMap((g) => ringsOf(g as Polygon | MultiPolygon))
			.filter((rings) => (rings[0]?.length ?? 0) >= 4);
	const japanNear = clipNear(japan);

	const median = equidistance(
		'median-line',
		japanNear,
		islands,
		lensBox(japanNear, islands, TERRITORIAL_SEA_KM)
	);
	const vries = equidistance(
		'border-1855',
		urup,
		island('iturup'),
		lensBox(urup, island('iturup'), BOUNDARY_REACH_KM)
	);
	const lopatka = equidistance(
		'border-1875',
		kamchatka,
		kurilsNorth,
		lensBox(kamchatka, kurilsNorth, BOUNDARY_REACH_KM)
	);

	// The islands' sea, simplified at about 100 m before it is cut, so that the cuts stay exact.
	const sea = simplify(bufferKm(islands, TERRITORIAL_SEA_KM), {
		tolerance: SEA_TOLERANCE,
		highQuality: true
	});
	const administered = minus(sea, median.sideA, vries.sideA);
	// Japan's drawing: only Hokkaido's land comes off, simplified exactly as build.ts simplifies it
	// for land.geojson (whole polygons, then clipped), so that the edges meet the drawn coast.
	const hokkaidoLand = clipNear(
		japan.map(
			(rings) =>
				simplify({ type: 'Polygon', coordinates: rings } as Polygon, {
					tolerance: BASEMAP_TOLERANCE,
					highQuality: true
				}).coordinates
		)
	);
	const claimed = minus(sea, multi(hokkaidoLand), vries.sideA);
	const transfer = multi([...island('shikotan'), ...island('habomai')]);

	const geometries: Record<OverlayId, Polygon | MultiPolygon | LineString> = {
		'ru-administered': tidyArea(administered.geometry),
		'jp-claimed': tidyArea(claimed.geometry),
		'transfer-1956': tidyArea(transfer.geometry),
		'median-line': {
			type: 'LineString',
			coordinates: tidyRing(onePiece('median-line', within(median, TERRITORIAL_SEA_KM)))
		},
		'border-1855': {
			type: 'LineString',
			coordinates: tidyRing(onePiece('border-1855', within(vries, BOUNDARY_REACH_KM)))
		},
		'border-1875': {
			type: 'LineString',
			coordinates: tidyRing(onePiece('border-1875', within(lopatka, BOUNDARY_REACH_KM)))
		}
	};
	return {
		type: 'FeatureCollection',
		features: OVERLAY_IDS.map((id) => ({
			type: 'Feature',
			id,
			properties: {
				id,
				kind: OVERLAYS[id].kind,
				years: OVERLAYS[id].years,
				...OVERLAY_TEXT[OVERLAYS[id].text]
			},
			geometry: geometries[id]
		}))
	};
}
