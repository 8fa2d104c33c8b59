// The presets' coastal ends are the nearest points between the two coasts in the app's own geodata
// (src/lib/data/measure-presets.ts): recomputed here from static/geo with turf, so a geodata
// rebuild that moves a coast fails this test rather than leaving a preset off the shore.
import { readFileSync } from 'node:fs';
import { area, lineString, nearestPointOnLine } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MEASURE_PRESETS, type MeasurePreset } from '#lib/data/measure-presets.ts';
import { measureDistance } from './geo.ts';

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const read = (name: string) =>
	JSON.parse(readFileSync(`static/geo/${name}.geojson`, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon,
		Record<string, unknown>
	>;
const land = read('land');
const islands = read('islands');

const hokkaido = land.features
	.filter((f) => f.properties.country === 'JPN')
	.reduce((a, b) => (area(b) > area(a) ? b : a));
const island = (id: string): Shape => {
	const f = islands.features.find((x) => x.properties.id === id);
	if (!f) throw new Error(id);
	return f;
};
const coasts = (f: Shape): Position[][] =>
	f.geometry.type === 'Polygon'
		? [f.geometry.coordinates[0] ?? []]
		: f.geometry.coordinates.map((p) => p[0] ?? []);

/** Nearest point on a coast to p, and its distance in km. */
function toCoast(p: Position, f: Shape): { km: number; at: Position } {
	let best = { km: Infinity, at: p };
	for (const ring of coasts(f)) {
		const n = nearestPointOnLine(lineString(ring), p, { units: 'kilometers' });
		if (n.properties.dist < best.km) best = { km: n.properties.dist, at: n.geometry.coordinates };
	}
	return best;
}

/** The least gap between two coasts: every vertex of each against the other's outline. */
function gap(a: Shape, b: Shape, keepA: (p: Position) => boolean = () => true): number {
	let best = Infinity;
	for (const ring of coasts(a))
		for (const v of ring) if (keepA(v)) best = Math.min(best, toCoast(v, b).km);
	for (const ring of coasts(b))
		for (const v of ring) {
			const n = toCoast(v, a);
			if (keepA(n.at)) best = Math.min(best, n.km);
		}
	return best;
}

const preset = (id: string): MeasurePreset => {
	const p = MEASURE_PRESETS.find((x) => x.id === id);
	if (!p) throw new Error(id);
	return p;
};
const measured = (p: MeasurePreset) => measureDistance(p.from.point, p.to.point).km;
// Coordinates are written to 5 decimals (about a metre).
const ON_COAST_KM = 0.01;

describe('measure presets', () => {
	it('Notsuke → Kunashir joins the nearest points of Hokkaido and Kunashir', () => {
		const p = preset('notsuke-kunashir');
		expect(toCoast([...p.from.point], hokkaido).km).toBeLessThan(ON_COAST_KM);
		expect(toCoast([...p.to.point], island('kunashir')).km).toBeLessThan(ON_COAST_KM);
		// Only the eastern tip of Hokkaido, where Notsuke is.
		const least = gap(hokkaido, island('kunashir'), ([x = 0, y = 0]) => x > 144.9 && y > 43.3);
		expect(measured(p)).toBeCloseTo(least, 1);
	});

	it('Kunashir → Iturup joins the nearest points of the two islands', () => {
		const p = preset('kunashir-iturup');
		expect(toCoast([...p.from.point], island('kunashir')).km).toBeLessThan(ON_COAST_KM);
		expect(toCoast([...p.to.point], island('iturup')).km).toBeLessThan(ON_COAST_KM);
		expect(measured(p)).toBeCloseTo(gap(island('kunashir'), island('iturup')), 1);
	});

	it('Cape Nosappu → Shikotan ends on the nearest point of Shikotan', () => {
		const p = preset('nosappu-shikotan');
		const nearest = toCoast([...p.from.point], island('shikotan'));
		expect(toCoast([...p.to.point], island('shikotan')).km).toBeLessThan(ON_COAST_KM);
		expect(measured(p)).toBeCloseTo(nearest.km, 2);
	});

	it('measure close to what the sources cite, and say so where they do not agree', () => {
		for (const p of MEASURE_PRESETS) {
			const cited = p.figures.map((f) => f.value);
			const km = measured(p);
			// Within 5% of the nearest cited figure: a preset that drifted off its places would not be.
			const off = Math.min(...cited.map((c) => Math.abs(km - c) / c));
			expect(off, `${p.id}: ${km.toFixed(2)} km against ${cited.join(', ')}`).toBeLessThan(0.05);
		}
	});
});
