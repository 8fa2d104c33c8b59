// `npm run bench`: the app beside a bare MapLibre page drawing the same islands (bench/bare),
// measured in the same run and interleaved, so that the load on a shared machine affects both
// alike; the comparison is the anchor, not the absolute milliseconds. Prints medians with their
// spread, the budgets (bench/budgets.ts), what each page downloads and what build/ ships.
//
//   npm run bench                      timings, budgets (report only), bytes
//   npm run bench -- --check           the same; exits 1 when a budget fails
//   npm run bench -- --lighthouse      also Lighthouse 13, mobile and desktop, app pages and baseline
//   npm run bench -- --profile         where the app's time beyond the baseline goes (bench/profile.ts)
//
// Needs a production build (npm run build) and Chromium (see tests/e2e/chromium.ts). Results also go
// to bench/results/ (JSON and Markdown; not committed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { budgetTable, evaluate, isJs, sum, type Results } from './budgets.ts';
import { shipped, shippedTable } from './bytes.ts';
import { buildBenchPage, buildDir, launch, resultsDir, root } from './common.ts';
import {
	DESKTOP,
	FAST_4G,
	ISLANDS_DEFINITION,
	PHONE,
	SLOW_4G,
	load,
	type Target
} from './loads.ts';
import { serve, type StaticServer } from './server.ts';
import { kb, median, msSpread, table } from './stats.ts';

const HELP = `npm run bench -- [options]

  --check            exit 1 when a budget fails (needs --runs >= 5)
  --runs N           page loads per target, interleaved (default 7, or BENCH_RUNS)
  --only KEYS        only these targets beside the baseline (comma-separated: home, island,
                     home-phone, home-net, home-cpu4); no budgets, for a quicker frame count on a
                     busy machine
  --cpu N            every target (the baseline too) with the CPU slowed down N times (DevTools
                     throttling; 4 is Lighthouse's mobile), for the blocking time at 4×
  --lighthouse       also run Lighthouse 13 (mobile and desktop) on /, an island, a passage and
                     the bare baseline; scores beside the timings
  --lh-runs N        Lighthouse runs per page and form factor; medians are reported (default 1)
  --lh-only          Lighthouse without the timed loads
  --profile          where the app's time beyond the baseline goes: a trace of / vs the baseline
                     and the app's map style taken apart layer group by layer group
  --help             this text

Results: bench/results/bench-<time>.{json,md} and bench/results/latest.md.`;

const { values: opts } = parseArgs({
	options: {
		check: { type: 'boolean', default: false },
		runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
		only: { type: 'string' },
		cpu: { type: 'string' },
		lighthouse: { type: 'boolean', default: false },
		'lh-runs': { type: 'string', default: '1' },
		'lh-only': { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false }
	}
});
if (opts.help) {
	console.log(HELP);
	process.exit(0);
}

const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: not a count: ${opts.runs}`);
if (opts.check && RUNS < 5) {
	console.error('bench: --check takes medians of at least 5 runs; use --runs 5 or more.');
	process.exit(2);
}

const ALL_TARGETS: Target[] = [
	{
		key: 'bare',
		label: 'bare MapLibre (baseline)',
		path: '/__bare/index.html',
		viewport: DESKTOP,
		baseline: true
	},
	{ key: 'home', label: 'app: /', path: '/', viewport: DESKTOP },
	{ key: 'island', label: 'app: /islands/shikotan', path: '/islands/shikotan', viewport: DESKTOP },
	// Layout shifts are measured over a throttled network (see loads.ts, Network).
	{ key: 'home-phone', label: 'app: /', path: '/', viewport: PHONE, network: SLOW_4G },
	{ key: 'home-net', label: 'app: /', path: '/', viewport: DESKTOP, network: FAST_4G },
	// The blocking-time budget holds at a phone's CPU too (Lighthouse's mobile slows it 4×): the
	// baseline and / again, each against the other at the same rate.
	{
		key: 'bare-cpu4',
		label: 'bare MapLibre (baseline), 4× CPU',
		path: '/__bare/index.html',
		viewport: DESKTOP,
		baseline: true,
		cpuSlowdown: 4
	},
	{ key: 'home-cpu4', label: 'app: /, 4× CPU', path: '/', viewport: DESKTOP, cpuSlowdown: 4 }
];

const only = opts.only?.split(',').map((k) => k.trim());
if (only && opts.check) {
	console.error('bench: --check needs every target; drop --only.');
	process.exit(2);
}
// The baseline stays first: the warm-up, the ratios and the download table read TARGETS[0] and [1].
const cpuSlowdown = opts.cpu === undefined ? undefined : Number(opts.cpu);
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1))
	throw new Error(`--cpu: not a rate: ${opts.cpu}`);
/** The baseline a target is measured against: the bare page at the same CPU rate. */
const baselineOf = (t: Target) => (t.cpuSlowdown && !cpuSlowdown ? 'bare-cpu4' : 'bare');
const TARGETS = cpuSlowdown
	? // --cpu slows every target; the fixed 4× pair would then be slowed twice.
		ALL_TARGETS.filter(
			(t) => !t.cpuSlowdown && (t.key === 'bare' || !only || only.includes(t.key))
		).map((t) => ({ ...t, cpuSlowdown, label: `${t.label}, ${cpuSlowdown}× CPU` }))
	: ALL_TARGETS.filter(
			(t) =>
				!only ||
				only.includes(t.key) ||
				t.key === 'bare' ||
				(t.key === 'bare-cpu4' && only.some((k) => k.endsWith('-cpu4')))
		);

function commit(): string {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString();
		const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString();
		return sha.trim() + (dirty.trim() ? ' (uncommitted changes)' : '');
	} catch {
		return 'unknown';
	}
}

function machine(browserVersion: string, renderer: string) {
	return {
		date: new Date().toISOString(),
		commit: commit(),
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		loadavg: loadavg()
			.map((x) => x.toFixed(1))
			.join(' '),
		node: process.version,
		chromium: browserVersion,
		webgl: renderer
	};
}

async function webglRenderer(browser: Browser): Promise<string> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl2');
			if (!gl) return 'no WebGL2';
			const ext = gl.getExtension('WEBGL_debug_renderer_info');
			return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
		});
	} finally {
		await page.close();
	}
}

async function timedLoads(browser: Browser, server: StaticServer): Promise<Results> {
	const results: Results = new Map(TARGETS.map((t) => [t, []]));
	// One unrecorded load of each page first: the first load after launch pays for the browser
	// warming up, which is not the page's doing.
	for (const t of [TARGETS[0], TARGETS[1]]) if (t) await load(browser, server, t);
	for (let run = 0; run < RUNS; run++) {
		// Interleave, rotating the order each round, so drift in machine load and position in the
		// round affect every target alike.
		for (let i = 0; i < TARGETS.length; i++) {
			const t = TARGETS[(run + i) % TARGETS.length] as Target;
			const l = await load(browser, server, t);
			results.get(t)?.push(l);
			process.stdout.write(
				`\r  run ${run + 1}/${RUNS}: ${t.label} ${t.viewport.name} ${t.network?.name ?? ''}`.padEnd(
					72
				)
			);
		}
	}
	process.stdout.write('\r'.padEnd(72) + '\r');
	return results;
}

function timingTable(results: Results): string {
	const baseIdle = (t: Target) => {
		const bare = [...results].find(([b]) => b.key === baselineOf(t))?.[1] ?? [];
		return median(bare.map((l) => l.idle));
	};
	const rows = [...results].map(([t, loads]) => {
		const base = baseIdle(t);
		const idle = loads.map((l) => l.idle);
		const sources = [...new Set(loads.map((l) => l.islandsSource))].join(', ');
		return [
			t.label,
			t.viewport.name + (t.network ? `, ${t.network.name}` : ''),
			msSpread(idle),
			`×${(median(idle) / base).toFixed(2)}`,
			String(median(loads.map((l) => l.frames))),
			msSpread(loads.map((l) => l.blocking)),
			`${msSpread(loads.map((l) => l.islands))} ${sources}`,
			msSpread(loads.map((l) => l.fcp)),
			`${median(loads.map((l) => l.cls)).toFixed(3)} (max ${Math.max(...loads.map((l) => l.cls)).toFixed(3)})`,
			String(median(loads.map((l) => l.hits.length))),
			kb(median(loads.map((l) => sum(l.hits, isJs)))),
			kb(median(loads.map((l) => sum(l.hits, () => true))))
		];
	});
	return table(
		[
			'page',
			'viewport',
			'map first idle, median (min–max)',
			'vs baseline',
			'frames to idle',
			'blocking FCP → idle',
			'islands on screen (how)',
			'FCP',
			'CLS to idle',
			'requests',
			'JS gzip',
			'all gzip'
		],
		rows
	);
}

/** What `/` downloads up to map idle, file by file, from the server's log of one load. */
function downloadTable(results: Results): string {
	const home = results.get(TARGETS[1] as Target)?.[0];
	if (!home) return '';
	return table(
		['file fetched by / (first load)', 'type', 'requested at', 'raw', 'on the wire'],
		home.hits.map((h) => [
			h.path,
			h.type.split(';')[0] ?? '',
			`+${Math.round(h.at - (home.hits[0]?.at ?? 0))} ms`,
			kb(h.raw),
			kb(h.sent)
		])
	);
}

async function main() {
	if (!existsSync(join(buildDir, 'index.html'))) {
		console.error('bench: no build/ — run `npm run build` first.');
		process.exit(1);
	}
	const bareOut = await buildBenchPage('bare');
	if (opts.profile) {
		const { profile } = await import('./profile.ts');
		const started = performance.now();
		const md = await profile(RUNS);
		const took = Math.round((performance.now() - started) / 1000);
		console.log(`\nprofile took ${took} s`);
		mkdirSync(resultsDir, { recursive: true });
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		writeFileSync(
			join(resultsDir, `profile-${stamp}.md`),
			`## Profile ${stamp} (commit ${commit()}, load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')} at the end)\n\n${md}\nTook ${took} s.\n`
		);
		console.log(`Written: bench/results/profile-${stamp}.md`);
		return;
	}
	const started = performance.now();
	const md: string[] = [];
	const out = (title: string, body: string) => {
		console.log(`\n${title}\n${body}`);
		md.push(`### ${title}\n\n${body}\n`);
	};
	const bytes = shipped(buildDir);
	const server = await serve(
		[
			{ prefix: '/__bare/', dir: bareOut },
			{ prefix: '/', dir: buildDir }
		],
		buildDir
	);
	const browser = await launch();
	let failed = false;
	const phases: string[] = [];
	const json: Record<string, unknown> = {};
	try {
		const info = machine(browser.version(), await webglRenderer(browser));
		json.machine = info;
		console.log(
			`Machine: ${info.cores} cores, ${info.cpu}, load average ${info.loadavg}; Chromium ${info.chromium}; WebGL: ${info.webgl}; commit ${info.commit}`
		);
		console.log(`Cache policy served: ${server.cachePolicy}`);
		md.push(
			`Run ${info.date} on commit ${info.commit}: ${info.cores} cores (${info.cpu}), no GPU (WebGL: ${info.webgl}), load average ${info.loadavg} at the start; Chromium ${info.chromium}, Node ${info.node}. Cache policy served: ${server.cachePolicy}.\n`
		);
		if (!opts['lh-only']) {
			console.log(`\nLoading each page ${RUNS} times, interleaved, fresh context each time…`);
			const t0 = performance.now();
			const results = await timedLoads(browser, server);
			phases.push(`timed loads ${Math.round((performance.now() - t0) / 1000)} s`);
			const budgets = only ? [] : evaluate(results, TARGETS);
			failed = budgets.some((b) => !b.pass);
			if (!only)
				out(
					`Budgets (${RUNS} interleaved runs, medians)`,
					budgetTable(budgets) +
						'\n\n' +
						[ISLANDS_DEFINITION, ...budgets.filter((b) => b.detail).map((b) => b.detail)]
							.map((s) => `- ${s}`)
							.join('\n')
				);
			out(
				`Load to the map's first idle (${RUNS} runs, software WebGL, device pixel ratio 1)`,
				timingTable(results)
			);
			out('What / downloads up to map idle (server log, gzip as served)', downloadTable(results));
			json.budgets = budgets;
			json.loads = Object.fromEntries(
				[...results].map(([t, loads]) => [
					`${t.key} ${t.viewport.name}`,
					loads.map(({ hits, ...rest }) => ({
						...rest,
						requests: hits.length,
						bytes: sum(hits, () => true),
						js: sum(hits, isJs)
					}))
				])
			);
		}
		await browser.close();
		if (opts.lighthouse || opts['lh-only']) {
			const { lighthouseRuns, lighthouseTable } = await import('./lighthouse.ts');
			const t0 = performance.now();
			const lh = await lighthouseRuns(server.origin, Number(opts['lh-runs']), resultsDir);
			phases.push(`Lighthouse ${Math.round((performance.now() - t0) / 1000)} s`);
			out(
				`Lighthouse 13 (${opts['lh-runs']} run(s) per page and form factor${Number(opts['lh-runs']) > 1 ? ', medians' : ''})`,
				lighthouseTable(lh)
			);
			json.lighthouse = lh;
		}
		out('Shipped bytes (build/)', shippedTable(bytes));
		json.shipped = bytes;
	} finally {
		await browser.close().catch(() => {});
		await server.close();
	}
	const took = (performance.now() - started) / 1000;
	console.log(`\nbench took ${Math.round(took)} s (${phases.join(', ') || 'no page loads'})`);
	mkdirSync(resultsDir, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const doc = `## Benchmark ${stamp}\n\n${md.join('\n')}\nTook ${Math.round(took)} s (${phases.join(', ')}; \`npm run bench -- ${process.argv.slice(2).join(' ')}\`).\n`;
	writeFileSync(join(resultsDir, `bench-${stamp}.md`), doc);
	writeFileSync(join(resultsDir, 'latest.md'), doc);
	writeFileSync(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(json, null, '\t'));
	console.log(`Written: bench/results/bench-${stamp}.{md,json} and bench/results/latest.md`);
	if (failed)
		console.log(`\n${opts.check ? 'FAIL' : 'Note'}: at least one budget is not met (see above).`);
	if (opts.check && failed) process.exitCode = 1;
}

await main();
