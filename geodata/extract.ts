// `npm run geodata:extract`: the one step that touches the 107 MB OpenStreetMap-derived coastline
// package. It downloads @geo-maps/countries-coastline-1m into a cache folder (never into
// node_modules, so a normal install, build or test does not need it), cuts out the region of the
// dispute and writes the small extract that is committed, with a provenance file beside it.
//
// Why this dataset and not Natural Earth: it is the only offline source that reproduces the official
// island areas and keeps the Habomai islets (see geodata/README.md).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bbox, bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { EXTRACT_BBOX, SOURCE_PACKAGE, SOURCE_VERSION } from './config.ts';
import { roundCoords, stableStringify } from './lib.ts';

const root = new URL('..', import.meta.url).pathname;
const cacheDir = join(root, 'geodata', '.cache');
const outDir = join(root, 'geodata', 'source');

function fetchPackage(): { tarball: string; file: string } {
	mkdirSync(cacheDir, { recursive: true });
	const name = `geo-maps-countries-coastline-1m-${SOURCE_VERSION}.tgz`;
	const tarball = join(cacheDir, name);
	if (!existsSync(tarball)) {
		console.log(
			`Fetching ${SOURCE_PACKAGE}@${SOURCE_VERSION} (about 34 MB) into geodata/.cache ...`
		);
		execFileSync(
			'npm',
			['pack', `${SOURCE_PACKAGE}@${SOURCE_VERSION}`, '--pack-destination', cacheDir],
			{
				stdio: ['ignore', 'ignore', 'inherit']
			}
		);
	}
	const unpacked = join(cacheDir, 'package');
	if (!existsSync(join(unpacked, 'map.geo.json'))) {
		execFileSync('tar', ['-xzf', tarball, '-C', cacheDir]);
	}
	if (!readdirSync(unpacked).includes('map.geo.json')) {
		throw new Error(
			`${tarball} has no map.geo.json; is ${SOURCE_PACKAGE}@${SOURCE_VERSION} the right package?`
		);
	}
	return { tarball, file: join(unpacked, 'map.geo.json') };
}

function polygonsOf(feature: Feature): Position[][][] {
	const g = feature.geometry;
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

function main() {
	const { tarball, file } = fetchPackage();
	const tarBytes = readFileSync(tarball);
	const sha1 = createHash('sha1').update(tarBytes).digest('hex');
	const sha256 = createHash('sha256').update(tarBytes).digest('hex');
	const pkg = JSON.parse(readFileSync(join(cacheDir, 'package', 'package.json'), 'utf8')) as {
		version: string;
		license?: string;
	};
	console.log(`Reading ${file} ...`);
	const world = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
	const [W, S, E, N] = EXTRACT_BBOX;

	const out: Feature<Polygon>[] = [];
	let polygonsIn = 0;
	for (const feature of world.features) {
		const a3 = String(feature.properties?.A3 ?? '');
		for (const poly of polygonsOf(feature)) {
			const [w, s, e, n] = boxOf(poly);
			if (e < W || w > E || n < S || s > N) continue;
			polygonsIn++;
			const inside = w >= W && e <= E && s >= S && n <= N;
			// Large polygons (the Eurasian mainland, Kamchatka, Sakhalin, Hokkaido) are cut to the region;
			// a polygon wholly inside is kept exactly as published.
			const geometries: Position[][][] = [];
			if (inside) geometries.push(poly);
			else {
				const clipped = bboxClip({ type: 'Polygon', coordinates: poly }, EXTRACT_BBOX).geometry as
					Polygon | MultiPolygon;
				const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
				for (const part of parts) {
					const rings = part.filter(
						(r) => r.length >= 4 && area({ type: 'Polygon', coordinates: [r] }) > 0
					);
					if (rings.length > 0 && rings[0] === part[0]) geometries.push(rings);
				}
			}
			for (const rings of geometries) {
				out.push({
					type: 'Feature',
					properties: { A3: a3, clipped: !inside },
					geometry: { type: 'Polygon', coordinates: roundCoords(rings, 6) }
				});
			}
		}
	}
	// Deterministic order regardless of the order in the source: west to east, then south to north.
	out.sort((a, b) => {
		const [aw, as] = boxOf(a.geometry.coordinates);
		const [bw, bs] = boxOf(b.geometry.coordinates);
		return aw - bw || as - bs;
	});

	mkdirSync(outDir, { recursive: true });
	const extract: FeatureCollection = { type: 'FeatureCollection', features: out };
	writeFileSync(join(outDir, 'coastline-extract.geojson'), stableStringify(extract) + '\n');
	const vertices = out.reduce(
		(n, f) => n + f.geometry.coordinates.reduce((m, r) => m + r.length, 0),
		0
	);
	const provenance = {
		package: SOURCE_PACKAGE,
		version: pkg.version,
		tarball: { sha1, sha256 },
		licence: 'ODbL-1.0 (data © OpenStreetMap contributors), per the package README',
		packageLicenseField: pkg.license ?? null,
		command: 'npm run geodata:extract',
		bbox: EXTRACT_BBOX,
		method:
			'Every polygon whose bounding box meets the bbox; polygons wholly inside are kept as published, others are clipped with turf.bboxClip. Coordinates rounded to 6 decimals.',
		polygonsMeetingBbox: polygonsIn,
		featuresWritten: out.length,
		vertices
	};
	writeFileSync(join(outDir, 'provenance.json'), JSON.stringify(provenance, null, '\t') + '\n');
	console.log(
		`Wrote geodata/source/coastline-extract.geojson: ${out.length} polygons, ${vertices} vertices.`
	);
}

main();

/** [west, south, east, north] of a polygon's rings (turf's bbox). */
function boxOf(rings: Position[][]): [number, number, number, number] {
	return bbox({ type: 'Polygon', coordinates: rings }) as [number, number, number, number];
}
