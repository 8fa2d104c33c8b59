// `npm run svg-map` (run by `dev` and `build`, after the geodata): the shapes of the server-rendered
// SVG map, projected to Web Mercator units (src/lib/map/svg/projection.ts), simplified for display
// and written as path data. Every shape, which pages draw alike but for colours (the context, the
// countries' coasts, the overlays' claim areas and lines, the islands), goes to
// src/lib/map/svg/still.generated.svg, which the pages reference with <use> and the build emits under
// a content-hashed name (a cached file, not the same 32 KB in every page's HTML); the label anchors,
// the countries' names and the islands' path data (for the nearest-island tap) go to
// src/lib/map/svg/shapes.generated.ts. The inputs are the very files MapLibre draws
// (static/geo/*.geojson), so the two maps show the same coasts and claims.
// Deterministic: the same geodata gives byte-identical output, which a unit test checks.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bboxClip, bboxPolygon, difference, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { ISLAND_IDS, isIslandId, isOverlayId, type OverlayId } from '../../src/lib/data/types.ts';
import { pathData, project, type Ring } from '../../src/lib/map/svg/projection.ts';
import { GRID, sharedId, type SvgShapes } from '../../src/lib/map/svg/types.ts';
import { EXTRACT_BBOX } from '../../geodata/config.ts';
import { ringArea, simplifyLine, simplifyRing } from './simplify.ts';

/**
 * Douglas–Peucker tolerances in units (one unit is a pixel at zoom 12, see projection.ts). The
 * islands are framed up to about zoom 9.5 on a wide screen, so they keep detail to a third of a
 * pixel there; the land around them to about a pixel at zoom 9, the far context to zoom 5.
 */
export const TOLERANCE = { islands: 2, claims: 6, land: 10, farLand: 40, context: 128 } as const;

/**
 * Land touching this box (the four islands, eastern Hokkaido, Urup's tip) is seen at island zooms
 * and keeps the finer tolerance; the rest of the chain is only seen on the timeline's wide steps.
 */
const NEAR_WINDOW: [number, number, number, number] = [143.5, 42.3, 150.5, 46.5];

/** Rings smaller than this (square units) are dropped from the land: a pixel at zoom 8.5. */
const MIN_LAND_AREA = 120;

/**
 * The small-scale context is cut to the region any framing can show: the widest timeline step
 * (the whole Kuril chain) with a side panel's width to spare on either side.
 */
const CONTEXT_WINDOW: [number, number, number, number] = [128, 36, 172, 58];

type Collection = FeatureCollection<Geometry, Record<string, unknown>>;

function polygons(geometry: Geometry): Position[][][] {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

function lines(geometry: Geometry): Position[][] {
	if (geometry.type === 'LineString') return [geometry.coordinates];
	if (geometry.type === 'MultiLineString') return geometry.coordinates;
	return [];
}

function touches(geometry: Geometry, [w, s, e, n]: [number, number, number, number]): boolean {
	return polygons(geometry).some((polygon) =>
		(polygon[0] ?? []).some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n)
	);
}

function projectRing(ring: Position[]): Ring {
	return ring.map((p) => project(p));
}

/** Closed rings as path data, in multiples of `grid` units (see GRID). */
function areaPath(features: Feature<Geometry>[], tolerance: number, minArea = 0, grid = 1): string {
	const rings: Ring[] = [];
	for (const f of features)
		for (const polygon of polygons(f.geometry))
			for (const ring of polygon) {
				const simple = simplifyRing(projectRing(ring), tolerance, grid);
				if (simple && Math.abs(ringArea(simple)) * grid ** 2 >= minArea) rings.push(simple);
			}
	return pathData(rings, true);
}

function linePath(features: Feature<Geometry>[], tolerance: number): string {
	const parts: Ring[] = [];
	for (const f of features)
		for (const line of lines(f.geometry)) {
			const simple = simplifyLine(projectRing(line), tolerance).map(
				([x, y]) => [Math.round(x), Math.round(y)] as [number, number]
			);
			if (simple.length >= 2) parts.push(simple);
		}
	return pathData(parts, false);
}

/** Everything the still map draws: what the shared file holds, and what the module holds. */
export type BuiltShapes = Omit<SvgShapes, 'land'> & {
	/** Claim areas (closed) and lines (open), by overlay. */
	claims: Record<OverlayId, { kind: 'area' | 'line'; d: string }>;
	/** Small-scale land (Natural Earth) under everything, as MapLibre's context layer; in GRID.context units. */
	context: string;
	/** The coastline extract's land (not the disputed islands), by country; in GRID.land units. */
	land: Record<string, string>;
};

export function buildShapes(geoDir: string): BuiltShapes {
	const read = (name: string) =>
		JSON.parse(readFileSync(join(geoDir, `${name}.geojson`), 'utf8')) as Collection;

	// Inside the extract's box the extract draws every coast; the coarse context would only blur
	// the real coastline at island zooms.
	const hole = bboxPolygon(EXTRACT_BBOX);
	const context = read('context').features.flatMap((f) => {
		const clipped = bboxClip(f as never, CONTEXT_WINDOW);
		if (!polygons(clipped.geometry).length) return [];
		const rest = difference(featureCollection([clipped as never, hole]));
		return rest ? [rest as Feature<Geometry>] : [];
	});

	const near: Record<string, Feature<Geometry>[]> = {};
	const far: Record<string, Feature<Geometry>[]> = {};
	for (const f of read('land').features) {
		const country = String(f.properties?.country ?? 'other');
		const group = touches(f.geometry, NEAR_WINDOW) ? near : far;
		(group[country] ??= []).push(f);
	}
	const countries = [...new Set([...Object.keys(near), ...Object.keys(far)])].sort();

	const islandFeatures = read('islands').features;
	const islands = {} as BuiltShapes['islands'];
	for (const id of ISLAND_IDS) {
		const f = islandFeatures.find((g) => g.properties?.id === id);
		if (!f) throw new Error(`static/geo/islands.geojson has no island "${id}"`);
		// Every islet counts, however small: Habomai is a group of them.
		islands[id] = areaPath([f], TOLERANCE.islands);
	}

	const claims = {} as BuiltShapes['claims'];
	for (const f of read('claims').features) {
		const id = f.properties?.id;
		if (!isOverlayId(id)) throw new Error(`static/geo/claims.geojson: unknown overlay "${id}"`);
		const area = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
		claims[id as OverlayId] = area
			? { kind: 'area', d: areaPath([f], TOLERANCE.claims) }
			: { kind: 'line', d: linePath([f], TOLERANCE.claims) };
	}

	// Island and region names: the labels the map shows at the zooms the SVG is seen at.
	const labels = read('labels')
		.features.filter((f) => f.properties?.kind === 'island' || f.properties?.kind === 'region')
		.map((f) => {
			const [x, y] = project((f.geometry as { coordinates: Position }).coordinates);
			return {
				id: String(f.properties?.id),
				kind: String(f.properties?.kind),
				x: Math.round(x),
				y: Math.round(y)
			};
		});
	for (const l of labels)
		if (l.kind === 'island' && !isIslandId(l.id))
			throw new Error(`static/geo/labels.geojson: unknown island "${l.id}"`);

	return {
		context: areaPath(context, TOLERANCE.context, MIN_LAND_AREA, GRID.context),
		land: Object.fromEntries(
			countries.map((k) => [
				k,
				areaPath(near[k] ?? [], TOLERANCE.land, MIN_LAND_AREA, GRID.land) +
					areaPath(far[k] ?? [], TOLERANCE.farLand, MIN_LAND_AREA, GRID.land)
			])
		),
		islands,
		claims,
		labels
	};
}

export function renderModule({ land, islands, labels }: BuiltShapes): string {
	const shapes: SvgShapes = { land: Object.keys(land), islands, labels };
	return `// Generated by scripts/svg-map/build.ts (npm run svg-map) from static/geo/*.geojson. Do not edit:
// change the geodata or the script and run it again.
import type { SvgShapes } from './types.ts';

export const SVG_SHAPES: SvgShapes = ${JSON.stringify(shapes, null, '\t')};
`;
}

/**
 * The shared file: one path per shape, found by its id (sharedId). What must hold inside the <use>
 * copy is on the path itself: the grid's scale, the fill rule, and vector-effect (not inherited, so a
 * <use> could not set it); the colours and widths come from each page's <use>, which they inherit.
 */
export function renderSharedSvg({ context, land, claims, islands }: BuiltShapes): string {
	const paths = [
		`<path id="${sharedId('context')}" transform="scale(${GRID.context})" d="${context}"/>`,
		...Object.entries(land).map(
			([country, d]) =>
				`<path id="${sharedId('land', country)}" transform="scale(${GRID.land})" fill-rule="evenodd" vector-effect="non-scaling-stroke" d="${d}"/>`
		),
		// An area's hatch comes from the page (its pattern is anchored at the page's view), through
		// the <use>'s fill; a line's dashes from the <use>'s stroke.
		...Object.entries(claims).map(
			([id, { kind, d }]) =>
				`<path id="${sharedId('claim', id)}"${kind === 'area' ? ' fill-rule="evenodd"' : ''} vector-effect="non-scaling-stroke" d="${d}"/>`
		),
		...Object.entries(islands).map(
			([id, d]) =>
				`<path id="${sharedId('island', id)}" fill-rule="evenodd" vector-effect="non-scaling-stroke" d="${d}"/>`
		)
	];
	return `<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Generated by scripts/svg-map/build.ts (npm run svg-map) from static/geo/*.geojson: the still map's shapes, drawn by <use> in src/lib/map/svg/SvgMap.svelte. -->\n${paths.join('\n')}\n</svg>\n`;
}

export const OUT = {
	module: 'src/lib/map/svg/shapes.generated.ts',
	shared: 'src/lib/map/svg/still.generated.svg'
} as const;

export function writeShapes(root: string) {
	const built = buildShapes(join(root, 'static/geo'));
	return Object.entries({ module: renderModule(built), shared: renderSharedSvg(built) }).map(
		([kind, text]) => {
			const path = OUT[kind as keyof typeof OUT];
			writeFileSync(join(root, path), text);
			return { path, bytes: Buffer.byteLength(text) };
		}
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = new URL('../..', import.meta.url).pathname;
	for (const { path, bytes } of writeShapes(root))
		console.log(`svg-map: ${path} ${(bytes / 1024).toFixed(1)} KB`);
}
