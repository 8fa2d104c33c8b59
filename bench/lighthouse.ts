// Lighthouse 13 on the app's map pages and on the bare MapLibre baseline, mobile and desktop, in the
// same run and interleaved. Software WebGL on 2 shared cores makes every map page's total blocking
// time large, so an app score means little alone: read it beside the baseline's.
//
// Chromium is started here headless with software WebGL (as in tests/e2e) for Lighthouse,
// plus chrome-launcher's defaults that keep it from calling home (background networking,
// component updates, translate, …), so a run makes no request to any host but the bench server;
// each run checks that from Lighthouse's own network log.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from '../tests/e2e/chromium.ts';
import { buildDir } from './common.ts';
import { median, table } from './stats.ts';

export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--disable-gpu-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-client-side-phishing-detection',
	'--disable-default-apps',
	'--disable-domain-reliability',
	'--disable-extensions',
	'--disable-component-extensions-with-background-pages',
	'--disable-sync',
	'--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,RenderDocument',
	'--metrics-recording-only',
	'--no-default-browser-check',
	'--no-first-run',
	'--mute-audio',
	'--password-store=basic',
	'--disable-backgrounding-occluded-windows',
	'--disable-renderer-backgrounding',
	'--disable-background-timer-throttling',
	'--disable-ipc-flooding-protection',
	'--force-fieldtrials=*BackgroundTracing/default/'
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift',
	SI: 'speed-index'
} as const;

export interface LhScore {
	page: string;
	path: string;
	formFactor: 'mobile' | 'desktop';
	/** Category scores 0–100, one per run. */
	scores: Record<(typeof CATEGORIES)[number], number[]>;
	/** Metric values per run: ms, except CLS (unitless). */
	metrics: Record<keyof typeof METRICS, number[]>;
	/** Requests to any host but the bench server, over all runs (should be none). */
	outbound: string[];
	warnings: string[];
}

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	const exe = chromiumPath() ?? 'chromium';
	const child = spawn(
		exe,
		[...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const port = await new Promise<number>((resolve, reject) => {
		let err = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 30_000);
		child.stderr.on('data', (d: Buffer) => {
			err += d.toString();
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
			if (m) {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		});
		child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
	});
	return {
		port,
		stop: async () => {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** The first passage page in the build, so the set follows the content. */
function passagePath(): string {
	const articles = join(buildDir, 'articles');
	for (const slug of readdirSync(articles)) {
		const dir = join(articles, slug, 'passages');
		try {
			const first = readdirSync(dir).filter((f) => f.endsWith('.html'))[0];
			if (first) return `/articles/${slug}/passages/${first.replace(/\.html$/, '')}`;
		} catch {
			// not an article folder
		}
	}
	throw new Error('bench: no passage page in build/articles');
}

async function once(url: string, formFactor: 'mobile' | 'desktop') {
	const chrome = await startChromium();
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error('Lighthouse returned nothing');
		return result.lhr;
	} finally {
		await chrome.stop();
	}
}

export async function lighthouseRuns(
	origin: string,
	runs: number,
	resultsDir: string
): Promise<LhScore[]> {
	const pages: [string, string][] = [
		['bare MapLibre (baseline)', '/__bare/index.html'],
		['app: /', '/'],
		['app: island', '/islands/shikotan'],
		['app: passage', passagePath()]
	];
	const lhrDir = join(resultsDir, 'lighthouse');
	mkdirSync(lhrDir, { recursive: true });
	const out: LhScore[] = [];
	const entry = (page: string, path: string, formFactor: 'mobile' | 'desktop') => {
		let e = out.find((x) => x.path === path && x.formFactor === formFactor);
		if (!e) {
			e = {
				page,
				path,
				formFactor,
				scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as LhScore['scores'],
				metrics: Object.fromEntries(
					Object.keys(METRICS).map((m) => [m, []])
				) as unknown as LhScore['metrics'],
				outbound: [],
				warnings: []
			};
			out.push(e);
		}
		return e;
	};
	const total = runs * 2 * pages.length;
	let n = 0;
	for (let run = 0; run < runs; run++)
		for (const formFactor of ['mobile', 'desktop'] as const)
			for (const [page, path] of pages) {
				n++;
				console.log(`  lighthouse ${n}/${total}: ${page} (${path}), ${formFactor}`);
				// A page busy for long enough makes Lighthouse give up ("the page stopped responding");
				// on a loaded machine that is the machine's doing as much as the page's, so one retry.
				for (let attempt = 1; attempt <= 2; attempt++) {
					const lhr = await once(origin + path, formFactor);
					const e = entry(page, path, formFactor);
					const name = `${formFactor}-${path.replace(/[^a-z0-9]+/gi, '_')}-${run + 1}.json`;
					writeFileSync(join(lhrDir, name), JSON.stringify(lhr));
					if (lhr.runtimeError) {
						e.warnings.push(`run ${run + 1}, attempt ${attempt}: ${lhr.runtimeError.message}`);
						continue;
					}
					e.warnings.push(...lhr.runWarnings);
					for (const c of CATEGORIES)
						e.scores[c].push(Math.round((lhr.categories[c]?.score ?? NaN) * 100));
					for (const [k, id] of Object.entries(METRICS) as [keyof typeof METRICS, string][])
						e.metrics[k].push(lhr.audits[id]?.numericValue ?? NaN);
					const requests = lhr.audits['network-requests']?.details;
					if (requests && requests.type === 'table')
						for (const item of requests.items) {
							const url = String(item.url ?? '');
							if (/^https?:/.test(url) && !url.startsWith(origin)) e.outbound.push(url);
						}
					break;
				}
			}
	return out;
}

export function lighthouseTable(scores: LhScore[]): string {
	const s = (xs: number[]) => (xs.length ? String(median(xs)) : 'error');
	const t = (xs: number[]) => `${(median(xs) / 1000).toFixed(1)} s`;
	// Mobile first, pages in run order (sort is stable).
	const rows = [...scores]
		.sort((a, b) => (a.formFactor === b.formFactor ? 0 : a.formFactor === 'mobile' ? -1 : 1))
		.map((e) => [
			e.page,
			e.formFactor,
			e.scores.performance.length > 1
				? `${s(e.scores.performance)} (${Math.min(...e.scores.performance)}–${Math.max(...e.scores.performance)})`
				: s(e.scores.performance),
			s(e.scores.accessibility),
			s(e.scores['best-practices']),
			s(e.scores.seo),
			t(e.metrics.FCP),
			t(e.metrics.LCP),
			`${Math.round(median(e.metrics.TBT))} ms`,
			median(e.metrics.CLS).toFixed(3),
			t(e.metrics.SI),
			e.outbound.length ? `${e.outbound.length} outbound!` : 'none'
		]);
	// The one comparison the issue asks for, in a sentence: each app page's performance score
	// beside the baseline's, per form factor.
	const versus = (['mobile', 'desktop'] as const).map((ff) => {
		const base = scores.find((e) => e.formFactor === ff && e.path.startsWith('/__bare/'));
		const apps = scores.filter((e) => e.formFactor === ff && e !== base);
		return `- ${ff} performance: baseline ${base ? s(base.scores.performance) : '–'}; ${apps.map((e) => `${e.page} ${s(e.scores.performance)}`).join(', ')}`;
	});
	const notes = scores
		.filter((e) => e.warnings.length)
		.map((e) => `- ${e.page} ${e.formFactor}: ${[...new Set(e.warnings)].join(' / ')}`);
	return (
		table(
			[
				'page',
				'form factor',
				'performance',
				'accessibility',
				'best practices',
				'SEO',
				'FCP',
				'LCP',
				'TBT',
				'CLS',
				'Speed Index',
				'other hosts'
			],
			rows
		) +
		`\n\n${versus.join('\n')}` +
		(notes.length ? `\n${notes.join('\n')}` : '')
	);
}
