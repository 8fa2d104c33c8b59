// A shared link on a phone: the still SVG map is there before any script, the subject is in the
// part of the map nothing covers (for the SVG and for MapLibre, first frame and after the sheet
// moves), the islands can be tapped, nothing scrolls sideways and every control is finger-sized.
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { expect, test } from './fixtures.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { islandScreenPoint, onMap, twins, waitForMapSettled } from './map.ts';
import {
	PASSAGE,
	expectAllIslandLinks,
	expectUncovered,
	mapSubjectPoints,
	svgOutline,
	waitForCameraStill,
	waitForMapReady
} from './svg-map.ts';

const PAGES: { path: string; subject: readonly IslandId[] }[] = [
	{ path: '/', subject: ISLAND_IDS },
	{ path: '/islands/habomai', subject: ['habomai'] },
	{ path: '/islands/iturup', subject: ['iturup'] },
	{ path: PASSAGE, subject: ISLAND_IDS }
];

const PORTRAIT = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
];

for (const viewport of PORTRAIT) {
	test.describe(`JavaScript off, ${viewport.width}×${viewport.height}`, () => {
		test.use({ javaScriptEnabled: false, viewport, isMobile: true, hasTouch: true });

		for (const { path, subject } of PAGES) {
			test(`${path}: the still map links all four islands and shows its subject uncovered`, async ({
				page
			}) => {
				await page.goto(path);
				await expectAllIslandLinks(page);
				for (const id of subject)
					await expectUncovered(page, await svgOutline(page, id), 'svg', `${path} ${id}`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					viewport.width
				);
			});
		}
	});
}

const SIZES = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 },
	{ width: 430, height: 932 },
	{ width: 844, height: 390 }
];

for (const viewport of SIZES) {
	test.describe(`${viewport.width}×${viewport.height}, WebGL on`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true });

		test('the subject stays uncovered: still map, first frame, and as the sheet moves', async ({
			page
		}) => {
			test.setTimeout(150_000);
			await page.goto('/islands/shikotan');
			// Before MapLibre takes over, the still map frames the island.
			await expectUncovered(page, await svgOutline(page, 'shikotan'), 'svg', 'still map');
			await waitForMapReady(page);
			await expectUncovered(
				page,
				await mapSubjectPoints(page, ['shikotan']),
				'canvas',
				'first frame'
			);
			const handle = page.getByRole('slider', { name: 'Panel size' });
			for (const key of ['End', 'Home', 'ArrowUp']) {
				const before = await handle.getAttribute('aria-valuenow');
				await handle.focus();
				await page.keyboard.press(key);
				await expect(handle).not.toHaveAttribute('aria-valuenow', before ?? '');
				await waitForCameraStill(page);
				await expectUncovered(
					page,
					await mapSubjectPoints(page, ['shikotan']),
					'canvas',
					`sheet after ${key}`
				);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width
			);
		});
	});
}

for (const [viewport, path] of PORTRAIT.flatMap((v) =>
	['/', '/ja', '/ru'].map((p) => [v, p] as const)
)) {
	test(`${viewport.width}×${viewport.height} ${path}: the map names every island, none dropped where names crowd`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		try {
			await page.goto(path);
			await waitForMapReady(page);
			await waitForMapSettled(page);
			const named = await onMap(
				page,
				(map, layers) =>
					map
						.queryRenderedFeatures({ layers: layers.filter((id) => map.getLayer(id)) })
						.map((f) => String(f.properties.id)),
				twins(LAYER_IDS.islandLabels)
			);
			expect(new Set(named)).toEqual(new Set(ISLAND_IDS));
		} finally {
			await context.close();
		}
	});
}

test.describe('390×844, WebGL on', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	for (const path of ['/', PASSAGE]) {
		test(`tapping the uncovered map on ${path} opens the islands`, async ({ page }) => {
			// Four taps on software WebGL on a shared machine: slow, not stuck.
			test.setTimeout(240_000);
			await page.goto(path);
			await waitForMapReady(page);
			const opened: IslandId[] = [];
			const missed: string[] = [];
			for (const id of ISLAND_IDS) {
				await waitForCameraStill(page);
				await waitForMapSettled(page);
				try {
					const { x, y } = await islandScreenPoint(page, id);
					await page.touchscreen.tap(x, y);
					await expect(page).toHaveURL(new RegExp(`/islands/${id}(#.*)?$`));
					await expect(page.locator(`article.island-panel[data-island="${id}"]`)).toBeVisible();
					opened.push(id);
					await page.goBack();
					await expect(page).not.toHaveURL(/\/islands\//);
				} catch (err) {
					missed.push(`${id}: ${(err as Error).message.split('\n')[0]}`);
				}
			}
			expect(opened.length, missed.join('\n')).toBeGreaterThanOrEqual(3);
		});
	}

	// The sheet kept its scroll position from page to page, so the next island's panel opened
	// mid-way, its heading out of view.
	test('a newly opened panel starts at its top, a passage at its passage', async ({ page }) => {
		await page.goto('/articles/nikkei-putin-win-island-row/passages/3');
		const body = page.locator('.sheet-body');
		await expect(page.locator('#passage-3')).toBeInViewport();
		await expect.poll(() => body.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
		await page.locator('nav.island-list a[data-island="iturup"]').tap();
		await expect(page).toHaveURL(/\/islands\/iturup$/);
		await expect(page.locator('#island-title')).toBeInViewport();
		expect(await body.evaluate((e) => e.scrollTop)).toBe(0);
		// Scrolled down an island's panel, the next island's opens at its top too.
		await body.evaluate((e) => (e.scrollTop = 400));
		await page.locator('nav.island-list a[data-island="shikotan"]').tap();
		await expect(page).toHaveURL(/\/islands\/shikotan$/);
		expect(await body.evaluate((e) => e.scrollTop)).toBe(0);
	});

	test('controls are a drawer beside the subject, and every control is finger-sized', async ({
		page
	}) => {
		test.setTimeout(150_000);
		await page.goto('/islands/kunashir');
		await waitForMapReady(page);
		const toggle = page.getByRole('button', { name: 'Layers, viewpoint & timeline' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		const drawer = page.getByRole('complementary', { name: 'Map layers, viewpoint and timeline' });
		await expect(drawer).toBeVisible();
		await waitForCameraStill(page);
		await expectUncovered(
			page,
			await mapSubjectPoints(page, ['kunashir']),
			'canvas',
			'drawer open'
		);
		// Whose map: a choice in the drawer changes the map without covering it.
		await drawer.getByText('As Japan depicts it').click();
		await expect(page).toHaveURL(/view=ja/);
		const small = await page.evaluate(() => {
			const targets = [
				...document.querySelectorAll<HTMLElement>(
					'.top-bar a, .top-bar button, .sheet-handle, .controls button, .controls .pill, .controls select, .controls summary, .controls .legend label, .panel a.close'
				)
			];
			return targets
				.filter((el) => el.checkVisibility())
				.map((el) => ({ el: el.outerHTML.slice(0, 60), r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.height < 44 || r.width < 44)
				.map(({ el, r }) => `${Math.round(r.width)}×${Math.round(r.height)} ${el}`);
		});
		expect(small, small.join('\n')).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(drawer).toBeHidden();
		// Escape closed the drawer, not the island.
		await expect(page).toHaveURL(/\/islands\/kunashir/);
	});
});
