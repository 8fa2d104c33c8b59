// The indexed coast distance must give exactly what turf's pointToLineDistance over the whole coast
// gives: the build's distances and the claims tests' measurements rely on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineString, point, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { indexLines, kmToLines, minGapKm } from './lib.ts';

const root = new URL('..', import.meta.url).pathname;
const extract = (
	JSON.parse(
		readFileSync(join(root, 'geodata/source/coastline-extract.geojson'), 'utf8')
	) as FeatureCollection<Polygon>
).features;

/** Hokkaido (the largest coast of the extract) and the polygons of the Nemuro Strait area. */
const coasts: Position[][] = extract
	.map((f) => f.geometry.coordinates[0] as Position[])
	.filter((ring) => ring.some(([lon, lat]) => (lon as number) < 146.5 && (lat as number) < 44.5));

function bruteForceKm(p: Position, lines: Position[][]): number {
	return Math.min(
		...lines.map((l) => pointToLineDistance(point(p), lineString(l), { units: 'kilometers' }))
	);
}

/** A fixed grid over eastern Hokkaido, Kunashir and the Habomai islets, on land and at sea. */
const probes: Position[] = [];
for (let lon = 144.7; lon < 146.6; lon += 0.5)
	for (let lat = 42.9; lat < 44.5; lat += 0.4) probes.push([lon, lat]);

/** A limit, not an estimate: the brute force takes a fraction of a second on a machine that may be shared. */
const TIMEOUT = 60_000;

describe('kmToLines', { timeout: TIMEOUT }, () => {
	it('gives the same number as pointToLineDistance over every line, to the last bit', () => {
		expect(coasts.length).toBeGreaterThan(3);
		expect(Math.max(...coasts.map((c) => c.length))).toBeGreaterThan(1000);
		const index = indexLines(coasts);
		for (const p of probes) expect(kmToLines(index, p), `at ${p}`).toBe(bruteForceKm(p, coasts));
		// On a vertex: zero.
		const vertex = coasts[0]?.[7] as Position;
		expect(kmToLines(index, vertex)).toBe(0);
	});

	it('returns atMost when nothing is nearer, and the distance when it is', () => {
		const index = indexLines(coasts);
		const p = probes[3] as Position;
		const exact = bruteForceKm(p, coasts);
		expect(kmToLines(index, p, exact / 2)).toBe(exact / 2);
		expect(kmToLines(index, p, exact * 2)).toBe(exact);
	});

	it('measures the gap between two coasts as the vertex-by-vertex search does', () => {
		// Kunashir's coast (216 vertices, several runs) and a Habomai islet's.
		const bySize = [...coasts].sort((x, y) => y.length - x.length);
		const [a, b] = [bySize[1] as Position[], bySize[2] as Position[]];
		expect(a.length).toBeGreaterThan(100);
		let best = Infinity;
		for (const v of b) best = Math.min(best, bruteForceKm(v, [a]));
		for (const v of a) best = Math.min(best, bruteForceKm(v, [b]));
		expect(minGapKm([a], [[b]])).toBe(best);
	});
});
