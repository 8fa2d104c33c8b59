// `npm run geodata` (also the first step of `npm run build`): from the committed coastline extract
// and the project's place data to everything the app draws. Deterministic: the same inputs give
// byte-identical files, which a unit test checks. Run with Node 24 (type stripping), no bundler.
//
// Writes:
//   static/geo/islands.geojson   the four disputed island groups, identified by reference points
//   static/geo/land.geojson      the land around them (simplified), Hokkaido to Kamchatka
//   static/geo/context.geojson   Natural Earth 50m land beyond the extract, for small scales
//   static/geo/graticule.geojson 1° lines
//   static/geo/labels.geojson    label points from src/lib/data/places.ts (Kaigara among them), with
//                                each language's label text in each name order (src/lib/data/names.ts)
//   static/geo/claims.geojson    claim areas and boundary lines, computed in claims.ts
//   static/fonts/*               the Noto Sans JP faces the pages need (geodata/fonts.ts), with
//                                src/lib/data/fonts.generated.css declaring them
//   src/lib/data/geodata.generated.ts  computed areas, bounds and distances for server-rendered HTML

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	area,
	bbox,
	bboxClip,
	bboxPolygon,
	booleanPointInPolygon,
	difference,
	featureCollection,
	simplify
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import {
	ALL_PLACES,
	ISLANDS,
	ISLETS,
	LANDMARKS,
	UNDISPUTED_ISLETS,
	type Place
} from '#lib/data/places.ts';
import { labelLeads, labelLines, labelProperty } from '#lib/data/names.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { LOCALES } from '#lib/i18n/locale.ts';
import { BASEMAP_TOLERANCE, CONTEXT_BBOX, EXTRACT_BBOX, OUTPUT_PRECISION } from './config.ts';
import { distanceKm, minGapKm, pointToPolygonKm, roundCoords, stableStringify } from './lib.ts';
import { FACES, buildFonts } from './fonts.ts';
import { buildClaims, ClaimsError } from './claims.ts';

export interface BuildOptions {
	root: string;
	/** Where static files go; the tests build into a temporary folder. */
	staticDir: string;
	generatedModule: string;
	/** Defaults to geodata/source/coastline-extract.geojson under root. */
	extractPath?: string;
	log?: (line: string) => void;
}

type Poly = Feature<Polygon, { A3: string; clipped: boolean }>;

export class GeodataError extends Error {}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function polygonArea(rings: Position[][]): number {
	return area({ type: 'Polygon', coordinates: rings }) / 1e6;
}

/** Finds the one extract polygon a place's reference point lies in; anything else is a build error. */
function polygonFor(place: Place, polys: Poly[]): number {
	const hits = polys.flatMap((p, i) => (booleanPointInPolygon([...place.point], p) ? [i] : []));
	if (hits.length !== 1) {
		throw new GeodataError(
			`src/lib/data/places.ts: the reference point of "${place.id}" (${place.point.join(', ')}) lies in ${hits.length} coastline polygons of the extract; it must lie in exactly one. Move the point inside the island's outline, or check the extract.`
		);
	}
	return hits[0] as number;
}

function placeNames(p: Place) {
	return {
		enRu: p.names.enRu,
		enJa: p.names.enJa,
		ja: p.names.ja?.kanji ?? null,
		jaRomaji: p.names.ja?.romaji ?? null,
		ru: p.names.ru?.cyrillic ?? null,
		ruLatin: p.names.ru?.latin ?? null
	};
}

function round(v: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(v * f) / f;
}

/** turf's bbox of the polygons, rounded as the generated module writes it. */
function bboxOfRings(polys: Position[][][]): [number, number, number, number] {
	const [w, s, e, n] = bbox({ type: 'MultiPolygon', coordinates: polys });
	return [round(w, 4), round(s, 4), round(e, 4), round(n, 4)];
}

export function buildGeodata(opts: BuildOptions): Record<string, number> {
	const log = opts.log ?? console.log;
	const extractPath =
		opts.extractPath ?? join(opts.root, 'geodata/source/coastline-extract.geojson');
	const extract =
		readJson<FeatureCollection<Polygon, { A3: string; clipped: boolean }>>(extractPath);
	if (extract?.type !== 'FeatureCollection' || !Array.isArray(extract.features))
		throw new GeodataError(`${extractPath}: not a GeoJSON FeatureCollection.`);
	extract.features.forEach((f, i) => {
		if (f?.geometry?.type !== 'Polygon')
			throw new GeodataError(
				`${extractPath}: feature ${i} is a ${f?.geometry?.type ?? 'missing geometry'}, expected a Polygon.`
			);
	});
	const polys = extract.features as Poly[];
	const used = new Map<number, string>();
	const claim = (i: number, by: string) => {
		const prev = used.get(i);
		if (prev)
			throw new GeodataError(
				`Coastline polygon ${i} is claimed by both "${prev}" and "${by}" in src/lib/data/places.ts.`
			);
		used.set(i, by);
	};

	// Islands: each island's own polygon (unless it is a group) plus its islets, by reference point.
	const islandFeatures: Feature<Polygon | MultiPolygon>[] = [];
	const generated: Record<string, unknown> = {};
	for (const id of ISLAND_IDS) {
		const island = ISLANDS[id];
		const members = [
			...(island.group ? [] : [island]),
			...ISLETS.filter((i) => i.island === id && !i.pointOnly)
		];
		const parts = members.map((m) => {
			const index = polygonFor(m, polys);
			claim(index, m.id);
			const rings = (polys[index] as Poly).geometry.coordinates;
			return { place: m, rings, areaKm2: polygonArea(rings) };
		});
		parts.sort((a, b) => b.areaKm2 - a.areaKm2 || a.place.id.localeCompare(b.place.id));
		const coords = parts.map((p) => roundCoords(p.rings, OUTPUT_PRECISION));
		const areaKm2 = parts.reduce((s, p) => s + p.areaKm2, 0);
		islandFeatures.push({
			type: 'Feature',
			id,
			properties: {
				id,
				...placeNames(island),
				areaKm2: round(areaKm2),
				parts: parts.map((p) => ({
					id: p.place.id,
					...placeNames(p.place),
					areaKm2: round(p.areaKm2)
				})),
				labelPoint: island.point
			},
			geometry:
				coords.length === 1
					? { type: 'Polygon', coordinates: coords[0] as Position[][] }
					: { type: 'MultiPolygon', coordinates: coords }
		});
		generated[id] = {
			areaKm2: round(areaKm2),
			parts: parts.map((p) => ({ id: p.place.id, areaKm2: round(p.areaKm2) })),
			bbox: bboxOfRings(coords),
			labelPoint: island.point
		};
	}

	// The undisputed Japanese islets must resolve to polygons of their own, outside every island.
	for (const islet of UNDISPUTED_ISLETS) {
		const index = polygonFor(islet, polys);
		if (used.has(index))
			throw new GeodataError(
				`"${islet.id}" resolves to a polygon already used by "${used.get(index)}".`
			);
	}

	// Land: everything in the extract that is not one of the four island groups.
	const land: Feature<Polygon>[] = [];
	polys.forEach((p, i) => {
		if (used.has(i)) return;
		const simple = simplify(p, { tolerance: BASEMAP_TOLERANCE, highQuality: true, mutate: false });
		land.push({
			type: 'Feature',
			properties: { country: p.properties.A3 },
			geometry: {
				type: 'Polygon',
				coordinates: roundCoords(simple.geometry.coordinates, OUTPUT_PRECISION)
			}
		});
	});

	// Distances computed from the geodata, shown beside the official figures.
	const hokkaido = polys.reduce((best, p) =>
		p.properties.A3 === 'JPN' && area(p) > area(best) ? p : best
	);
	const nosappu = LANDMARKS.find((l) => l.id === 'cape-nosappu') as Place;
	const kaigara = ISLETS.find((l) => l.id === 'kaigara') as Place;
	const ringsOf = (id: IslandId) => {
		const g = islandFeatures.find((f) => f.id === id)?.geometry as Polygon | MultiPolygon;
		return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	};
	const distances: Record<IslandId, { km: number; from: string; to: string }> = {
		iturup: {
			km: round(pointToPolygonKm(nosappu.point, ringsOf('iturup')), 1),
			from: 'cape-nosappu',
			to: 'iturup'
		},
		kunashir: {
			km: round(minGapKm(hokkaido.geometry.coordinates, ringsOf('kunashir')), 1),
			from: 'hokkaido-coast',
			to: 'kunashir'
		},
		shikotan: {
			km: round(pointToPolygonKm(nosappu.point, ringsOf('shikotan')), 1),
			from: 'cape-nosappu',
			to: 'shikotan'
		},
		habomai: {
			km: round(distanceKm(nosappu.point, kaigara.point), 1),
			from: 'cape-nosappu',
			to: 'kaigara'
		}
	};
	for (const id of ISLAND_IDS) (generated[id] as Record<string, unknown>).distance = distances[id];

	// Context: Natural Earth 50m land outside the extract, so the two layers tile without ghost coasts.
	const topo = readJson<Topology<{ land: GeometryCollection }>>(
		join(opts.root, 'node_modules/world-atlas/land-50m.json')
	);
	const ne = topoFeature(topo, topo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
	const hole = bboxPolygon(EXTRACT_BBOX);
	const context: Feature<Polygon>[] = [];
	for (const f of ne.features) {
		const clipped = bboxClip(f, CONTEXT_BBOX).geometry as Polygon | MultiPolygon;
		const pieces = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
		for (const rings of pieces) {
			if (!rings[0] || rings[0].length < 4) continue;
			const cut = difference(
				featureCollection([
					{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
					hole
				])
			);
			if (!cut) continue;
			const g = cut.geometry as Polygon | MultiPolygon;
			for (const piece of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
				const simple = simplify({ type: 'Polygon', coordinates: piece } as Polygon, {
					tolerance: 0.01,
					highQuality: true
				});
				if (simple.coordinates[0] && simple.coordinates[0].length >= 4)
					context.push({
						type: 'Feature',
						properties: {},
						geometry: { type: 'Polygon', coordinates: roundCoords(simple.coordinates, 3) }
					});
			}
		}
	}

	const labels: Feature<Point>[] = ALL_PLACES.filter(
		(p) => !(p.kind === 'islet' && p.sources.length === 0)
	).map((p) => ({
		type: 'Feature',
		properties: {
			id: p.id,
			kind: p.kind,
			island: p.island ?? null,
			...placeNames(p),
			// Each language's label in each name order, written out here so the map's style only
			// picks one.
			...Object.fromEntries(
				LOCALES.flatMap((locale) =>
					labelLeads(locale).map((lead) => [
						labelProperty(lead, locale),
						labelLines(p, lead, locale).join('\n')
					])
				)
			),
			minzoom: p.minzoom ?? (p.kind === 'island' ? 0 : p.kind === 'islet' ? 8 : 6)
		},
		geometry: { type: 'Point', coordinates: [...p.point] }
	}));

	const geoDir = join(opts.staticDir, 'geo');
	mkdirSync(geoDir, { recursive: true });
	const sizes: Record<string, number> = {};
	const write = (path: string, text: string) => {
		writeFileSync(path, text);
		sizes[path.slice(opts.root.length).replace(/^\//, '')] = Buffer.byteLength(text);
	};
	const fc = (features: Feature[]) =>
		stableStringify({ type: 'FeatureCollection', features }) + '\n';
	write(join(geoDir, 'islands.geojson'), fc(islandFeatures));
	write(join(geoDir, 'land.geojson'), fc(land));
	write(join(geoDir, 'context.geojson'), fc(context));
	write(join(geoDir, 'graticule.geojson'), fc(graticule()));
	write(join(geoDir, 'labels.geojson'), fc(labels));
	const claims = buildClaims({ polygons: polys, islands: islandFeatures }).features;
	write(join(geoDir, 'claims.geojson'), fc(claims));
	// The legend's text is rendered on the server, so it must not wait for the GeoJSON download.
	const claimsInfo = claims.map(({ properties: p }) => ({
		id: p.id,
		kind: p.kind,
		title: p.title,
		description: p.description,
		years: p.years,
		sources: p.sources
	}));

	write(
		opts.generatedModule,
		[
			'// Generated by geodata/build.ts (npm run geodata) from geodata/source/coastline-extract.geojson',
			'// and src/lib/data/places.ts. Do not edit: change the inputs and run the build again.',
			"import type { IslandGeo, FontFaceFile, OverlayInfo } from './geodata-types.ts';",
			'',
			`export const ISLAND_GEO: Record<string, IslandGeo> = ${JSON.stringify(JSON.parse(stableStringify(generated)), null, '\t')};`,
			'',
			`export const FONT_FACES: FontFaceFile[] = ${JSON.stringify(
				FACES.filter((f) => f.preload).map(({ file, display }) => ({ file, display })),
				null,
				'\t'
			)};`,
			'',
			`export const CLAIMS: OverlayInfo[] = ${JSON.stringify(claimsInfo, null, '\t')};`,
			''
		].join('\n')
	);
	for (const [file, bytes] of Object.entries(sizes)) log(`${file}: ${bytes} bytes`);
	return sizes;
}

/**
 * 1° meridians and parallels over the region the map shows; every fifth degree is major. Each line
 * is its two ends: in Web Mercator, the only projection the map draws in, meridians and parallels
 * are straight, and points between the ends only gave MapLibre's worker more to tile.
 */
function graticule(): Feature<LineString>[] {
	const lines: Feature<LineString>[] = [];
	const [w, s, e, n] = [130, 35, 165, 60];
	for (let lon = w; lon <= e; lon++)
		lines.push({
			type: 'Feature',
			properties: { kind: 'meridian', deg: lon, major: lon % 5 === 0 },
			geometry: {
				type: 'LineString',
				coordinates: [
					[lon, s],
					[lon, n]
				]
			}
		});
	for (let lat = s; lat <= n; lat++)
		lines.push({
			type: 'Feature',
			properties: { kind: 'parallel', deg: lat, major: lat % 5 === 0 },
			geometry: {
				type: 'LineString',
				coordinates: [
					[w, lat],
					[e, lat]
				]
			}
		});
	return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = new URL('..', import.meta.url).pathname;
	try {
		buildGeodata({
			root,
			staticDir: join(root, 'static'),
			generatedModule: join(root, 'src/lib/data/geodata.generated.ts')
		});
		// After the data: the font is cut to the characters the data (and the UI) can show.
		for (const face of await buildFonts(root, join(root, 'static/fonts')))
			console.log(`static/fonts/${face.file}: ${face.characters} characters, ${face.bytes} bytes`);
	} catch (err) {
		if (err instanceof GeodataError || err instanceof ClaimsError) {
			console.error(`geodata build failed: ${err.message}`);
			process.exit(1);
		}
		throw err;
	}
}
