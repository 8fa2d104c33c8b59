// The links journeys' helpers (links.e2e.ts, links-hostile.e2e.ts): what the build holds, how the
// screen is read, and what a link should show, all from the code itself (the data types, the route
// matchers, the URL codec, the strings module) and the build, so nothing is a copy that could drift.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { ISLAND_IDS, isIslandId, isSlug } from '../../src/lib/data/types.ts';
import type { View } from '../../src/lib/routing/view.ts';
import { LANDED } from '../../src/lib/strings/links.ts';
import { decodePath } from '../../src/lib/url/repair.ts';
import {
	parseUrlState,
	serializeUrlState,
	type Camera,
	type UrlState
} from '../../src/lib/url/state.ts';
import { match as isPassageText } from '../../src/params/passage.ts';
import { expect } from './fixtures.ts';
import { onMap, waitForMapSettled } from './map.ts';

// ---------------------------------------------------------------------------------------------
// What the build holds

export const BUILD = 'build';

/** Every prerendered article and its passage numbers: exactly the links that reach a page. */
export const ARTICLES = new Map<string, number[]>(
	readdirSync(join(BUILD, 'articles'))
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.slice(0, -'.html'.length))
		.map((slug) => {
			const dir = join(BUILD, 'articles', slug, 'passages');
			const ns = existsSync(dir)
				? readdirSync(dir).map((f) => Number(f.slice(0, -'.html'.length)))
				: [];
			return [slug, ns.sort((a, b) => a - b)];
		})
);
export const [SLUG, PASSAGES] = [...ARTICLES].find(([, ns]) => ns.length >= 2) ?? ['', []];
export const LAST = PASSAGES.at(-1) ?? 0;
export const [ISLAND_A, ISLAND_B, ISLAND_C, ISLAND_D] = ISLAND_IDS;

/**
 * A static host (what README.md deploys to) serves a page's prerendered file, and 404.html with
 * status 404 for any path it does not hold; `vite preview` instead answers unknown paths from Kit's
 * server. This serves documents from build/ as a static host does; everything else passes through.
 */
export async function asStaticHost(context: BrowserContext): Promise<void> {
	await context.route('**/*', async (route) => {
		const request = route.request();
		if (!request.isNavigationRequest()) return route.fallback();
		const file = prerenderedFile(new URL(request.url()).pathname);
		await route.fulfill({
			status: file ? 200 : 404,
			contentType: 'text/html; charset=utf-8',
			path: file ?? join(BUILD, '404.html')
		});
	});
}

export function prerenderedFile(pathname: string): string | null {
	let segments: string[];
	try {
		segments = pathname.split('/').map(decodeURIComponent);
	} catch {
		return null;
	}
	if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return null;
	const path = join(BUILD, ...segments);
	for (const file of [`${path}.html`, join(path, 'index.html')])
		if (existsSync(file) && statSync(file).isFile()) return file;
	return null;
}

// ---------------------------------------------------------------------------------------------
// Reading the screen

/** What the screen shows, as plain values; an error page reads as `error:<status>`. */
export type Screen =
	| {
			view: string;
			viewpoint: string;
			year: string;
			lead: string;
			overlays: string[];
			embed: boolean;
			notice: string;
			echo: boolean;
	  }
	| { error: string; notice: string; echo: boolean };

// Screens change within a frame or two of a client navigation: poll often rather than backing off.
export const POLL = [20, 50, 100];

// Payloads below mark themselves with these; none may ever be shown as text.
export const ECHO = /__xss|session expired|etc\/passwd/i;

// While a link loads a new document there is no screen to read yet; the poll reads again.
export const LOADING: Screen = { error: 'loading', notice: '', echo: false };

export function readScreen(page: Page): Promise<Screen> {
	const read = page.evaluate((echoSource) => {
		const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
		const notice = q('.link-notice p')?.textContent?.trim() ?? '';
		const echo = new RegExp(echoSource, 'i').test(document.body.innerText);
		const error = q('main.error');
		if (error) return { error: error.getAttribute('data-status') ?? '?', notice, echo };
		const island = q<HTMLElement>('.island-panel[data-island]')?.dataset.island;
		const article = q<HTMLElement>('.reader[data-article]')?.dataset.article;
		const passage = q<HTMLElement>('.passage[aria-current="true"]')?.dataset.passage;
		const view = island
			? `island:${island}`
			: article
				? passage
					? `passage:${article}:${passage}`
					: `article:${article}`
				: q('#intro-title')
					? 'home'
					: 'unknown';
		return {
			view,
			viewpoint: q<HTMLInputElement>('input[name="viewpoint"]:checked')?.value ?? '',
			year: q<HTMLInputElement>('input[name="timeline-year"]:checked')?.value ?? '',
			lead: q<HTMLSelectElement>('select')?.value ?? '',
			overlays: [...document.querySelectorAll<HTMLInputElement>('input[data-overlay]')]
				.filter((i) => i.checked)
				.map((i) => i.dataset.overlay ?? '')
				.sort(),
			// Embedded: the site header is hidden, and not merely marked so (a component's own
			// `display` once showed it anyway).
			embed: ((h) => !!h && h.hidden && !h.checkVisibility())(q<HTMLElement>('header.site-header')),
			notice,
			echo
		};
	}, ECHO.source);
	return read.catch((e: unknown) => {
		if (/context was destroyed|navigat/i.test(String(e))) return LOADING;
		throw e;
	});
}

export function viewKey(view: View): string {
	switch (view.kind) {
		case 'island':
			return `island:${view.id}`;
		case 'article':
			return `article:${view.slug}`;
		case 'passage':
			return `passage:${view.slug}:${view.n}`;
		default:
			return view.kind;
	}
}

export function screenOf(view: View, state: UrlState, notice = ''): Screen {
	return {
		view: viewKey(view),
		viewpoint: state.viewpoint,
		year: String(state.year),
		lead: state.lead,
		overlays: [...state.overlays].sort(),
		embed: state.embed,
		notice,
		echo: false
	};
}

/**
 * What a link (path, query, hash; as the browser wrote it) should show, by the routing rules of
 * src/lib/url/README.md: its page with the codec's reading of the query and hash; a 404 for a path
 * outside the scheme; for a link to an article or passage that is gone, its fallback with the
 * reader's settings and a notice.
 */
export function expectedFor(
	href: string,
	baseURL: string | undefined
): { screen: Screen; href?: string } {
	// The real origin: the codec reads at most MAX_URL_LENGTH characters of the absolute URL.
	const url = new URL(href, baseURL);
	const decoded = decodePath(url.pathname);
	const notFound = { screen: { error: '404', notice: '', echo: false } };
	if (decoded === null) return notFound;
	let parts: string[];
	try {
		parts = decoded.split('/').slice(1).map(decodeURIComponent);
	} catch {
		return notFound;
	}
	if (parts.at(-1) === '') parts.pop();
	const [first, slug, third, n, ...rest] = parts;
	const state = parseUrlState(url.href);
	// A fallback keeps the settings, not the camera (a load cannot read the hash) nor a place.
	const landed = (view: View, path: string, notice: string) => {
		const settings = { ...parseUrlState(url.search), island: null, place: null };
		return { screen: screenOf(view, settings, notice), href: path + serializeUrlState(settings) };
	};
	if (first === undefined) return { screen: screenOf({ kind: 'home' }, state) };
	if (first === 'islands' && isIslandId(slug) && third === undefined)
		return { screen: screenOf({ kind: 'island', id: slug }, state) };
	if (first !== 'articles' || slug === undefined || !isSlug(slug)) return notFound;
	if (third === undefined) {
		if (!ARTICLES.has(slug)) return landed({ kind: 'home' }, '/', LANDED.articleGone);
		return { screen: screenOf({ kind: 'article', slug }, state) };
	}
	if (third !== 'passages' || n === undefined || !isPassageText(n) || rest.length > 0)
		return notFound;
	if (!ARTICLES.has(slug)) return landed({ kind: 'home' }, '/', LANDED.articleGone);
	if (!ARTICLES.get(slug)?.includes(Number(n)))
		return landed({ kind: 'article', slug }, `/articles/${slug}`, LANDED.passageGone);
	return { screen: screenOf({ kind: 'passage', slug, n: Number(n) }, state) };
}

/** Follows a link the way a reader does inside the app: Kit's router takes the click. */
export async function follow(page: Page, href: string): Promise<void> {
	await page
		.evaluate((h) => {
			const a = document.createElement('a');
			a.href = h;
			document.body.append(a);
			a.click();
			a.remove();
		}, href)
		// A path with no route leaves the app (a full load), which may end this very evaluation.
		.catch((e: unknown) => {
			if (!/context was destroyed|navigat/i.test(String(e))) throw e;
		});
}

export async function mapCamera(page: Page): Promise<Camera> {
	await waitForMapSettled(page);
	return onMap(page, (m) => {
		const c = m.getCenter();
		return {
			zoom: m.getZoom(),
			lat: c.lat,
			lng: c.lng,
			bearing: m.getBearing(),
			pitch: m.getPitch()
		};
	});
}

export function expectSameCamera(actual: Camera, expected: Camera | null) {
	expect(expected).not.toBeNull();
	expect(Math.abs(actual.zoom - (expected?.zoom ?? NaN))).toBeLessThan(0.01);
	expect(Math.abs(actual.lat - (expected?.lat ?? NaN))).toBeLessThan(1e-4);
	expect(Math.abs(actual.lng - (expected?.lng ?? NaN))).toBeLessThan(1e-4);
}

/**
 * A context of its own for links that end on a 404: the shared guard (fixtures.ts) fails on the
 * console line Chromium writes for any 404 document. This guard allows exactly that line and
 * otherwise checks the same (console errors, page errors, requests to other hosts), plus dialogs
 * and the payloads' own __xss() calls.
 */
export async function guardedContext(
	browser: Browser,
	baseURL: string | undefined,
	options: BrowserContextOptions = {}
) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		baseURL,
		...options
	});
	const origin = new URL(baseURL ?? 'http://localhost').origin;
	const problems: string[] = [];
	await context.exposeBinding('__xss', ({ page }) => problems.push(`script ran on ${page.url()}`));
	context.on('page', (page) => {
		page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
		page.on('dialog', (d) => problems.push(`dialog on ${page.url()}: ${d.message()}`));
		page.on('console', (msg) => {
			if (msg.type() !== 'error') return;
			const document404 =
				/the server responded with a status of (404|400)/.test(msg.text()) &&
				msg.location().url === page.url();
			if (!document404) problems.push(`console error on ${page.url()}: ${msg.text()}`);
		});
	});
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
			problems.push(`request left the app: ${url}`);
	});
	return { context, problems };
}
