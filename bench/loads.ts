// One page load in a fresh browser context (cold caches), measured from inside the page and from
// the server's log: when the islands were first on screen, when the MapLibre map was first idle,
// the layout shifts up to that moment, and every file fetched.
import type { Browser } from '@playwright/test';
import type { Hit, StaticServer } from './server.ts';

export interface Viewport {
	name: string;
	width: number;
	height: number;
	/** Phone emulation: touch, mobile viewport rules. Device pixel ratio stays 1 (see README). */
	mobile: boolean;
}

export const DESKTOP: Viewport = { name: '1280×800', width: 1280, height: 800, mobile: false };
export const PHONE: Viewport = { name: '390×844', width: 390, height: 844, mobile: true };

/**
 * A network to load over, applied with DevTools' throttling. Lighthouse's own profiles: on the
 * bench server the HTML, CSS and JavaScript otherwise arrive in a few milliseconds, and whether the
 * first paint comes before hydration (and so whether folding the phone's controls on mount moves
 * anything on screen) would depend on how loaded the machine happens to be.
 */
export interface Network {
	name: string;
	latency: number;
	/** Bytes per second. */
	down: number;
	up: number;
}

export const SLOW_4G: Network = {
	name: 'slow 4G',
	latency: 562.5,
	down: (1474.56 * 1024) / 8,
	up: (675 * 1024) / 8
};
export const FAST_4G: Network = {
	name: 'fast 4G',
	latency: 150,
	down: (9216 * 1024) / 8,
	up: (9216 * 1024) / 8
};

export interface Target {
	key: string;
	label: string;
	path: string;
	viewport: Viewport;
	network?: Network;
	/** CPU slowdown (DevTools' throttling rate; 4 is Lighthouse's mobile); none when absent. */
	cpuSlowdown?: number;
	baseline?: boolean;
}

export interface Shift {
	t: number;
	value: number;
	sources: string[];
}

export type IslandsSource = 'svg-initial-html' | 'svg-added-by-script' | 'map-idle';

export interface Load {
	/** performance.mark('map-idle'): the MapLibre map's first idle, ms from navigation start. */
	idle: number;
	/**
	 * Frames MapLibre drew up to its first idle (the mark's detail.frames; -1 if the page does not
	 * count). Unlike milliseconds it does not depend on how loaded the machine is, and on software
	 * WebGL each frame is the expensive part: it is read back for the compositor.
	 */
	frames: number;
	/**
	 * Blocking time from first contentful paint to the map's first idle: the main thread's long
	 * tasks starting in that span, each beyond its first 50 ms (as Lighthouse's Total Blocking Time
	 * counts them, but ending at map idle rather than at time to interactive).
	 */
	blocking: number;
	/** Islands on screen, ms from navigation start (see islandsDefinition). */
	islands: number;
	islandsSource: IslandsSource;
	/** Island ids linked from the server-rendered SVG map, if the page has one. */
	svgIslands: string[];
	fcp: number;
	/** CLS by session windows (as Chrome and Lighthouse count it) over shifts up to map idle. */
	cls: number;
	shifts: Shift[];
	hits: Hit[];
}

export const ISLANDS_DEFINITION =
	'islands on screen: if the page has a visible server-rendered SVG map (`svg a[href*="/islands/"]` ' +
	'containing a path, or a <use> of one), the later of first contentful paint and the frame after the one in ' +
	'which those shapes were first visible (init-script MutationObserver, then requestAnimationFrame twice); else the ' +
	"MapLibre map's first idle (performance mark 'map-idle'). The baseline has no SVG: its value is its map idle.";

/**
 * Runs in every page before its own scripts. Collects layout shifts and watches for the SVG map;
 * once its island paths are visible, the second animation frame after that marks 'bench-islands'
 * (the first frame has by then been produced with the islands in it).
 */
const INIT_SCRIPT = `(() => {
	const bench = (window.__bench = { shifts: [], longTasks: [], svgFoundWhile: null, svgIds: [] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longTasks.push({ t: e.startTime, d: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const describe = (node) => {
		if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '?';
		const parts = [];
		for (let el = node; el && el.nodeType === 1 && parts.length < 3; el = el.parentElement) {
			let s = el.localName;
			if (el.id) s += '#' + el.id;
			else if (el.classList.length) s += '.' + [...el.classList].slice(0, 2).join('.');
			if (el.getAttribute('aria-label')) s += '[aria-label="' + el.getAttribute('aria-label').slice(0, 30) + '"]';
			parts.unshift(s);
			if (el.id) break;
		}
		return parts.join(' > ');
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (!e.hadRecentInput)
				bench.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
	}).observe({ type: 'layout-shift', buffered: true });
	// A path, or a <use> of a shape in a shared file: a <use> has no box until its file has arrived.
	const SELECTOR = 'svg a[href*="/islands/"] :is(path, use)';
	const visible = (el) => {
		const r = el.getBoundingClientRect();
		if (r.width * r.height === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
		return el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
	};
	let watching = false;
	const watch = () => {
		if (watching) return;
		watching = true;
		const poll = () => {
			const paths = [...document.querySelectorAll(SELECTOR)];
			if (paths.some(visible)) {
				bench.svgIds = [...new Set(paths.map((p) => (p.closest('a').getAttribute('href') || '').match(/islands\\/([a-z-]+)/)?.[1]).filter(Boolean))];
				requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench-islands')));
			} else if (!performance.getEntriesByName('map-idle').length) requestAnimationFrame(poll);
		};
		requestAnimationFrame(poll);
	};
	const check = () => {
		if (bench.svgFoundWhile || !document.querySelector(SELECTOR)) return;
		bench.svgFoundWhile = document.readyState;
		observer.disconnect();
		watch();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true });
})();`;

/** Chrome's CLS: the largest session window (gaps under 1 s, at most 5 s long). */
export function clsOf(shifts: Shift[]): number {
	let best = 0;
	let sum = 0;
	let first = -Infinity;
	let last = -Infinity;
	for (const s of shifts) {
		if (s.t - last > 1000 || s.t - first > 5000) {
			sum = 0;
			first = s.t;
		}
		sum += s.value;
		last = s.t;
		best = Math.max(best, sum);
	}
	return best;
}

/** One load, retried once: a load that times out on a shared machine says little about the page. */
export async function load(browser: Browser, server: StaticServer, target: Target): Promise<Load> {
	try {
		return await loadOnce(browser, server, target);
	} catch (e) {
		console.warn(
			`\n  ${target.label} ${target.viewport.name}: ${(e as Error).message.split('\n')[0]}; retrying once`
		);
		return await loadOnce(browser, server, target);
	}
}

async function loadOnce(
	browser: Browser,
	server: StaticServer,
	target: Target,
	timeoutMs = 120_000
): Promise<Load> {
	const { viewport } = target;
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		deviceScaleFactor: 1,
		isMobile: viewport.mobile,
		hasTouch: viewport.mobile
	});
	try {
		await context.addInitScript(INIT_SCRIPT);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		if (target.cpuSlowdown) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: target.cpuSlowdown });
		}
		if (target.network) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: target.network.latency,
				downloadThroughput: target.network.down,
				uploadThroughput: target.network.up
			});
		}
		const from = server.log.length;
		// Not waiting for the load event: over slow 4G on a loaded machine it can take longer than
		// Playwright's default, and map idle is what is waited for anyway.
		await page.goto(server.origin + target.path, { waitUntil: 'commit', timeout: timeoutMs });
		await page
			.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
				timeout: timeoutMs,
				polling: 100
			})
			.catch((e: unknown) => {
				throw new Error(
					`${target.label}: no 'map-idle' mark within ${timeoutMs / 1000} s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
					{ cause: e }
				);
			});
		// Files requested in the moment after idle still belong to this load (a chunk the idle
		// handler imports, a late font); anything later is interaction territory.
		await page.waitForTimeout(500);
		const m = await page.evaluate(() => {
			type Bench = {
				shifts: Shift[];
				longTasks: { t: number; d: number }[];
				svgFoundWhile: string | null;
				svgIds: string[];
			};
			const b = (window as unknown as { __bench: Bench }).__bench;
			const t = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
			return {
				idle: t('map-idle') ?? -1,
				frames:
					(
						performance.getEntriesByName('map-idle')[0] as
							(PerformanceEntry & { detail?: { frames?: number } }) | undefined
					)?.detail?.frames ?? -1,
				islandsMark: t('bench-islands'),
				fcp: t('first-contentful-paint') ?? -1,
				shifts: b.shifts,
				longTasks: b.longTasks,
				svgFoundWhile: b.svgFoundWhile,
				svgIds: b.svgIds
			};
		});
		const hits = server.log.slice(from);
		const shifts = m.shifts.filter((s) => s.t <= m.idle);
		let islands = m.idle;
		let islandsSource: IslandsSource = 'map-idle';
		if (m.islandsMark !== null) {
			const svg = Math.max(m.islandsMark, m.fcp);
			if (svg < islands) {
				islands = svg;
				islandsSource = m.svgFoundWhile === 'loading' ? 'svg-initial-html' : 'svg-added-by-script';
			}
		}
		return {
			idle: Math.round(m.idle),
			frames: m.frames,
			blocking: Math.round(
				m.longTasks
					.filter((lt) => lt.t >= m.fcp && lt.t < m.idle)
					.reduce((sum, lt) => sum + Math.max(0, lt.d - 50), 0)
			),
			islands: Math.round(islands),
			islandsSource,
			svgIslands: m.svgIds,
			fcp: Math.round(m.fcp),
			cls: clsOf(shifts),
			shifts,
			hits
		};
	} finally {
		await context.close();
	}
}
