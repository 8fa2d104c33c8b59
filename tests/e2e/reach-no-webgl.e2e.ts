// Small islands within reach on the still map, in a Chromium without WebGL: a grid of taps 40 px
// apart over the home page reaches all four island groups (the grid walk is in reach.ts).
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { reachAll, stillIslandCentre } from './reach.ts';

test.use({
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	launchOptions: { executablePath: chromiumPath(), args: ['--disable-webgl', '--disable-3d-apis'] }
});

test('a grid of taps 40 px apart over the still map reaches all four island groups', async ({
	page
}) => {
	test.setTimeout(300_000);
	await page.goto('/');
	await expect(page.locator('.map-screen')).toHaveAttribute('data-map-status', 'unavailable');
	const { reached } = await reachAll(
		page,
		'tap',
		(id) => stillIslandCentre(page, id),
		async () => {
			await expect(page.locator('svg[data-still-map] a[data-island]')).toHaveCount(4);
		},
		true
	);
	expect([...reached].sort()).toEqual([...ISLAND_IDS].sort());
});
