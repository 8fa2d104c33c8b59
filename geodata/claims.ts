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
	bboxClip,
	bboxPolygon,
	booleanPointInPolygon,
	buffer,
	destination,
	difference,
	featureCollection,
	simplify
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
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
import {
	ClaimsError,
	boxOf,
	equidistance,
	within,
	EARTH_RADIUS_KM,
	RAD,
	type BBox,
	type Rings
} from './equidistance.ts';

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

export { ClaimsError };

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function ringsOf(g: Polygon | MultiPolygon): Rings[] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** turf's bbox of 2-D geometry: always four numbers. */
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
