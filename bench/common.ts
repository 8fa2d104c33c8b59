// Paths, the baseline page's build and the browser launch, shared by the timed loads, Lighthouse
// and the profile.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { chromiumPath } from '../tests/e2e/chromium.ts';

export const root = new URL('..', import.meta.url).pathname;
// BENCH_BUILD: another build to measure (a copy of an earlier one, to interleave before and after).
export const buildDir = process.env.BENCH_BUILD ?? join(root, 'build');
export const benchOut = join(root, 'bench/.out');
export const resultsDir = join(root, 'bench/results');

/** Builds a bench page (bench/<name>/index.html) into bench/.out/<name>, beside the islands it draws. */
export async function buildBenchPage(name: string): Promise<string> {
	const outDir = join(benchOut, name);
	await viteBuild({
		root: join(root, 'bench', name),
		base: './',
		logLevel: 'warn',
		configFile: false,
		// MapLibre alone is over Vite's 500 kB warning; that is the point of the baseline.
		build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 }
	});
	mkdirSync(outDir, { recursive: true });
	const islands = join(root, 'static/geo/islands.geojson');
	copyFileSync(islands, join(outDir, 'islands.geojson'));
	const html = join(outDir, 'index.html');
	const page = readFileSync(html, 'utf8');
	if (page.includes(STILL_MARK))
		writeFileSync(html, page.replace(STILL_MARK, stillSvg(readFileSync(islands, 'utf8'))));
	return outDir;
}

/** Where a bench page wants the still map of the islands inlined (bench/bare/index.html). */
const STILL_MARK = '<!-- still map -->';

/**
 * The islands as an inline SVG in Web Mercator, framed on the bounds the page's map starts at: the
 * baseline's first paint, as the app's first paint is its server-rendered still map, so that both
 * pages' MapLibre setup falls after their first contentful paint and counts alike.
 */
function stillSvg(geojson: string): string {
	const [west, south, east, north] = BARE_BOUNDS;
	const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const scale = 1000 / (east - west);
	const px = ([lng, lat]: number[]) =>
		`${((lng ?? 0) - west) * scale},${((y(north) - y(lat ?? 0)) * scale * 180) / Math.PI}`;
	const height = ((y(north) - y(south)) * scale * 180) / Math.PI;
	const rings: number[][][] = [];
	const collection = JSON.parse(geojson) as {
		features: { geometry: { type: string; coordinates: unknown } }[];
	};
	for (const { geometry } of collection.features) {
		if (geometry.type === 'Polygon') rings.push(...(geometry.coordinates as number[][][]));
		if (geometry.type === 'MultiPolygon')
			for (const polygon of geometry.coordinates as number[][][][]) rings.push(...polygon);
	}
	const d = rings.map((ring) => `M${ring.map(px).join('L')}Z`).join('');
	return (
		`<svg class="still" viewBox="0 0 1000 ${height.toFixed(1)}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">` +
		`<path fill="#e0a63a" d="${d}"/></svg>`
	);
}

/** The bounds bench/bare/main.ts starts its map at. */
const BARE_BOUNDS = [145.3, 43.2, 149.0, 45.6] as const;

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		// Software WebGL (SwiftShader): these machines have no GPU.
		args: ['--enable-unsafe-swiftshader', '--disable-gpu-sandbox']
	});
}
