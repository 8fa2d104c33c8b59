// Issue 5: every link reopens what was shared; share, back/forward, malformed links.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { waitForMapIdle, waitForMapSettled } from './map.ts';

const SLUG = 'nikkei-putin-win-island-row';

async function camera(page: Page) {
	await waitForMapSettled(page);
	return page.evaluate(() => {
		const m = window.__kurilMap;
		if (!m) throw new Error('no map');
		const c = m.getCenter();
		return { zoom: m.getZoom(), lat: c.lat, lng: c.lng };
	});
}

async function fresh(browser: Browser, url: string, baseURL: string | undefined) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(new URL(url, baseURL).href);
	await waitForMapIdle(page);
	return { page, context, errors };
}

const LINKS = [
	{
		kind: 'island',
		url: '/islands/shikotan?overlays=ru-administered,median-line&view=ru&year=1956&lead=ja#map=9.25/43.79/146.72'
	},
	{ kind: 'article', url: `/articles/${SLUG}?view=ja&year=2001#map=6.5/44.2/146.4` },
	{
		kind: 'passage',
		url: `/articles/${SLUG}/passages/3?overlays=jp-claimed&year=2018#map=7.12/44.01234/146.54321`
	},
	{ kind: 'home', url: '/?overlays=border-1855&year=1855&lead=ru#map=5.5/45.5/148.25/0/0' }
];

for (const link of LINKS) {
	test(`a ${link.kind} link opened in a fresh browser restores what was shared`, async ({
		browser,
		baseURL
	}) => {
		const { page, context, errors } = await fresh(browser, link.url, baseURL);
		const url = new URL(link.url, 'http://x');
		const q = url.searchParams;
		const [zoom, lat, lng] = (url.hash.match(/map=([^/]+)\/([^/]+)\/([^/&]+)/)?.slice(1) ?? []).map(
			Number
		);
		const c = await camera(page);
		expect(Math.abs(c.zoom - (zoom as number))).toBeLessThan(0.01);
		expect(Math.abs(c.lat - (lat as number))).toBeLessThan(1e-4);
		expect(Math.abs(c.lng - (lng as number))).toBeLessThan(1e-4);
		const overlays = q.get('overlays');
		if (overlays !== null)
			for (const box of await page.locator('input[data-overlay]').all()) {
				const id = (await box.getAttribute('data-overlay')) ?? '';
				expect(await box.isChecked(), id).toBe(overlays.split(',').includes(id));
			}
		const view = q.get('view') ?? 'neutral';
		await expect(page.locator(`input[name="viewpoint"][value="${view}"]`)).toBeChecked();
		await expect(
			page.locator(`input[name="timeline-year"][value="${q.get('year') ?? '2022'}"]`)
		).toBeChecked();
		if (link.kind === 'island') await expect(page.locator('#island-title')).toHaveText('Shikotan');
		if (link.kind === 'passage')
			await expect(page.locator('.passage[data-passage="3"]')).toHaveAttribute(
				'aria-current',
				'true'
			);
		if (link.kind === 'article') await expect(page.locator('#article-title')).toBeVisible();
		// The URL is still the shared one: nothing on load rewrote it.
		expect(page.url()).toBe(new URL(link.url, baseURL).href);
		expect(errors).toEqual([]);
		await context.close();
	});
}

test('share: the copied link reopens exactly what was on screen', async ({ browser, baseURL }) => {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		permissions: ['clipboard-read', 'clipboard-write']
	});
	// Desktop Chromium may expose navigator.share; test the clipboard path that every browser has.
	await context.addInitScript(() =>
		Object.defineProperty(navigator, 'share', { value: undefined })
	);
	const page = await context.newPage();
	await page.goto(new URL('/islands/iturup', baseURL).href);
	await waitForMapIdle(page);
	await page.getByLabel('As Russia depicts it').check();
	await page.getByLabel('1956', { exact: true }).check();
	await page.mouse.move(640, 450);
	await page.mouse.wheel(0, -300);
	await expect.poll(() => page.url()).toMatch(/#map=/);
	const before = await camera(page);
	await page.getByRole('button', { name: 'Share this view' }).click();
	await expect(page.getByRole('status')).toHaveText('Link to this view copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	const again = await context.newPage();
	await again.goto(copied);
	await waitForMapIdle(again);
	const after = await camera(again);
	expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.01);
	expect(Math.abs(after.lat - before.lat)).toBeLessThan(1e-4);
	expect(Math.abs(after.lng - before.lng)).toBeLessThan(1e-4);
	await expect(again.locator('#island-title')).toHaveText('Iturup (Etorofu)');
	await expect(again.getByLabel('As Russia depicts it')).toBeChecked();
	await expect(again.getByLabel('1956', { exact: true })).toBeChecked();
	await context.close();
});

test('back and forward walk a five-step session, camera included', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const steps: { url: string; zoom: number }[] = [];
	// A step is recorded once the map has settled and the URL holds that very camera (a reframing
	// may still be on its way when the panel has already changed).
	const record = async () => {
		await expect
			.poll(async () => {
				const c = await camera(page);
				const hashZoom = /#map=([\d.]+)\//.exec(page.url())?.[1];
				return hashZoom !== undefined && Math.abs(Number(hashZoom) - c.zoom) < 0.01;
			})
			.toBe(true);
		steps.push({ url: page.url(), zoom: (await camera(page)).zoom });
	};
	await record(); // 1 home
	await page.locator('nav[aria-label="Islands"] a[data-island="kunashir"]').click();
	await expect(page.locator('#island-title')).toHaveText('Kunashir / Kunashiri');
	await record(); // 2 island
	await page.locator('a[data-passage-link]').first().click();
	await expect(page.locator('.passage[aria-current="true"]')).toBeVisible();
	await record(); // 3 passage
	await page.locator('.passage[aria-current="true"] a.chip[data-island="habomai"]').click();
	await expect(page.locator('#island-title')).toHaveText('Habomai Islands');
	await record(); // 4 island
	await page.getByLabel('Close the island panel').click();
	await expect(page.locator('#island-title')).toHaveCount(0);
	await record(); // 5 home again
	for (let i = steps.length - 2; i >= 0; i--) {
		await page.goBack();
		await expect.poll(() => page.url()).toBe(steps[i]?.url);
		// The URL changes at once; the map follows when the navigation has completed.
		await expect
			.poll(async () => Math.abs((await camera(page)).zoom - (steps[i]?.zoom ?? 0)), {
				message: `back to step ${i + 1}: ${steps[i]?.url}`
			})
			.toBeLessThan(0.01);
	}
	for (let i = 1; i < steps.length; i++) {
		await page.goForward();
		await expect.poll(() => page.url()).toBe(steps[i]?.url);
		// The URL changes at once; the map follows when the navigation has completed.
		await expect
			.poll(async () => Math.abs((await camera(page)).zoom - (steps[i]?.zoom ?? 0)), {
				message: `forward to step ${i + 1}: ${steps[i]?.url}`
			})
			.toBeLessThan(0.01);
	}
});

test('200 malformed links open without a page error', async ({ browser, baseURL }) => {
	test.setTimeout(240_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
	// Links to real pages with broken state, where a reader is most likely to land.
	const paths = ['/', '/islands/iturup', `/articles/${SLUG}`, `/articles/${SLUG}/passages/1`];
	const junk = [
		'?overlays=<script>alert(1)</script>',
		'?year=99999',
		'?view=%E0%A4%A',
		'?lead=../../etc',
		'?embed=maybe',
		'#map=NaN/1/2',
		'#map=99/0/0',
		'#map=5/91/0',
		'#map=5/0/-181',
		'#map=',
		'#map=1e3/2/3',
		'#map=5/43/146/720/99',
		'?overlays=,,,&overlays=jp-claimed',
		'?year=1855&year=2022',
		'#%',
		'?%',
		'?a=%ZZ',
		'#map=5/43/146&x=<img src=x>'
	];
	let n = 0;
	for (let i = 0; n < 200; i++) {
		const p = paths[i % paths.length] as string;
		const j = junk[i % junk.length] as string;
		const k = junk[(i * 7 + 3) % junk.length] as string;
		const url = `${p}${j.startsWith('#') ? '' : j}${k.startsWith('?') ? '' : k}`;
		await page.goto(new URL(url, baseURL).href, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('#main')).toBeAttached();
		n++;
	}
	// A few links to pages that do not exist at all get the not-found page with a way back.
	for (const bad of ['/islands/atlantis', '/articles/nope', `/articles/${SLUG}/passages/999`]) {
		await page.goto(new URL(bad, baseURL).href);
		await expect(page.getByRole('link', { name: /Open the map/ })).toBeVisible();
	}
	expect(errors).toEqual([]);
	await context.close();
});

test('every prerendered page has its preview tags and a 1200x630 image', async ({
	request,
	baseURL
}) => {
	const pages = [
		'/',
		'/islands/iturup',
		'/islands/kunashir',
		'/islands/shikotan',
		'/islands/habomai',
		`/articles/${SLUG}`,
		`/articles/${SLUG}/passages/1`,
		`/articles/${SLUG}/passages/4`
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
