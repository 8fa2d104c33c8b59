// A browser without WebGL (locked down, disabled GPU): the still SVG map is the map, says why, and
// its islands open their panels. The whole file runs in a Chromium started with WebGL turned off.
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { expectAllIslandLinks, islandLink, notice, svgIslandPoint } from './svg-map.ts';

test.use({
	launchOptions: { executablePath: chromiumPath(), args: ['--disable-webgl', '--disable-3d-apis'] }
});

test('without WebGL the still map shows all four islands and Kunashir opens its panel', async ({
	page
}) => {
	await page.goto('/');
	await expect(notice(page)).toHaveAttribute('data-fault', 'no-webgl');
	await expect(notice(page)).toHaveText(/no WebGL/);
	await expectAllIslandLinks(page);
	for (const id of ISLAND_IDS) await expect(islandLink(page, id)).toBeVisible();
	// No MapLibre download at all: the map's code is not fetched without WebGL.
	expect(
		await page.evaluate(() =>
			performance.getEntriesByType('resource').some((r) => /maplibre-gl/.test(r.name))
		)
	).toBe(false);
	const { x, y } = await svgIslandPoint(page, 'kunashir');
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/islands\/kunashir(#.*)?$/);
	await expect(page.locator('#island-title')).toHaveText('Kunashir / Kunashiri');
	await expect(islandLink(page, 'kunashir')).toHaveAttribute('aria-current', 'page');
});
