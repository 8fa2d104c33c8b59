// The claim overlays: computed from the coastlines, 12 nautical miles where nothing cuts them,
// equidistance lines that are equidistant, treaty lines in the right straits, and sources that exist.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	area,
	booleanDisjoint,
	booleanPointInPolygon,
	destination,
	featureCollection,
	intersect,
	length,
	lineIntersect,
	lineString,
	along
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeodata } from './build.ts';
import { CLAIM_REFERENCE_POINTS, TERRITORIAL_SEA_KM, type ClaimFeature } from './claims.ts';
import { indexLines, kmToLines, type LineIndex } from './lib.ts';
import { ISLANDS, ISLETS, LANDMARKS, UNDISPUTED_ISLETS } from '#lib/data/places.ts';
import { SOURCES } from '#lib/data/sources.ts';
import { OVERLAY_IDS, type OverlayId } from '#lib/data/types.ts';

const root = new URL('..', import.meta.url).pathname;
type Area = Feature<Polygon | MultiPolygon>;
/**
 * Time limits, not estimates. The build takes a few seconds of CPU and each test a fraction of one,
 * but the machine may be shared many times over, so no test leans on Vitest's 5 s default.
 */
const BUILD_TIMEOUT = 180_000;
const GEOMETRY_TIMEOUT = 60_000;

let claims: Record<OverlayId, ClaimFeature>;
let extract: Feature<Polygon, { A3: string }>[];
let islands: Area[];
/** Hokkaido and its islets as the map draws them (simplified at about 50 m). */
let japanLand: Feature<Polygon>[];
/** The same coast unsimplified, as the claims are computed from it. */
let japanCoast: Feature<Polygon>[];

function polygonsOf(f: Area): Position[][][] {
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * Each feature's outer coasts, indexed once for the whole file: the tests measure a few thousand
 * points against coasts of up to a thousand vertices.
 */
const coasts = new WeakMap<Area, LineIndex>();

/**
 * Distance in km from a point to the nearest outer coast of any of the features: turf's
 * pointToLineDistance, through the index of lib.ts (lib.test.ts checks it gives the same numbers).
 */
function coastKm(p: Position, features: Area[]): number {
	let best = Infinity;
	for (const f of features) {
		let coast = coasts.get(f);
		if (!coast) {
			coast = indexLines(polygonsOf(f).map((rings) => rings[0] as Position[]));
			coasts.set(f, coast);
		}
		best = kmToLines(coast, p, best);
	}
	return best;
}

function extractPolygon(at: readonly number[]): Feature<Polygon, { A3: string }> {
	const hits = extract.filter((f) => booleanPointInPolygon([...at], f));
	expect(hits).toHaveLength(1);
	return hits[0] as Feature<Polygon, { A3: string }>;
}

function island(id: string): Area {
	return islands.find((f) => f.id === id) as Area;
}

function areaOf(id: OverlayId): Area {
	return claims[id] as Area;
}

function lineOf(id: OverlayId): Feature<LineString> {
	return claims[id] as Feature<LineString>;
}

/** Points every `stepKm` along a line, ends included. */
function alongLine(line: Feature<LineString>, stepKm: number): Position[] {
	const total = length(line, { units: 'kilometers' });
	const out: Position[] = [];
	for (let d = 0; d < total; d += stepKm)
		out.push(along(line, d, { units: 'kilometers' }).geometry.coordinates);
	out.push(line.geometry.coordinates[line.geometry.coordinates.length - 1] as Position);
	return out;
}

/** Which side of the chord from the line's first to its last point p lies on: +1 or −1. */
function side(line: Feature<LineString>, p: Position): number {
	const c = line.geometry.coordinates;
	const [ax, ay] = c[0] as [number, number];
	const [bx, by] = c[c.length - 1] as [number, number];
	return Math.sign((bx - ax) * ((p[1] as number) - ay) - (by - ay) * ((p[0] as number) - ax));
}

/** The point on a ray from `from` at which the distance to the features' coast reaches `km`. */
function offshore(
	from: readonly number[],
	bearing: number,
	km: number,
	features: Area[]
): Position {
	let lo = 0;
	let hi = 200;
	const at = (d: number) =>
		destination([...from], d, bearing, { units: 'kilometers' }).geometry.coordinates;
	// The far end of the search must be offshore; the ray leaves the island within 60 km.
	for (let k = 0; k < 40; k++) {
		const mid = (lo + hi) / 2;
		const p = at(mid);
		const onLand = features.some((f) => booleanPointInPolygon(p, f));
		if (onLand || coastKm(p, features) < km) lo = mid;
		else hi = mid;
	}
	return at(hi);
}

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'claims-'));
	buildGeodata({
		root,
		staticDir: dir,
		generatedModule: join(dir, 'geodata.generated.ts'),
		log: () => {}
	});
	const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, 'geo', file), 'utf8')) as T;
	const fc = read<FeatureCollection>('claims.geojson');
	claims = Object.fromEntries(fc.features.map((f) => [f.id, f])) as Record<OverlayId, ClaimFeature>;
	islands = read<FeatureCollection<Polygon | MultiPolygon>>('islands.geojson').features;
	japanLand = read<FeatureCollection<Polygon>>('land.geojson').features.filter(
		(f) => f.properties?.country === 'JPN'
	);
	extract = (
		JSON.parse(
			readFileSync(join(root, 'geodata/source/coastline-extract.geojson'), 'utf8')
		) as FeatureCollection<Polygon, { A3: string }>
	).features;
	japanCoast = extract.filter((f) => f.properties.A3 === 'JPN');
}, BUILD_TIMEOUT);

describe('claims.geojson', { timeout: GEOMETRY_TIMEOUT }, () => {
	it('has the six claims in OVERLAY_IDS order, each with an id, a kind that fits its geometry, a title, a description and years', () => {
		expect(Object.keys(claims)).toEqual([...OVERLAY_IDS]);
		for (const id of OVERLAY_IDS) {
			const f = claims[id];
			expect(f.properties.id).toBe(id);
			expect(f.id).toBe(id);
			expect(f.properties.kind).toBe(f.geometry.type === 'LineString' ? 'line' : 'area');
			expect(f.properties.title.length, `${id} title`).toBeGreaterThan(5);
			expect(f.properties.description.length, `${id} description`).toBeGreaterThan(150);
			expect(f.properties.description).toMatch(/\.$/);
			const [from, to] = f.properties.years;
			expect(from).toBeGreaterThanOrEqual(1855);
			if (to !== null) expect(to).toBeGreaterThan(from);
		}
		expect(claims['border-1855'].properties.years).toEqual([1855, 1875]);
		expect(claims['border-1875'].properties.years).toEqual([1875, 1945]);
		expect(claims['ru-administered'].properties.years[1]).toBeNull();
	});

	it('cites for every claim only sources that exist in src/lib/data/sources.ts', () => {
		for (const id of OVERLAY_IDS) {
			const sources = claims[id].properties.sources;
			expect(sources.length, `${id} has sources`).toBeGreaterThan(0);
			for (const s of sources) expect(Object.hasOwn(SOURCES, s), `${id} cites ${s}`).toBe(true);
		}
	});

	it('keeps the undisputed Japanese islets Yururi and Moyururi outside every claim area', () => {
		for (const islet of UNDISPUTED_ISLETS)
			for (const id of OVERLAY_IDS.filter((c) => claims[c].properties.kind === 'area'))
				expect(booleanPointInPolygon([...islet.point], areaOf(id)), `${islet.id} in ${id}`).toBe(
					false
				);
	});

	it("keeps Hokkaido's land, as the map draws it, out of every claim area", () => {
		for (const id of ['ru-administered', 'jp-claimed', 'transfer-1956'] as const)
			for (const land of japanLand) {
				const both = intersect(featureCollection([areaOf(id), land]));
				expect(both ? area(both) : 0, `${id} over Japanese land`).toBeLessThan(10_000);
			}
	});

	it('holds the four island groups in both areas, and only Shikotan and Habomai in the 1956 one', () => {
		for (const place of [...Object.values(ISLANDS), ...ISLETS.filter((i) => !i.pointOnly)]) {
			expect(booleanPointInPolygon([...place.point], areaOf('ru-administered'))).toBe(true);
			expect(booleanPointInPolygon([...place.point], areaOf('jp-claimed'))).toBe(true);
			expect(
				booleanPointInPolygon([...place.point], areaOf('transfer-1956')),
				`${place.id} in transfer-1956`
			).toBe(place.island === 'shikotan' || place.island === 'habomai');
		}
	});
});

describe('territorial seas', { timeout: GEOMETRY_TIMEOUT }, () => {
	it('reach 12 nautical miles (22.2 km) from the nearest island coast wherever no line cuts them', () => {
		const cuts = indexLines(
			[lineOf('median-line'), lineOf('border-1855')].map((l) => l.geometry.coordinates)
		);
		let checked = 0;
		for (const id of ['ru-administered', 'jp-claimed'] as const)
			for (const rings of polygonsOf(areaOf(id)))
				(rings[0] as Position[]).forEach((p, i) => {
					if (i % 4) return;
					const nearCut = kmToLines(cuts, p, 1) < 1;
					const nearJapan =
						coastKm(p, japanLand) < 1 || japanLand.some((f) => booleanPointInPolygon(p, f));
					if (nearCut || nearJapan) return;
					const km = coastKm(p, islands);
					expect(
						Math.abs(km - TERRITORIAL_SEA_KM) / TERRITORIAL_SEA_KM,
						`${id} at ${p}`
					).toBeLessThan(0.02);
					checked++;
				});
		expect(checked).toBeGreaterThan(100);
	});

	it.each([
		['iturup', ISLANDS.iturup.point, 135],
		['shikotan', ISLANDS.shikotan.point, 120]
	] as const)(
		'count a point 20 km off the open-ocean coast of %s as inside, one 25 km off as outside',
		(id, from, bearing) => {
			const own = [island(id)];
			const p20 = offshore(from, bearing, 20, own);
			const p25 = offshore(from, bearing, 25, own);
			expect(coastKm(p20, islands)).toBeCloseTo(20, 1);
			expect(coastKm(p25, islands)).toBeCloseTo(25, 1);
			for (const claim of ['ru-administered', 'jp-claimed'] as const) {
				expect(booleanPointInPolygon(p20, areaOf(claim)), `${claim} 20 km`).toBe(true);
				expect(booleanPointInPolygon(p25, areaOf(claim)), `${claim} 25 km`).toBe(false);
			}
		}
	);

	it("stop at the median line on Russia's account, and run to Hokkaido's coast on Japan's", () => {
		// Between the median line and Hokkaido, yet within 12 miles of Kunashir: in the strait off
		// the Notsuke peninsula, 5 km from Hokkaido.
		const notsuke = LANDMARKS.find((l) => l.id === 'notsuke')?.point ?? [0, 0];
		const p = offshore(notsuke, 45, 5, japanCoast);
		expect(coastKm(p, islands)).toBeLessThan(TERRITORIAL_SEA_KM);
		expect(coastKm(p, japanCoast)).toBeLessThan(coastKm(p, islands));
		expect(booleanPointInPolygon(p, areaOf('jp-claimed'))).toBe(true);
		expect(booleanPointInPolygon(p, areaOf('ru-administered'))).toBe(false);
	});
});

describe('the median line', { timeout: GEOMETRY_TIMEOUT }, () => {
	it('is equally far from Hokkaido (with its islets) and from the islands at every point, within 2%', () => {
		const points = alongLine(lineOf('median-line'), 1);
		expect(points.length).toBeGreaterThan(100);
		for (const p of points) {
			const toJapan = coastKm(p, japanCoast);
			const toIslands = coastKm(p, islands);
			expect(Math.abs(toJapan - toIslands) / ((toJapan + toIslands) / 2), `at ${p}`).toBeLessThan(
				0.02
			);
			expect(toIslands).toBeLessThan(TERRITORIAL_SEA_KM * 1.01);
		}
	});

	it('runs through the Nemuro, Izmeny and Sovetsky straits, where both 12-mile seas overlap', () => {
		const line = lineOf('median-line');
		const across = (from: readonly number[], to: readonly number[]) =>
			lineIntersect(lineString([[...from], [...to]]), line).features.length;
		const at = (id: string) => LANDMARKS.find((l) => l.id === id)?.point ?? [0, 0];
		expect(across(at('shiretoko'), ISLANDS.kunashir.point), 'Nemuro Strait').toBe(1);
		expect(across(at('notsuke'), ISLANDS.kunashir.point), 'Izmeny Strait').toBe(1);
		const tanfilyeva = ISLETS.find((i) => i.id === 'tanfilyeva')?.point ?? [0, 0];
		expect(across(at('cape-nosappu'), tanfilyeva), 'Sovetsky Strait').toBe(1);
		const c = line.geometry.coordinates;
		for (const end of [c[0], c[c.length - 1]] as Position[])
			expect(coastKm(end, islands)).toBeCloseTo(TERRITORIAL_SEA_KM, 0);
	});
});

describe('the treaty boundaries', { timeout: GEOMETRY_TIMEOUT }, () => {
	it('1855: crosses no land and separates Iturup from Urup across the Vries Strait', () => {
		const line = lineOf('border-1855');
		const km = length(line, { units: 'kilometers' });
		expect(km).toBeGreaterThan(40);
		expect(km).toBeLessThan(80);
		for (const land of extract) expect(booleanDisjoint(line, land)).toBe(true);
		const iturup = island('iturup');
		const urup = extractPolygon(CLAIM_REFERENCE_POINTS.urup);
		const crossing = lineString([[...ISLANDS.iturup.point], [...CLAIM_REFERENCE_POINTS.urup]]);
		expect(lineIntersect(crossing, line).features).toHaveLength(1);
		const iturupSide = new Set(polygonsOf(iturup)[0]?.[0]?.map((p) => side(line, p)));
		const urupSide = new Set(urup.geometry.coordinates[0]?.map((p) => side(line, p)));
		expect(iturupSide.size).toBe(1);
		expect(urupSide.size).toBe(1);
		expect([...iturupSide][0]).toBe(-([...urupSide][0] as number));
		for (const p of alongLine(line, 2)) {
			const a = coastKm(p, [iturup]);
			const b = coastKm(p, [urup]);
			expect(Math.abs(a - b) / ((a + b) / 2), `at ${p}`).toBeLessThan(0.02);
		}
	});

	it('1875: crosses no land and lies between Shumshu and Kamchatka in the First Kuril Strait', () => {
		const line = lineOf('border-1875');
		for (const land of extract) expect(booleanDisjoint(line, land)).toBe(true);
		const shumshu = extractPolygon(CLAIM_REFERENCE_POINTS.shumshu);
		const kamchatka = extractPolygon(CLAIM_REFERENCE_POINTS.kamchatka);
		const crossing = lineString([
			[...CLAIM_REFERENCE_POINTS.shumshu],
			[...CLAIM_REFERENCE_POINTS.kamchatka]
		]);
		expect(lineIntersect(crossing, line).features).toHaveLength(1);
		const shumshuSide = new Set(shumshu.geometry.coordinates[0]?.map((p) => side(line, p)));
		expect(shumshuSide.size).toBe(1);
		expect(side(line, CLAIM_REFERENCE_POINTS.kamchatka as unknown as Position)).toBe(
			-([...shumshuSide][0] as number)
		);
		const kamchatkaSide = new Set(kamchatka.geometry.coordinates[0]?.map((p) => side(line, p)));
		expect([...kamchatkaSide]).toEqual([-([...shumshuSide][0] as number)]);
		// Equidistant from Kamchatka and the Kuril side (Shumshu, Paramushir at the western mouth),
		// and through the strait, which is about 11 km wide.
		const kurils = [shumshu, extractPolygon(CLAIM_REFERENCE_POINTS.paramushir)];
		const points = alongLine(line, 2);
		for (const p of points) {
			const a = coastKm(p, [kamchatka]);
			const b = coastKm(p, kurils);
			expect(Math.abs(a - b) / ((a + b) / 2), `at ${p}`).toBeLessThan(0.02);
		}
		expect(Math.min(...points.map((p) => coastKm(p, [shumshu])))).toBeLessThan(7);
	});
});
