// Diagnostic: for each load of a page of build/ (1280×800, fresh context), every frame the app's
// MapLibre map draws up to its first idle, with what arrived between frames (source metadata and
// tiles, style changes with the calls that made them, missing images) and what kept the map busy
// after each frame, so that the frame count `npm run bench` reports can be explained.
//
//   node bench/trace-frames.ts [path] [runs]     QUIET=1: only the count per load
//
// It reads the map the app publishes for the tests (src/lib/map/handle.ts) and MapLibre internals
// (_sourcesDirty, _styleDirty, _placementDirty), which may change with a MapLibre upgrade.
import { buildBenchPage, buildDir, launch } from './common.ts';
import { serve } from './server.ts';

const path = process.argv[2] ?? '/';
const runs = Number(process.argv[3] ?? 1);
const verbose = !process.env.QUIET;
const INIT = `(() => {
	const log = (window.__frames = []);
	const at = () => Math.round(performance.now());
	let map;
	Object.defineProperty(window, '__kurilMap', {
		configurable: true,
		get: () => map,
		set: (m) => {
			map = m;
			if (!m) return;
			log.push({ t: at(), e: 'map created' });
			m.on('render', () => {
				const s = m.style;
				const loaded = s ? Object.entries(s.tileManagers || s.sourceCaches || {}).filter(([, c]) => c.loaded()).map(([k]) => k) : [];
				log.push({ t: at(), e: 'RENDER', loaded: loaded.join(','), sd: m._sourcesDirty, st: m._styleDirty, pd: m._placementDirty });
			});
			m.on('data', (e) => log.push({ t: at(), e: 'data ' + (e.dataType === 'style' ? new Error().stack.split('\\n').slice(2, 9).map((l) => l.trim().split(' ')[1]).join('<') : '') + e.dataType + ' ' + (e.sourceId || '') + ' ' + (e.sourceDataType || '') + (e.tile ? ' tile' : '') }));
			m.on('styleimagemissing', (e) => log.push({ t: at(), e: 'imagemissing ' + e.id }));
			m.once('idle', () => log.push({ t: at(), e: 'IDLE' }));
		}
	});
})();`;

const server = await serve([
	...(path.startsWith('/__bare/')
		? [{ prefix: '/__bare/', dir: await buildBenchPage('bare') }]
		: []),
	{ prefix: '/', dir: buildDir }
]);
const browser = await launch();
for (let r = 0; r < runs; r++) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	await context.addInitScript(INIT);
	const page = await context.newPage();
	await page.goto(server.origin + path);
	await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
		timeout: 120000
	});
	const log = (await page.evaluate(
		() => (window as unknown as { __frames: unknown[] }).__frames
	)) as { t: number; e: string; loaded?: string }[];
	let n = 0;
	const lines: string[] = [];
	let last = '';
	for (const l of log) {
		const d = l as {
			t: number;
			e: string;
			loaded?: string;
			sd?: boolean;
			st?: boolean;
			pd?: boolean;
		};
		const text =
			d.e === 'RENDER'
				? `RENDER #${++n} loaded=[${d.loaded}] dirty:${d.sd ? ' sources' : ''}${d.st ? ' style' : ''}${d.pd ? ' placement' : ''}`
				: d.e;
		if (text === last) {
			lines[lines.length - 1] += ' +';
			continue;
		}
		last = text;
		lines.push(`${String(d.t).padStart(6)} ${text}`);
	}
	if (verbose) console.log(lines.join('\n'));
	const marks = await page.evaluate(() =>
		performance
			.getEntriesByType('mark')
			.map((m) => `${m.name} ${Math.round(m.startTime)}`)
			.join(', ')
	);
	const created = log.find((l) => l.e === 'map created')?.t;
	console.log(`frames to idle: ${n} (map created ${created}; marks: ${marks})`);
	await context.close();
}
await browser.close();
await server.close();
