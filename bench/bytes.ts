// What build/ ships, by kind, raw and gzip -9: everything a deploy uploads, whether or not a page
// loads it. The network side (what `/` actually downloads) is in the load measurements.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, table } from './stats.ts';

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map((f) => join(dir, String(f)))
		.filter((f) => statSync(f).isFile());
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength;

export interface ShippedRow {
	kind: string;
	files: number;
	raw: number;
	gzip: number;
}

export function shipped(buildDir: string): { rows: ShippedRow[]; geodata: ShippedRow[] } {
	const all = files(buildDir);
	const isMapLibre = (f: string) =>
		/maplibre-gl/.test(f) || (f.endsWith('.js') && readFileSync(f, 'utf8').includes('MapLibre'));
	const groups: Record<string, string[]> = {
		'JS, app (beyond MapLibre)': all.filter((f) => /\.m?js$/.test(f) && !isMapLibre(f)),
		'JS, MapLibre (main + worker)': all.filter((f) => /\.m?js$/.test(f) && isMapLibre(f)),
		'CSS, app': all.filter((f) => f.endsWith('.css') && !isMapLibre(f) && !f.includes('/fonts/')),
		'CSS, MapLibre': all.filter((f) => f.endsWith('.css') && isMapLibre(f)),
		'CSS, fonts': all.filter((f) => f.endsWith('.css') && f.includes('/fonts/')),
		fonts: all.filter((f) => /\.(woff2?|ttf|otf)$/.test(f)),
		geodata: all.filter((f) => /\.(geojson|topojson|pbf)$/.test(f) || f.includes('/geo/')),
		'HTML (prerendered pages)': all.filter((f) => f.endsWith('.html')),
		'images (link previews, icons)': all.filter((f) => /\.(png|svg|jpe?g|webp)$/.test(f))
	};
	const row = (kind: string, list: string[]): ShippedRow => ({
		kind,
		files: list.length,
		raw: list.reduce((s, f) => s + statSync(f).size, 0),
		gzip: list.reduce((s, f) => s + gz(f), 0)
	});
	return {
		rows: Object.entries(groups).map(([k, list]) => row(k, list)),
		geodata: (groups.geodata ?? []).map((f) => row(f.slice(buildDir.length + 1), [f]))
	};
}

export function shippedTable(s: ReturnType<typeof shipped>): string {
	const r = (x: ShippedRow, indent = '') => [
		indent + x.kind,
		String(x.files),
		kb(x.raw),
		kb(x.gzip)
	];
	return table(
		['shipped in build/', 'files', 'raw', 'gzip -9'],
		[...s.rows.map((x) => r(x)), ...s.geodata.map((x) => r(x, '  '))]
	);
}
