// `npm run bench`: load-to-first-idle of the app beside a bare MapLibre page measured in the same
// run, and the shipped bytes (raw and gzip) by kind. Prints medians; asserts nothing, since timings
// on shared 2-core machines with software WebGL vary too much for a pass/fail threshold.
//
// Needs a production build (npm run build) and Chromium (see tests/e2e/chromium.ts).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, copyFileSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { chromiumPath } from '../tests/e2e/chromium.ts';

const root = new URL('..', import.meta.url).pathname;
const buildDir = join(root, 'build');
const bareOut = join(root, 'bench/.out/bare');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain'
};

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map((f) => join(dir, String(f)))
		.filter((f) => statSync(f).isFile());
}

/** A static host: build/ at /, the baseline at /__bare/, prerendered pages without .html. */
function serve(): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const [base, path] = url.pathname.startsWith('/__bare/')
			? [bareOut, url.pathname.slice('/__bare'.length)]
			: [buildDir, url.pathname];
		let file = normalize(join(base, decodeURIComponent(path)));
		if (!file.startsWith(base)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) return void res.writeHead(404).end('not found');
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, origin: `http://127.0.0.1:${port}` });
		})
	);
}

async function buildBaseline() {
	await viteBuild({
		root: join(root, 'bench/bare'),
		base: './',
		logLevel: 'warn',
		configFile: false,
		build: { outDir: bareOut, emptyOutDir: true }
	});
	mkdirSync(bareOut, { recursive: true });
	copyFileSync(join(root, 'static/geo/islands.geojson'), join(bareOut, 'islands.geojson'));
}

function gz(path: string): number {
	return gzipSync(readFileSync(path), { level: 9 }).byteLength;
}

function kb(n: number): string {
	return `${(n / 1024).toFixed(1)} KB`;
}

function sizes() {
	const all = files(buildDir);
	const isMapLibre = (f: string) =>
		/maplibre-gl/.test(f) || (f.endsWith('.js') && readFileSync(f, 'utf8').includes('MapLibre'));
	const groups: Record<string, string[]> = {
		'JS, app (beyond MapLibre)': all.filter((f) => /\.m?js$/.test(f) && !isMapLibre(f)),
		'JS, MapLibre (main + worker)': all.filter((f) => /\.m?js$/.test(f) && isMapLibre(f)),
		'CSS, app': all.filter((f) => f.endsWith('.css') && !isMapLibre(f) && !f.includes('/fonts/')),
		'CSS, MapLibre': all.filter((f) => f.endsWith('.css') && isMapLibre(f)),
		'fonts (all subsets shipped)': all.filter((f) => f.endsWith('.woff2')),
		geodata: all.filter((f) => f.endsWith('.geojson')),
		'HTML (prerendered pages)': all.filter((f) => f.endsWith('.html'))
	};
	console.log('\nShipped bytes (build/), raw and gzip -9:');
	for (const [name, list] of Object.entries(groups)) {
		const raw = list.reduce((s, f) => s + statSync(f).size, 0);
		const gzip = list.reduce((s, f) => s + gz(f), 0);
		console.log(
			`  ${name.padEnd(32)} ${String(list.length).padStart(3)} files  ${kb(raw).padStart(10)}  gzip ${kb(gzip).padStart(9)}`
		);
	}
	for (const f of groups.geodata ?? [])
		console.log(
			`    ${f.slice(buildDir.length + 1).padEnd(30)} ${kb(statSync(f).size).padStart(9)}  gzip ${kb(gz(f)).padStart(8)}`
		);
}

async function measure(origin: string) {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--enable-unsafe-swiftshader', '--disable-gpu-sandbox']
	});
	const targets = [
		['bare MapLibre (baseline)', '/__bare/index.html'],
		['app: home', '/'],
		['app: /islands/shikotan', '/islands/shikotan']
	] as const;
	const results: Record<
		string,
		{ idle: number[]; paint: number[]; bytes: number[]; requests: number[] }
	> = {};
	try {
		for (let run = 0; run < RUNS; run++) {
			// Interleave targets so drift in machine load affects them alike.
			for (const [name, path] of targets) {
				const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
				const page = await context.newPage();
				let bytes = 0;
				let requests = 0;
				page.on('response', async (r) => {
					requests++;
					bytes += (await r.body().catch(() => Buffer.alloc(0))).byteLength;
				});
				await page.goto(origin + path);
				await page.waitForFunction(
					() => performance.getEntriesByName('map-idle').length > 0,
					undefined,
					{ timeout: 60_000 }
				);
				const idle = await page.evaluate(() =>
					Math.round(performance.getEntriesByName('map-idle')[0]?.startTime ?? -1)
				);
				// The app's islands are in its HTML (the still SVG map), so they are on screen at the
				// first contentful paint; the bare page has nothing to show before its map is idle.
				const paint = await page.evaluate(() =>
					document.querySelector('.svg-map svg a[data-island]')
						? Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)
						: -1
				);
				const r = (results[name] ??= { idle: [], paint: [], bytes: [], requests: [] });
				r.idle.push(idle);
				r.paint.push(paint);
				r.bytes.push(bytes);
				r.requests.push(requests);
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	const base = median(results[targets[0][0]]?.idle ?? [0]);
	console.log(
		`\nLoad to the map's first idle, ${RUNS} runs each, median (min–max), software WebGL:`
	);
	for (const [name] of targets) {
		const r = results[name];
		if (!r) continue;
		const m = median(r.idle);
		console.log(
			`  ${name.padEnd(26)} ${String(m).padStart(6)} ms (${Math.min(...r.idle)}–${Math.max(...r.idle)})  ×${(m / base).toFixed(2)} baseline  ${kb(median(r.bytes)).padStart(9)} transferred uncompressed in ${median(r.requests)} requests`
		);
	}
	console.log(
		`\nLoad to the islands on screen (the still SVG map's first paint), median (min–max):`
	);
	for (const [name] of targets) {
		const r = results[name];
		if (!r || r.paint.some((p) => p < 0)) continue;
		const m = median(r.paint);
		console.log(
			`  ${name.padEnd(26)} ${String(m).padStart(6)} ms (${Math.min(...r.paint)}–${Math.max(...r.paint)})  ×${(m / base).toFixed(2)} the baseline's idle`
		);
	}
}

if (!existsSync(join(buildDir, 'index.html'))) {
	console.error('bench: no build/ — run `npm run build` first.');
	process.exit(1);
}
await buildBaseline();
sizes();
const { server, origin } = await serve();
try {
	await measure(origin);
} finally {
	server.close();
}
