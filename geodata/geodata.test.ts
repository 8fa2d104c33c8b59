// The geodata the app draws: four island groups from real coastlines, their areas against the
// official figures, the distances readers check, and a deterministic build.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeodata, GeodataError } from './build.ts';
import { distanceKm, minGapKm } from './lib.ts';
import { ISLAND_FACTS } from '#lib/data/island-facts.ts';
import { ISLANDS, ISLETS, LANDMARKS, UNDISPUTED_ISLETS } from '#lib/data/places.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';

const root = new URL('..', import.meta.url).pathname;
/**
 * Time limits, not estimates. The build takes a few seconds of CPU and each test a fraction of one,
 * but the machine may be shared many times over, so no test leans on Vitest's 5 s default.
 */
const BUILD_TIMEOUT = 180_000;
const GEOMETRY_TIMEOUT = 60_000;
type IslandFeature = Feature<
	Polygon | MultiPolygon,
	{
		id: string;
		areaKm2: number;
		parts: { id: string; areaKm2: number; enJa: string; enRu: string }[];
	}
>;

function freshBuild(extractPath?: string) {
	const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	buildGeodata({
		root,
		staticDir: dir,
		generatedModule: join(dir, 'geodata.generated.ts'),
		extractPath,
		log: () => {}
	});
	return dir;
}

function polygonsOf(f: IslandFeature): Position[][][] {
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

let out: string;
let islands: FeatureCollection<Polygon | MultiPolygon>;
let byId: Record<string, IslandFeature>;

beforeAll(() => {
	out = freshBuild();
	islands = JSON.parse(readFileSync(join(out, 'geo/islands.geojson'), 'utf8'));
	byId = Object.fromEntries(islands.features.map((f) => [String(f.id), f as IslandFeature]));
}, BUILD_TIMEOUT);

describe('islands.geojson', { timeout: GEOMETRY_TIMEOUT }, () => {
	it('has exactly the four island groups, by id', () => {
		expect(islands.features.map((f) => f.id).sort()).toEqual([...ISLAND_IDS].sort());
	});

	it('has valid geometry: closed rings of four or more positions, no self-intersections', () => {
		for (const f of Object.values(byId)) {
			for (const rings of polygonsOf(f)) {
				for (const ring of rings) {
					expect(ring.length, `${f.id} ring length`).toBeGreaterThanOrEqual(4);
					expect(ring[0], `${f.id} ring closed`).toEqual(ring[ring.length - 1]);
					for (const [x, y] of ring as [number, number][]) {
						expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
					}
				}
				const k = kinks({ type: 'Polygon', coordinates: rings });
				expect(k.features, `${f.id} self-intersections`).toHaveLength(0);
			}
		}
	});

	it.each([
		['iturup', 0.01],
		['kunashir', 0.01],
		['shikotan', 0.01],
		['habomai', 0.04]
	] as const)(
		'%s: computed area within %f of the official Japanese (GSI) figure',
		(id, tolerance) => {
			const official = ISLAND_FACTS[id].referenceArea.value;
			// Shikotan's GSI R3 figure counts the main island; the feature also holds two islets.
			const feature = byId[id] as IslandFeature;
			const polys =
				id === 'shikotan' ? [polygonsOf(feature)[0] as Position[][]] : polygonsOf(feature);
			const km2 = polys.reduce(
				(s, rings) => s + area({ type: 'Polygon', coordinates: rings }) / 1e6,
				0
			);
			expect(Math.abs(km2 - official) / official).toBeLessThan(tolerance);
		}
	);

	it('makes Habomai a MultiPolygon of its named islets, each islet in its own polygon', () => {
		const habomai = byId.habomai as IslandFeature;
		expect(habomai.geometry.type).toBe('MultiPolygon');
		const polys = polygonsOf(habomai);
		const parts = habomai.properties.parts;
		expect(parts.map((p) => p.id).sort()).toEqual([
			'anuchina',
			'dyomin',
			'polonsky',
			'tanfilyeva',
			'yury',
			'zelyony'
		]);
		parts.forEach((part, i) => {
			const islet = ISLETS.find((x) => x.id === part.id);
			expect(islet?.names.enJa).toBe(part.enJa);
			expect(
				booleanPointInPolygon([...(islet?.point ?? [0, 0])], {
					type: 'Polygon',
					coordinates: polys[i] as Position[][]
				})
			).toBe(true);
		});
	});

	it('leaves the undisputed Japanese islets Yururi and Moyururi out of every island group', () => {
		const land = JSON.parse(
			readFileSync(join(out, 'geo/land.geojson'), 'utf8')
		) as FeatureCollection<Polygon>;
		for (const islet of UNDISPUTED_ISLETS) {
			for (const f of islands.features)
				expect(booleanPointInPolygon([...islet.point], f), `${islet.id} in ${f.id}`).toBe(false);
			expect(
				land.features.some((f) => booleanPointInPolygon([...islet.point], f)),
				`${islet.id} drawn as land`
			).toBe(true);
		}
	});

	it('adds Kaigara / Signalny, which no dataset has, as a sourced point', () => {
		const labels = JSON.parse(
			readFileSync(join(out, 'geo/labels.geojson'), 'utf8')
		) as FeatureCollection<Point>;
		const kaigara = labels.features.find((f) => f.properties?.id === 'kaigara');
		expect(kaigara?.geometry.coordinates).toEqual([145.859444, 43.395]);
		expect(ISLETS.find((i) => i.id === 'kaigara')?.sources.length).toBeGreaterThan(0);
		for (const f of islands.features)
			expect(booleanPointInPolygon(kaigara?.geometry.coordinates as Position, f)).toBe(false);
	});
});

describe('distances readers check', { timeout: GEOMETRY_TIMEOUT }, () => {
	const nosappu = LANDMARKS.find((l) => l.id === 'cape-nosappu');
	const kaigara = ISLETS.find((l) => l.id === 'kaigara');

	it('Cape Nosappu to Kaigara is about 3.7 km', () => {
		expect(distanceKm(nosappu?.point ?? [0, 0], kaigara?.point ?? [0, 0])).toBeCloseTo(3.7, 1);
	});

	it('the Notsuke peninsula (Hokkaido) to Kunashir is about 16 km', () => {
		const land = JSON.parse(
			readFileSync(join(out, 'geo/land.geojson'), 'utf8')
		) as FeatureCollection<Polygon>;
		const hokkaido = land.features
			.filter((f) => f.properties?.country === 'JPN')
			.reduce((a, b) => (area(a) > area(b) ? a : b));
		expect(area(hokkaido) / 1e6, 'the Hokkaido polygon, cut at 141.5°E').toBeGreaterThan(50_000);
		const gap = minGapKm(hokkaido.geometry.coordinates, polygonsOf(byId.kunashir as IslandFeature));
		expect(gap).toBeGreaterThan(15);
		expect(gap).toBeLessThan(17);
	});
});

describe('the build', { timeout: BUILD_TIMEOUT }, () => {
	it('gives byte-identical output when run twice, and matches the committed files', () => {
		const second = freshBuild();
		const files = readdirSync(join(out, 'geo'));
		expect(files.sort()).toEqual([
			'claims.geojson',
			'context.geojson',
			'graticule.geojson',
			'islands.geojson',
			'labels.geojson',
			'land.geojson'
		]);
		for (const f of files) {
			const a = readFileSync(join(out, 'geo', f));
			expect(a.equals(readFileSync(join(second, 'geo', f))), `${f} differs between runs`).toBe(
				true
			);
			expect(
				a.equals(readFileSync(join(root, 'static/geo', f))),
				`static/geo/${f} is stale: run npm run geodata`
			).toBe(true);
		}
		expect(readFileSync(join(out, 'geodata.generated.ts'), 'utf8')).toBe(
			readFileSync(join(root, 'src/lib/data/geodata.generated.ts'), 'utf8')
		);
	});

	it('fails with a precise message when an island is missing from the extract', () => {
		const extract = JSON.parse(
			readFileSync(join(root, 'geodata/source/coastline-extract.geojson'), 'utf8')
		) as FeatureCollection<Polygon>;
		const kunashir = ISLANDS.kunashir.point;
		extract.features = extract.features.filter((f) => !booleanPointInPolygon([...kunashir], f));
		const dir = mkdtempSync(join(tmpdir(), 'bad-extract-'));
		const bad = join(dir, 'extract.geojson');
		writeFileSync(bad, JSON.stringify(extract));
		expect(() => freshBuild(bad)).toThrow(GeodataError);
		expect(() => freshBuild(bad)).toThrow(
			/reference point of "kunashir" .* lies in 0 coastline polygons/
		);
	});

	it('refuses an extract that is not polygons', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bad-extract-'));
		const bad = join(dir, 'extract.geojson');
		writeFileSync(
			bad,
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }
				]
			})
		);
		expect(() => freshBuild(bad)).toThrow(/feature 0 is a Point, expected a Polygon/);
	});
});
