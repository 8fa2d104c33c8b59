// The interactive map fails visibly and the app survives it: missing geodata, a missing worker, a
// lost GPU context and a first load that never ends each leave the still SVG map, a one-line notice
// and working panels, with no page error.
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { expect, test } from './fixtures.ts';
import { onMap, twins } from './map.ts';
import {
	expectAllIslandLinks,
	islandLink,
	notice,
	svgIslandPoint,
	waitForMapReady
} from './svg-map.ts';

test.describe('resources that answer 404', () => {
	// The browser reports each failed download on the console; those are the point here.
	test.use({
		allowConsoleErrors: /Failed to load resource: the server responded with a status of 404/
	});

	for (const [what, pattern] of [
		['every geodata file', '**/geo/*.geojson'],
		['the islands file alone', '**/geo/islands.geojson']
	] as const) {
		test(`${what}: the still map, a notice, and panels that work`, async ({ page }) => {
			await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }));
			await page.goto('/');
			await expect(notice(page)).toHaveAttribute('data-fault', 'data-failed', { timeout: 60_000 });
			await expect(notice(page)).toHaveText(/map data did not load/);
			await expect(page.locator('.svg-map')).toBeVisible();
			await expectAllIslandLinks(page);
			await page
				.getByRole('navigation', { name: 'Islands' })
				.getByRole('link', { name: 'Shikotan' })
				.click();
			await expect(page).toHaveURL(/\/islands\/shikotan(#.*)?$/);
			await expect(page.locator('#island-title')).toHaveText('Shikotan');
			// The still map follows: the island is highlighted and still reachable.
			await expect(islandLink(page, 'shikotan')).toHaveAttribute('aria-current', 'page');
			await expect(page.locator('.svg-map')).toBeVisible();
		});
	}

	test.describe('the map worker', () => {
		// MapLibre's worker pool reports the failure on the console itself, besides the map's event.
		test.use({
			allowConsoleErrors:
				/Failed to load resource: the server responded with a status of 404|Worker failed to load/
		});
		test('the still map, a notice, and panels that work', async ({ page }) => {
			await page.route('**/maplibre-gl-worker*', (route) =>
				route.fulfill({ status: 404, body: '' })
			);
			await page.goto('/islands/iturup');
			await expect(notice(page)).toHaveAttribute('data-fault', 'worker-failed', {
				timeout: 60_000
			});
			await expect(page.locator('.svg-map')).toBeVisible();
			const { x, y } = await svgIslandPoint(page, 'kunashir');
			await page.mouse.click(x, y);
			await expect(page).toHaveURL(/\/islands\/kunashir(#.*)?$/);
			await expect(page.locator('#island-title')).toHaveText('Kunashir / Kunashiri');
		});
	});
});

test('a lost GPU context: the still map within 3 s, islands and viewpoint work, MapLibre returns on restore', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await waitForMapReady(page);
	await onMap(page, (map) => {
		const gl = map.getCanvas().getContext('webgl2');
		const ext = gl?.getExtension('WEBGL_lose_context');
		if (!ext) throw new Error('no WEBGL_lose_context');
		(window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
		ext.loseContext();
	});
	await expect(page.locator('.svg-map')).toBeVisible({ timeout: 3_000 });
	await expect(notice(page)).toHaveAttribute('data-fault', 'context-lost');

	const { x, y } = await svgIslandPoint(page, 'shikotan');
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/islands\/shikotan(#.*)?$/);
	await expect(page.locator('#island-title')).toHaveText('Shikotan');
	await page.getByText('As Japan depicts it').click();
	await expect(page).toHaveURL(/view=ja/);
	await expect(page.locator('.svg-map svg')).toHaveAttribute('data-viewpoint', 'ja');
	await expect(page.locator('.svg-map')).toBeVisible();

	await page.evaluate(() =>
		(window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext()
	);
	await waitForMapReady(page);
	await expect(page.locator('.svg-map')).toBeHidden();
	await expect(notice(page)).toHaveCount(0);
	// The rebuilt style got the state back: the island is selected, Japan's view is drawn.
	await expect
		.poll(() =>
			onMap(
				page,
				(map, layer) => {
					const source = layer.map((l) => map?.getLayer(l)?.source).find(Boolean) ?? '';
					return {
						selected: map?.getFeatureState({ source, id: 'shikotan' })?.selected ?? false,
						viewpoint: map?.getContainer().dataset.viewpoint
					};
				},
				twins(LAYER_IDS.islandsFill)
			)
		)
		.toEqual({ selected: true, viewpoint: 'ja' });
});

test('a first load that never ends: the still map, then the notice', async ({ page }) => {
	// Timers are the page's own, run forward by the test: no wait on the wall clock.
	await page.clock.install();
	await page.route('**/geo/*.geojson', () => {
		// Never answered.
	});
	await page.goto('/');
	await expectAllIslandLinks(page);
	// The map owner's code is fetched after a frame and a timer, and its own clock starts when it
	// mounts: let those run, wait (on the wall clock) for it to be there, then run out its limit.
	// Run out at once, the limit was sometimes set only after the clock had stopped.
	await page.clock.runFor(1_000);
	await expect(page.locator('.map[data-state="loading"]')).toBeAttached();
	await page.clock.runFor(31_000);
	await expect(notice(page)).toHaveAttribute('data-fault', 'timeout');
	await expect(page.locator('.svg-map')).toBeVisible();
	for (const id of ISLAND_IDS) await expect(islandLink(page, id)).toBeVisible();
});
