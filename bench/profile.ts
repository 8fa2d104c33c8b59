// `npm run bench -- --profile`: where the app's time to first idle beyond the bare MapLibre
// baseline goes. Two views of the same question:
//
// 1. Taken apart (wall clock): the app's own map style drawn by MapLibre alone (bench/profile),
//    whole and without one part at a time, interleaved with the baseline and the real app. The
//    difference between two variants' medians is what that part costs in time to idle.
// 2. Traced (CPU): a Chromium trace of the baseline, the app's style alone and the app, from
//    navigation to map idle: the renderer's main thread by trace event (JavaScript, style and
//    layout, paint, WebGL waits…), the JavaScript in it and in MapLibre's worker by function from
//    V8's sampling profiler (glyph rasterising, style setup, drawing, app code…), and the GPU
//    process's main thread, where SwiftShader does the WebGL work.
//
// Attributing samples to parts of MapLibre goes by its method names, which survive minification
// (class methods keep their keys); the rules are in SAMPLE_RULES and the table lists what no rule
// claimed, so nothing is hidden in a bucket.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { benchOut, buildBenchPage, buildDir, launch } from './common.ts';
import { DESKTOP, load, type Load, type Target } from './loads.ts';
import { serve, type StaticServer } from './server.ts';
import { median, msSpread, table } from './stats.ts';

const VARIANTS: [string, string][] = [
	['style', "the app's map as MapView.svelte starts it (bench/profile/main.ts)"],
	['no-labels', 'style without the symbol layers'],
	['no-hatch', 'style without the hatched overlay fills'],
	['no-overlays', 'style without any overlay layer'],
	['no-context', 'style without context land, Hokkaido/Sakhalin land and graticule'],
	['no-fade', "style without MapLibre's 300 ms label fade (the app keeps it)"],
	['by-url', 'the six files as six sources the worker fetches by URL (how the map once started)']
];

// ---------------------------------------------------------------- trace parsing

interface TraceEvent {
	name: string;
	cat?: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	id?: string;
	args?: {
		name?: string;
		data?: {
			documentLoaderURL?: string;
			startTime?: number;
			cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
			timeDeltas?: number[];
		};
	};
}

interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url: string };
}

/** Main-thread trace events by name, most specific first; a nested event takes its own category. */
const EVENT_RULES: [string, RegExp][] = [
	[
		'WebGL: each frame read back for the software compositor (ReadPixels in Commit)',
		/^GLES2::ReadPixels$/
	],
	[
		'WebGL: shader programs compiled and linked (first query after link waits)',
		/^(GLES2Implementation::GetProgramiv|GLES2Implementation::GetShaderiv|GLES2::(GetUniformBlockIndex|GetActiveAttrib|GetActiveUniform|GetUniformLocation|GetAttribLocation|LinkProgram|CompileShader))$/
	],
	[
		'WebGL: other calls waiting on SwiftShader',
		/^(GLES2|GLES2Implementation|ImplementationBase|CommandBuffer\w*|GpuChannelHost|TransferBuffer)\b/
	],
	['garbage collection', /GC|Scavenge|MarkCompact|Sweep/],
	['HTML parsing', /^(ParseHTML|HTMLDocumentParser)/],
	[
		'JavaScript (compile and run)',
		/^(FunctionCall|EvaluateScript|v8\.\w+|V8\.\w+|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|HandlePostMessage|AsyncTask Run|BlinkScheduler_PerformMicrotaskCheckpoint)$/
	],
	['style and layout', /Layout|Style|RecalcStyle|UpdateLayoutTree|ParseAuthorStyleSheet/],
	['paint and compositor commit', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers)/]
];
/** A WebGL call's inner events (waits, flushes) belong to the call. */
const STICKY = /^WebGL/;

/** V8 samples by the functions on their stack: the first rule with a frame on the stack wins. */
const SAMPLE_RULES: [string, (f: Frame) => boolean][] = [
	[
		'glyphs: label text rasterised (TinySDF, font-faces)',
		(f) =>
			/^(_drawGlyph|_getRasterizedGlyph|_createGlyph|_getTinySDF|_getFontFaceTinySDF|getGlyphs|_loadFontFace|getFontFamily|_downloadFontFile)$/.test(
				f.name
			)
	],
	[
		'images: hatch patterns added',
		(f) => /^(addImage|getImages|_getImages|updateImage)$/.test(f.name)
	],
	[
		'symbol placement (collision)',
		(f) => /^(_updatePlacement|placeLayer|continuePlacement)$/.test(f.name)
	],
	[
		'style setup and property changes',
		(f) =>
			/^(_load|_loadStyle|_createLayers|addLayer|_validate|setLayoutProperty|setPaintProperty|setFilter|_updateLayer|_updateWorkerLayers|setState|_applyPaintPropertyUpdates|recalculate|_serializeByIds|setFeatureState)$/.test(
				f.name
			)
	],
	['tile buffers uploaded to WebGL', (f) => /^(upload|_uploadBuffers)$/.test(f.name)],
	[
		'tiles received from the worker',
		(f) => /^(loadVectorData|_tileLoaded|_onWorkerUpdateResult)$/.test(f.name)
	],
	[
		'drawing a frame (WebGL calls from the painter)',
		(f) => /^(render|renderLayer|_render|_renderTileClippingMasks|_renderTiles)$/.test(f.name)
	],
	['app code (Svelte, SvelteKit, the page)', (f) => f.owner === 'app'],
	['MapLibre, other', (f) => f.owner === 'maplibre']
];

const WORKER_RULES: [string, (f: Frame) => boolean][] = [
	['symbol layout (labels)', (f) => /^(performSymbolLayout|shapeText|shapeLines)$/.test(f.name)],
	[
		'GeoJSON parse and tiling (geojson-vt)',
		(f) =>
			/^(loadData|_loadData|getJSON|loadGeoJSON|loadAndProcessGeoJSON|_filterGeoJSON|splitTile|getTile|_indexData)$/.test(
				f.name
			)
	],
	[
		'style layers updated in the worker (each style change)',
		(f) =>
			/^(replace|update|_updateLayerFamilies|possiblyEvaluate|setValue|setLayoutProperty|setPaintProperty|recalculate)$/.test(
				f.name
			)
	],
	[
		'buckets: fills, lines, patterns',
		(f) => /^(populate|addFeatures?|addPolygon|addLine)$/.test(f.name)
	],
	[
		'tile parse and serialise',
		(f) => /^(parse|loadTile|reloadTile|serialize|_parseWorkerTile)$/.test(f.name)
	],
	['worker, other (message passing, the rest)', () => true]
];

interface Frame {
	name: string;
	owner: 'app' | 'maplibre' | 'native';
}

function ownerOf(url: string, maplibre: Set<string>): Frame['owner'] {
	if (!url) return 'native';
	const path = url.replace(/^[a-z]+:\/\/[^/]+/, '');
	return maplibre.has(path) || /maplibre/.test(path) || /\/__(bare|profile)\//.test(path)
		? 'maplibre'
		: 'app';
}

/** Paths (as served) of built files that carry MapLibre, so samples can be told apart by file. */
export function mapLibreFiles(): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string, prefix: string) => {
		for (const f of readdirSync(dir)) {
			const p = join(dir, f);
			if (statSync(p).isDirectory()) walk(p, `${prefix}/${f}`);
			else if (
				/\.m?js$/.test(f) &&
				(/maplibre/.test(f) || readFileSync(p, 'utf8').includes('MapLibre'))
			)
				out.add(`${prefix}/${f}`);
		}
	};
	walk(join(buildDir, '_app'), '/_app');
	return out;
}

interface Breakdown {
	window: number;
	main: Record<string, number>;
	mainBusy: number;
	js: Record<string, number>;
	worker: Record<string, number>;
	workerBusy: number;
	gpuBusy: number;
	/** Compositor commits that read a WebGL frame back: frames the map drew and handed on. */
	readbacks: number;
	unclaimed: Record<string, number>;
}

export function analyse(trace: { traceEvents: TraceEvent[] }, maplibre: Set<string>): Breakdown {
	const ev = trace.traceEvents;
	const threadName = new Map<string, string>();
	for (const e of ev)
		if (e.ph === 'M' && e.name === 'thread_name')
			threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL);
	const idle = ev.find((e) => e.name === 'map-idle' && e.ph !== 'M');
	if (!nav || !idle) throw new Error('profile: trace has no navigationStart or map-idle');
	const pid = nav.pid;
	const [t0, t1] = [nav.ts, idle.ts];
	const clip = (a: number, b: number) => Math.max(0, Math.min(b, t1) - Math.max(a, t0));

	// Main thread: self time of each complete event, under its own category or its nearest
	// categorised ancestor's.
	const mainTid = nav.tid;
	const mainEvents = ev
		.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const main: Record<string, number> = {};
	let mainBusy = 0;
	let readbacks = 0;
	const stack: { end: number; cat: string | null; self: number; e: TraceEvent }[] = [];
	const flush = (frame: (typeof stack)[number]) => {
		const cat = frame.cat ?? 'other (loading, scheduling, browser tasks)';
		main[cat] = (main[cat] ?? 0) + frame.self;
	};
	for (const e of mainEvents) {
		const end = e.ts + (e.dur ?? 0);
		while (stack.length && (stack.at(-1)?.end ?? 0) <= e.ts)
			flush(stack.pop() as (typeof stack)[number]);
		const parent = stack.at(-1);
		const own =
			parent?.cat && STICKY.test(parent.cat)
				? parent.cat
				: (EVENT_RULES.find(([, re]) => re.test(e.name))?.[0] ?? null);
		if (e.name === 'GLES2::ReadPixels' && parent?.e.name === 'Commit' && e.ts >= t0 && e.ts <= t1)
			readbacks++;
		const inWindow = clip(e.ts, end);
		if (parent) parent.self -= inWindow;
		else mainBusy += inWindow;
		stack.push({ end, cat: own ?? parent?.cat ?? null, self: inWindow, e });
	}
	while (stack.length) flush(stack.pop() as (typeof stack)[number]);

	// V8 samples, per profiled thread.
	const profiles = new Map<
		string,
		{
			tid: number;
			start: number;
			nodes: Map<number, ProfileNode>;
			samples: number[];
			deltas: number[];
		}
	>();
	for (const e of ev) {
		if (e.pid !== pid) continue;
		if (e.name === 'Profile' && e.id)
			profiles.set(e.id, {
				tid: e.tid,
				start: e.args?.data?.startTime ?? e.ts,
				nodes: new Map(),
				samples: [],
				deltas: []
			});
		if (e.name === 'ProfileChunk' && e.id) {
			const p = profiles.get(e.id);
			const cpu = e.args?.data?.cpuProfile;
			if (!p || !cpu) continue;
			for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
			p.samples.push(...(cpu.samples ?? []));
			p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
		}
	}
	const js: Record<string, number> = {};
	const worker: Record<string, number> = {};
	const unclaimed: Record<string, number> = {};
	let workerBusy = 0;
	for (const p of profiles.values()) {
		const isMain = p.tid === mainTid;
		const isWorker = /DedicatedWorker/.test(threadName.get(`${pid}:${p.tid}`) ?? '');
		if (!isMain && !isWorker) continue;
		let t = p.start;
		for (let i = 0; i < p.samples.length; i++) {
			t += p.deltas[i] ?? 0;
			const dt = p.deltas[i + 1] ?? 0;
			const w = clip(t, t + dt);
			if (!w) continue;
			const leaf = p.nodes.get(p.samples[i] as number);
			const leafName = leaf?.callFrame.functionName ?? '';
			if (leafName === '(idle)' || leafName === '(root)') continue;
			const frames: Frame[] = [];
			for (let n = leaf; n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent))
				frames.push({ name: n.callFrame.functionName, owner: ownerOf(n.callFrame.url, maplibre) });
			let bucket: string;
			if (leafName === '(garbage collector)') bucket = 'garbage collection';
			else if (leafName === '(program)')
				bucket = '(program): native work outside JavaScript (WebGL waits, layout, paint)';
			else {
				const rules = isMain ? SAMPLE_RULES : WORKER_RULES;
				bucket = rules.find(([, test]) => frames.some(test))?.[0] ?? 'unattributed';
				if (/other/.test(bucket)) {
					const named = frames.find((f) => f.owner !== 'native' && f.name) ?? frames[0];
					const key = `${isMain ? 'main' : 'worker'}: ${named?.name || '(anonymous)'}`;
					unclaimed[key] = (unclaimed[key] ?? 0) + w;
				}
			}
			if (isMain) js[bucket] = (js[bucket] ?? 0) + w;
			else {
				worker[bucket] = (worker[bucket] ?? 0) + w;
				workerBusy += w;
			}
		}
	}

	// GPU process main thread: top-level tasks only.
	const gpuPid = ev.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrGpuMain'
	)?.pid;
	let gpuBusy = 0;
	if (gpuPid !== undefined) {
		const tasks = ev
			.filter(
				(e) =>
					e.pid === gpuPid &&
					e.ph === 'X' &&
					/RunTask/.test(e.name) &&
					threadName.get(`${e.pid}:${e.tid}`) === 'CrGpuMain'
			)
			.sort((a, b) => a.ts - b.ts);
		let until = 0;
		for (const e of tasks) {
			const end = e.ts + (e.dur ?? 0);
			if (end <= until) continue;
			gpuBusy += clip(Math.max(e.ts, until), end);
			until = end;
		}
	}
	const ms = (r: Record<string, number>) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v / 1000]));
	return {
		window: (t1 - t0) / 1000,
		main: ms(main),
		mainBusy: mainBusy / 1000,
		js: ms(js),
		worker: ms(worker),
		workerBusy: workerBusy / 1000,
		gpuBusy: gpuBusy / 1000,
		readbacks,
		unclaimed: ms(unclaimed)
	};
}

const CATEGORIES = [
	'disabled-by-default-devtools.timeline',
	'devtools.timeline',
	'v8.execute',
	'v8',
	'blink.user_timing',
	'loading',
	'toplevel',
	'gpu',
	'disabled-by-default-v8.cpu_profiler',
	'__metadata'
];

async function traced(browser: Browser, server: StaticServer, path: string) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	try {
		const page = await context.newPage();
		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(server.origin + path);
		await page.waitForFunction(
			() => performance.getEntriesByName('map-idle').length > 0,
			undefined,
			{
				timeout: 120_000,
				polling: 100
			}
		);
		return JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------- the report

function medianOf(list: Record<string, number>[], key: string) {
	return median(list.map((r) => r[key] ?? 0));
}

function breakdownTable(
	named: [string, Breakdown[]][],
	pick: (b: Breakdown) => Record<string, number>
): string {
	const keys = [...new Set(named.flatMap(([, bs]) => bs.flatMap((b) => Object.keys(pick(b)))))];
	keys.sort(
		(a, b) =>
			medianOf(named.at(-1)?.[1].map(pick) ?? [], b) -
			medianOf(named.at(-1)?.[1].map(pick) ?? [], a)
	);
	return table(
		['', ...named.map(([n]) => n)],
		keys.map((k) => [k, ...named.map(([, bs]) => `${Math.round(medianOf(bs.map(pick), k))} ms`)])
	);
}

function milestones(l: Load): string {
	const t0 = l.hits[0]?.at ?? 0;
	const at = (test: (p: string) => boolean) => {
		const h = l.hits.find((x) => test(x.path));
		return h ? `+${Math.round(h.at - t0)}` : '–';
	};
	return [
		at((p) => /\.js$/.test(p)),
		at((p) => /maplibre-gl-worker/.test(p)),
		at((p) => /\.geojson$/.test(p)),
		at((p) => /\.woff2$/.test(p)),
		String(l.idle)
	].join(' | ');
}

export async function profile(runs: number): Promise<string> {
	const profileOut = await buildBenchPage('profile');
	const server = await serve([
		{ prefix: '/__bare/', dir: join(benchOut, 'bare') },
		{ prefix: '/__profile/', dir: profileOut },
		{ prefix: '/', dir: buildDir }
	]);
	const browser = await launch();
	const parts: string[] = [];
	const out = (title: string, body: string) => {
		console.log(`\n${title}\n${body}`);
		parts.push(`### ${title}\n\n${body}\n`);
	};
	try {
		const targets: Target[] = [
			{
				key: 'bare',
				label: 'bare MapLibre (baseline)',
				path: '/__bare/index.html',
				viewport: DESKTOP,
				baseline: true
			},
			...VARIANTS.map(([v]) => ({
				key: v,
				label: `style: ${v}`,
				path: `/__profile/index.html?v=${v}`,
				viewport: DESKTOP
			})),
			{ key: 'app', label: 'app: /', path: '/', viewport: DESKTOP }
		];
		const results = new Map<string, Load[]>(targets.map((t) => [t.key, []]));
		await load(browser, server, targets[0] as Target);
		console.log(`Taking the style apart: ${targets.length} pages × ${runs} runs, interleaved…`);
		for (let run = 0; run < runs; run++)
			for (let i = 0; i < targets.length; i++) {
				const t = targets[(run + i) % targets.length] as Target;
				results.get(t.key)?.push(await load(browser, server, t));
				process.stdout.write(`\r  run ${run + 1}/${runs}: ${t.label}`.padEnd(60));
			}
		process.stdout.write('\r'.padEnd(62) + '\r');
		const idle = (k: string) => median((results.get(k) ?? []).map((l) => l.idle));
		const describe = Object.fromEntries(VARIANTS);
		out(
			`The app's map style taken apart (map first idle, ${runs} interleaved runs, 1280×800)`,
			table(
				['page', 'map first idle, median (min–max)', 'vs baseline', 'frames to idle', 'what it is'],
				targets.map((t) => [
					t.label,
					msSpread((results.get(t.key) ?? []).map((l) => l.idle)),
					`×${(idle(t.key) / idle('bare')).toFixed(2)}`,
					String(median((results.get(t.key) ?? []).map((l) => l.frames))),
					t.key === 'bare'
						? 'one fill layer, no labels, no page (bench/bare)'
						: t.key === 'app'
							? 'the app: SvelteKit page and still map, MapLibre loaded after the first paint'
							: (describe[t.key] ?? '')
				])
			)
		);
		const extra = idle('app') - idle('bare');
		const share = (ms: number) => `${Math.round(ms)} ms (${Math.round((100 * ms) / extra)}%)`;
		out(
			"Where the app's time beyond the baseline goes (differences of medians; they need not add up)",
			table(
				['part', 'time to idle it adds'],
				[
					['all of it: app / − baseline', `${Math.round(extra)} ms`],
					[
						'the page around the map (app − style): SvelteKit/Svelte, the still map, hydration, MapLibre loaded after the first paint, CSS and font',
						share(idle('app') - idle('style'))
					],
					[
						'labels (style − no-labels): glyph rasterising, symbol layout and placement',
						share(idle('style') - idle('no-labels'))
					],
					['hatched overlay fills (style − no-hatch)', share(idle('style') - idle('no-hatch'))],
					[
						'all overlays (style − no-overlays), hatches included',
						share(idle('style') - idle('no-overlays'))
					],
					[
						'context land and graticule (style − no-context)',
						share(idle('style') - idle('no-context'))
					],
					[
						'what the inline single source saves (by-url − style)',
						share(idle('by-url') - idle('style'))
					],
					["MapLibre's 300 ms label fade (style − no-fade)", share(idle('style') - idle('no-fade'))]
				]
			)
		);
		out(
			'Network milestones (ms after the HTML was requested; first run of each, server log)',
			table(
				['page', 'first JS', 'MapLibre worker', 'first GeoJSON', 'font', 'map idle'],
				targets.map((t) => {
					const l = results.get(t.key)?.[0];
					return [t.label, ...(l ? milestones(l).split(' | ') : [])];
				})
			)
		);

		const traceRuns = Math.max(1, Math.min(3, runs));
		const maplibre = mapLibreFiles();
		const traceTargets: [string, string][] = [
			['baseline', '/__bare/index.html'],
			['style alone', '/__profile/index.html?v=style'],
			['app /', '/']
		];
		const traces = new Map<string, Breakdown[]>(traceTargets.map(([n]) => [n, []]));
		console.log(`\nTracing ${traceTargets.length} pages × ${traceRuns} runs…`);
		for (let run = 0; run < traceRuns; run++)
			for (const [name, path] of traceTargets)
				traces.get(name)?.push(analyse(await traced(browser, server, path), maplibre));
		const named = [...traces];
		const summary = (f: (b: Breakdown) => number) =>
			named.map(([, bs]) => `${Math.round(median(bs.map(f)))} ms`);
		out(
			`Traced, navigation to map idle (${traceRuns} runs, medians; CPU time, threads overlap)`,
			table(
				['', ...named.map(([n]) => n)],
				[
					['navigation to map idle (wall)', ...summary((b) => b.window)],
					['renderer main thread busy', ...summary((b) => b.mainBusy)],
					['MapLibre worker busy (sampled)', ...summary((b) => b.workerBusy)],
					['GPU process main thread busy (SwiftShader)', ...summary((b) => b.gpuBusy)],
					[
						'frames read back for the compositor',
						...named.map(([, bs]) => String(median(bs.map((b) => b.readbacks))))
					]
				]
			) +
				'\n\nRenderer main thread by trace event (self time):\n\n' +
				breakdownTable(named, (b) => b.main) +
				'\n\nJavaScript on the main thread by function (V8 samples):\n\n' +
				breakdownTable(named, (b) => b.js) +
				'\n\nMapLibre worker by function (V8 samples):\n\n' +
				breakdownTable(named, (b) => b.worker) +
				'\n\nLargest samples no rule claimed (app /):\n\n' +
				table(
					['function', 'ms'],
					Object.entries(
						(traces.get('app /') ?? []).reduce<Record<string, number>>((acc, b) => {
							for (const [k, v] of Object.entries(b.unclaimed))
								acc[k] = (acc[k] ?? 0) + v / traceRuns;
							return acc;
						}, {})
					)
						.sort((a, b) => b[1] - a[1])
						.slice(0, 12)
						.map(([k, v]) => [k, String(Math.round(v))])
				)
		);
	} finally {
		await browser.close();
		await server.close();
	}
	return parts.join('\n');
}
