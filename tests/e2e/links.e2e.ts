// Links: a link reopens what was shared; Share and Embed hand out the
// canonical link to what is on screen; back and forward walk the session; hostile or broken links
// never run script, never break the page and never make the site say what the link says; a link to
// something that is gone lands on its fallback (src/lib/url/README.md).
//
// Ids, names, strings and the expected reading of every query and hash come from the code itself
// (the data types, the route matchers, the URL codec, the strings module), and the articles from
// the build, so nothing here is a copy that could drift. Paths are written out as a reader has them:
// the links that worked before must keep working.
import { effectiveLead, placeName } from '../../src/lib/data/names.ts';
import { ISLANDS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import type { View } from '../../src/lib/routing/view.ts';
import { ERROR_PAGE } from '../../src/lib/strings/error.ts';
import { EMBED } from '../../src/lib/strings/embed.ts';
import { LANDED, SHARE } from '../../src/lib/strings/links.ts';
import { decodeHash } from '../../src/lib/url/repair.ts';
import {
	DEFAULT_STATE,
	canonicalCamera,
	parseUrlState,
	serializeUrlState,
	type UrlState
} from '../../src/lib/url/state.ts';
import { expect, test } from './fixtures.ts';
import { onMap, waitForMapIdle, waitForMapSettled } from './map.ts';

import {
	ARTICLES,
	ISLAND_A,
	ISLAND_B,
	ISLAND_C,
	ISLAND_D,
	LAST,
	PASSAGES,
	POLL,
	SLUG,
	asStaticHost,
	expectSameCamera,
	expectedFor,
	follow,
	guardedContext,
	mapCamera,
	readScreen,
	screenOf
} from './links.ts';

test.beforeAll(() => {
	expect(SLUG, 'the build has an article with two passages or more').not.toBe('');
});

// Reframings jump instead of animating: the same cameras, far fewer frames for a software renderer.
test.use({ reducedMotion: 'reduce' });

// ---------------------------------------------------------------------------------------------
// A link reopens what was shared

const LINKS: { kind: string; path: string; view: View; state: UrlState }[] = [
	{
		kind: 'island',
		path: `/islands/${ISLAND_C}`,
		view: { kind: 'island', id: ISLAND_C },
		state: {
			...DEFAULT_STATE,
			overlays: ['ru-administered', 'median-line'],
			viewpoint: 'ru',
			year: 1956,
			lead: 'ja',
			camera: { zoom: 9.25, lat: 43.79, lng: 146.72, bearing: 0, pitch: 0 }
		}
	},
	{
		kind: 'article',
		path: `/articles/${SLUG}`,
		view: { kind: 'article', slug: SLUG },
		state: {
			...DEFAULT_STATE,
			viewpoint: 'ja',
			year: 2001,
			camera: { zoom: 6.5, lat: 44.2, lng: 146.4, bearing: 0, pitch: 0 }
		}
	},
	{
		kind: 'passage',
		path: `/articles/${SLUG}/passages/${PASSAGES[1] ?? 1}`,
		view: { kind: 'passage', slug: SLUG, n: PASSAGES[1] ?? 1 },
		state: {
			...DEFAULT_STATE,
			overlays: ['jp-claimed'],
			year: 2018,
			camera: { zoom: 7.12, lat: 44.01234, lng: 146.54321, bearing: 0, pitch: 0 }
		}
	},
	{
		kind: 'home',
		path: '/',
		view: { kind: 'home' },
		state: {
			...DEFAULT_STATE,
			overlays: ['border-1855'],
			year: 1855,
			lead: 'ru',
			camera: { zoom: 5.5, lat: 45.5, lng: 148.25, bearing: 0, pitch: 0 }
		}
	}
];

for (const link of LINKS) {
	test(`a ${link.kind} link opened in a fresh browser restores what was shared`, async ({
		page,
		baseURL
	}) => {
		const href = link.path + serializeUrlState(link.state);
		await page.goto(href);
		await waitForMapIdle(page);
		expectSameCamera(await mapCamera(page), link.state.camera);
		await expect.poll(() => readScreen(page)).toEqual(screenOf(link.view, link.state));
		const { view } = link;
		if (view.kind === 'island')
			await expect(page.locator('#island-title')).toHaveText(
				placeName(ISLANDS[view.id], effectiveLead(link.state.lead, link.state.viewpoint))
			);
		if (view.kind === 'passage')
			await expect(page.locator('.passage[aria-current="true"]')).toBeInViewport();
		// The URL is still the shared one: nothing on load rewrote it.
		expect(page.url()).toBe(new URL(href, baseURL).href);
	});
}

// ---------------------------------------------------------------------------------------------
// Share and Embed

test('share and embed hand out the canonical link to what is on screen, and Esc closes only the dialog', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000); // two full loads of the map: a limit for a loaded machine, not a wait
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		baseURL,
		reducedMotion: 'reduce',
		permissions: ['clipboard-read', 'clipboard-write']
	});
	// Desktop Chromium may expose navigator.share; test the clipboard path that every browser has.
	await context.addInitScript(() =>
		Object.defineProperty(navigator, 'share', { value: undefined })
	);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Unknown keys, a repeated key and extra hash entries: none of it belongs in a shared link.
	const start = `/islands/${ISLAND_A}?utm_source=newsletter&view=ru&year=1956&view=ja#map=7/44.5/147.5&ref=x`;
	await page.goto(start);
	await waitForMapIdle(page);
	await waitForMapSettled(page);

	// Move the map and share in one task, so the camera is certainly still waiting for the URL
	// throttle when the link is made.
	const moved = await onMap(
		page,
		(map, label) => {
			map.jumpTo({ center: [147.9, 45.1], zoom: 8.5 });
			const hashBefore = location.hash;
			[...document.querySelectorAll('button')].find((b) => b.textContent === label)?.click();
			const c = map.getCenter();
			return {
				camera: { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: 0, pitch: 0 },
				hashBefore
			};
		},
		SHARE.share
	);
	const shown: UrlState = { ...parseUrlState(start), camera: canonicalCamera(moved.camera) };
	const shownView: View = { kind: 'island', id: ISLAND_A };
	const shownPath = `/islands/${ISLAND_A}`;
	const shownLink = shownPath + serializeUrlState(shown);
	expect(moved.hashBefore).not.toBe(shownLink.slice(shownLink.indexOf('#')));
	await expect(page.getByRole('status').filter({ hasText: SHARE.copied })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL(shownLink, baseURL).href);

	// Embed: the same view in embed mode, every attribute escaped.
	await page.getByRole('button', { name: SHARE.embed, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: EMBED.title });
	await expect(dialog).toBeVisible();
	const snippet = await dialog.getByLabel(EMBED.codeLabel).inputValue();
	expect(snippet).toContain('&amp;');
	const iframe = await page.evaluate((html) => {
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const frames = doc.querySelectorAll('iframe');
		return {
			count: frames.length,
			src: frames[0]?.getAttribute('src'),
			all: doc.body.children.length
		};
	}, snippet);
	expect(iframe).toEqual({
		count: 1,
		src: new URL(shownPath + serializeUrlState({ ...shown, embed: true }), baseURL).href,
		all: 1
	});

	// Esc closes the dialog and nothing under it; the next Esc closes the island panel.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.locator(`.island-panel[data-island="${ISLAND_A}"]`)).toBeVisible();
	expect(new URL(page.url()).pathname).toBe(`/islands/${ISLAND_A}`);
	await page.keyboard.press('Escape');
	await expect(page.locator('.island-panel')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');

	// The copied link reopens exactly what was on screen (one map at a time: the machine is shared).
	await page.close();
	const again = await context.newPage();
	await again.goto(copied);
	await waitForMapIdle(again);
	expectSameCamera(await mapCamera(again), shown.camera);
	await expect.poll(() => readScreen(again)).toEqual(screenOf(shownView, shown));
	expect(errors).toEqual([]);
	await context.close();
});

// ---------------------------------------------------------------------------------------------
// Back and forward

test('back and forward walk a five-step session, camera included', async ({ page }) => {
	// Thirteen reframings, each waited for until the map has settled: a limit, not a wait.
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForMapIdle(page);
	const steps: { url: string; zoom: number }[] = [];
	// A step is recorded once the map has settled and the URL holds that very camera (a reframing
	// may still be on its way when the panel has already changed).
	const record = async () => {
		await expect
			.poll(async () => {
				const c = await mapCamera(page);
				const hashZoom = parseUrlState(page.url()).camera?.zoom;
				return hashZoom !== undefined && Math.abs(hashZoom - c.zoom) < 0.01;
			})
			.toBe(true);
		steps.push({ url: page.url(), zoom: (await mapCamera(page)).zoom });
	};
	const title = (id: IslandId) => placeName(ISLANDS[id]);
	await record(); // 1 home
	await page.locator(`nav[aria-label="Islands"] a[data-island="${ISLAND_B}"]`).click();
	await expect(page.locator('#island-title')).toHaveText(title(ISLAND_B));
	await record(); // 2 island
	await page.locator('a[data-passage-link]').first().click();
	await expect(page.locator('.passage[aria-current="true"]')).toBeVisible();
	await record(); // 3 passage
	const chip = page.locator('.passage[aria-current="true"] a.chip[data-island]').last();
	const chipIsland = (await chip.getAttribute('data-island')) as IslandId;
	await chip.click();
	await expect(page.locator('#island-title')).toHaveText(title(chipIsland));
	await record(); // 4 island
	await page.getByLabel('Close the island panel').click();
	await expect(page.locator('#island-title')).toHaveCount(0);
	await record(); // 5 home again
	const walk = async (i: number, direction: string) => {
		await expect.poll(() => page.url()).toBe(steps[i]?.url);
		// The URL changes at once; the map follows when the navigation has completed.
		await expect
			.poll(async () => Math.abs((await mapCamera(page)).zoom - (steps[i]?.zoom ?? 0)), {
				message: `${direction} to step ${i + 1}: ${steps[i]?.url}`
			})
			.toBeLessThan(0.01);
	};
	for (let i = steps.length - 2; i >= 0; i--) {
		await page.goBack();
		await walk(i, 'back');
	}
	for (let i = 1; i < steps.length; i++) {
		await page.goForward();
		await walk(i, 'forward');
	}
});

// ---------------------------------------------------------------------------------------------
// Hostile and broken links

// Values a link may carry in any query key. The __xss() calls report back to the test if any
// markup or script from a link ever runs.
const PAYLOADS = [
	'<script>__xss()</script>',
	'"><img src=x onerror=__xss()>',
	"'><svg onload=__xss()>",
	'javascript:__xss()',
	'%',
	'%E0%A4%A',
	'%00',
	'%ED%A0%80',
	'\u202e1956',
	'../../etc/passwd',
	'__proto__',
	'constructor',
	'１９５６',
	' 1956',
	'1956.0',
	'1e3',
	'NaN',
	'-0',
	''
];
const QUERY_KEYS = ['overlays', 'view', 'year', 'lead', 'embed', 'utm_source'];
const QUERIES = [
	// Every payload in every key, in PAYLOADS.length links: link i carries payload i + k in key k.
	...PAYLOADS.map(
		(_, i) =>
			'?' + QUERY_KEYS.map((key, k) => `${key}=${PAYLOADS[(i + k) % PAYLOADS.length]}`).join('&')
	),
	// A link longer than the codec reads (MAX_URL_LENGTH), once per key: it would cut off any key
	// after it, so it goes alone.
	...QUERY_KEYS.map((key) => `?${key}=${'x'.repeat(5000)}`),
	// Good values still read as themselves next to junk.
	'?overlays=median-line,bogus,median-line&view=ja&year=1956&lead=ru',
	'?overlays=,,,&overlays=jp-claimed',
	'?year=1855&year=2022',
	'?embed=1&view=ru',
	'?<script>__xss()</script>=1&%=%&&&=&',
	'?view=ja%26year%3D1956'
];
const HASHES = [
	'#map=NaN/1/2',
	'#map=99/0/0',
	'#map=5/91/0',
	'#map=5/0/-181',
	'#map=',
	'#map=1e3/2/3',
	'#map=5/43/146/720/99',
	'#map=7/44/146&map=1/2/3',
	'#%',
	'#%E0%A4%A',
	'#<img src=x onerror=__xss()>',
	'#javascript:__xss()',
	'#map=5/43/146&x=<svg onload=__xss()>',
	'#main',
	'#passage-1',
	'#__proto__'
];
const PASSAGE_NUMBERS = [
	'0',
	'01',
	'-1',
	'1e3',
	'1.0',
	'%31',
	'x',
	'%',
	String(LAST + 1),
	'99999999999999999999'
];
const PATHS = [
	'/%',
	'/islands/%FF',
	'/articles/%E0%A4%A',
	'/islands/atlantis',
	`/islands/${ISLAND_A.toUpperCase()}`,
	`/islands/${ISLAND_A}/extra`,
	`/islands/${ISLAND_A}%00`,
	'/articles/Your%20session%20expired.%20Call%20%2B1%20555%200100',
	'/articles/nope?year=1956&view=ja',
	'/articles/nope/passages/1',
	`/articles/${SLUG}/nope`,
	'/%E6%8A%9E%E6%8D%89%E5%B3%B6',
	'/<script>__xss()</script>',
	...PASSAGE_NUMBERS.map((n) => `/articles/${SLUG}/passages/${n}?lead=ru`)
];

test('hostile links followed inside the app never run script, break the page or echo the link', async ({
	browser,
	baseURL
}) => {
	// One page, many client-side navigations (a full load only where the router leaves the app for
	// a path it has no route for, as it must). The limit is generous for a loaded machine; nothing
	// waits on time.
	test.setTimeout(300_000);
	const started = Date.now();
	// Without WebGL, a mode the app supports (the island list and panels work without the map):
	// redrawing the map after each link takes a software renderer seconds on a shared machine and
	// tests nothing about links. The direct loads below keep the map.
	const { context, problems } = await guardedContext(browser, baseURL);
	await context.addInitScript(() => {
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			return /webgl/i.test(type) ? null : getContext.call(this, type as '2d', ...(rest as []));
		} as typeof getContext;
	});
	await asStaticHost(context);
	const page = await context.newPage();
	await page.goto('/');
	// Every link changes the view from the one before, so the screen cannot match early.
	const views = [
		'/',
		`/islands/${ISLAND_D}`,
		`/articles/${SLUG}`,
		`/articles/${SLUG}/passages/${PASSAGES[0]}`
	];
	const links = [
		...QUERIES.map((q, i) => `${views[i % views.length]}${q}`),
		...HASHES.map((h, i) => `${views[(i + 1) % views.length]}${h}`)
	];
	let previous = '';
	const check = async (href: string) => {
		const expected = expectedFor(href, baseURL);
		if (JSON.stringify(expected.screen) === previous) {
			// Same screen as the last link (two 404s in a row): step elsewhere in between.
			await follow(page, `/islands/${ISLAND_A}`);
			await expect
				.poll(() => readScreen(page), { intervals: POLL })
				.toMatchObject({ view: `island:${ISLAND_A}` });
		}
		await follow(page, href);
		await expect
			.poll(() => readScreen(page), { message: href, intervals: POLL })
			.toEqual(expected.screen);
		if (expected.href) expect(new URL(page.url()).pathname).toBe(expected.href.split(/[?#]/)[0]);
		previous = JSON.stringify(expected.screen);
	};
	for (const href of links) await check(href);
	const clientSide = Date.now();
	for (const href of PATHS) await check(href);
	console.log(
		`${links.length} links in the app: ${clientSide - started} ms; ${PATHS.length} paths: ${Date.now() - clientSide} ms`
	);
	expect(problems).toEqual([]);
	const count = links.length + PATHS.length;
	test.info().annotations.push({
		type: 'links',
		description: `${count} links, ${Math.round((Date.now() - started) / count)} ms each`
	});
	await context.close();
});

test('hostile and stale links opened directly land on a page, the 404 page or their fallback', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000); // ten full loads of the map: a limit for a loaded machine, not a wait
	const { context, problems } = await guardedContext(browser, baseURL, { reducedMotion: 'reduce' });
	await asStaticHost(context);
	const page = await context.newPage();
	const direct = [
		'/%',
		'/islands/%FF',
		'/articles/%E0%A4%A',
		'/articles/Your%20session%20expired.%20Call%20%2B1%20555%200100',
		'/islands/atlantis',
		`/islands/${ISLAND_B}?view=<script>__xss()</script>#%`,
		'/?overlays=<img src=x onerror=__xss()>#map=5/43/146&x=<svg onload=__xss()>',
		`/articles/${SLUG}/passages/${PASSAGES[0]}#%E0%A4%A`,
		`/islands/${ISLAND_D}#map=7/44/146&map=1/2/3&x=%`,
		'/articles/nope#%',
		`/islands/atlantis#map=5/43/146&%`,
		'/articles/nope?year=1956&view=ja#map=5/44/146',
		`/articles/${SLUG}/passages/${LAST + 1}?lead=ru&utm_source=x#map=6/44/146`
	];
	for (const href of direct) {
		const expected = expectedFor(href, baseURL);
		await page.goto(href);
		await expect.poll(() => readScreen(page), { message: href }).toEqual(expected.screen);
		if ('error' in expected.screen) {
			await expect(page.locator('h1')).toHaveText(ERROR_PAGE.notFoundTitle);
			await expect(page).toHaveTitle(ERROR_PAGE.documentTitle);
			await expect(page.getByRole('link', { name: ERROR_PAGE.back })).toBeVisible();
		}
		// The address bar never keeps a hash the router cannot read (src/hooks.client.ts). Polled: the
		// server-rendered screen can match before the client has started and replaced the address.
		await expect
			.poll(() => decodeHash(new URL(page.url()).hash) !== null, { message: href })
			.toBe(true);
		// A fallback replaces the address (back does not return to the broken link). The hash is left
		// out: the map writes its first framing there once it has loaded.
		if (expected.href) expect(page.url().split('#')[0]).toBe(new URL(expected.href, baseURL).href);
	}

	// The notice of the last fallback can be dismissed, and the next navigation clears it anyway.
	const notice = page.locator('.link-notice');
	await expect(notice).toContainText(LANDED.passageGone);
	await notice.getByRole('button', { name: LANDED.dismiss }).click();
	await expect(notice).toBeEmpty();
	await page.goto('/articles/nope');
	await expect(notice).toContainText(LANDED.articleGone);
	await page.locator(`nav[aria-label="Islands"] a[data-island="${ISLAND_C}"]`).click();
	await expect(page.locator(`.island-panel[data-island="${ISLAND_C}"]`)).toBeVisible();
	await expect(notice).toBeEmpty();

	// Through Kit's own server (vite dev and preview answer unknown paths themselves): a broken
	// escape is its 400, shown as the same not-found page, and the page still starts cleanly.
	await context.unroute('**/*');
	for (const href of ['/%', '/islands/%FF']) {
		await page.goto(href);
		await expect(page.locator('h1')).toHaveText(ERROR_PAGE.notFoundTitle);
		await expect(page.getByRole('link', { name: ERROR_PAGE.back })).toBeVisible();
	}
	expect(problems).toEqual([]);
	await context.close();
});

// ---------------------------------------------------------------------------------------------
// Preview tags

test('every prerendered page has its preview tags and a 1200x630 image', async ({
	request,
	baseURL
}) => {
	const pages = [
		'/',
		...ISLAND_IDS.map((id) => `/islands/${id}`),
		...[...ARTICLES].flatMap(([slug, ns]) => [
			`/articles/${slug}`,
			...ns.map((n) => `/articles/${slug}/passages/${n}`)
		])
	];
	for (const p of pages) {
		const html = await (await request.get(new URL(p, baseURL).href)).text();
		for (const tag of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card'])
			expect(html, `${p} ${tag}`).toMatch(new RegExp(`(property|name)="${tag}"`));
		expect(html).toMatch(/<link rel="canonical" href="http/);
		const image = /property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const png = await (await request.get(new URL(new URL(image).pathname, baseURL).href)).body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
	}
});
