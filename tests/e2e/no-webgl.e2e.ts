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

// The browser reads the still map's shapes back from the served SVG (src/lib/map/svg/shapes.ts):
// what the page was served without (a line not in force in the served year, a side's border, the
// whole map when the map screen is reached from another page) is fetched when needed.
test('without WebGL the still map draws what it was not served with', async ({ page }) => {
	const still = page.locator('svg[data-still-map]');
	await page.goto('/');
	await expect(notice(page)).toHaveAttribute('data-fault', 'no-webgl');
	await expect(still.locator('use[data-overlay="border-1875"]')).toHaveCount(0);
	await page.getByLabel('1875', { exact: true }).check();
	await expect(still.locator('use[data-overlay="border-1875"]')).toHaveCount(1);
	// The front page carries the shapes in its own <defs>.
	await expect(still.locator('use[data-overlay="border-1875"]')).toHaveAttribute(
		'href',
		'#svgmap-claim-border-1875'
	);
	await page.getByLabel('1945', { exact: true }).check();
	// Japan's map draws the 1855 line as its border, in force or not.
	await page.locator('input[name="viewpoint"][value="ja"]').check();
	await expect(still.locator('use[data-shape="claim:border-1855"]')).toHaveAttribute(
		'href',
		'#svgmap-claim-border-1855'
	);
	await expect(still.locator('defs path#svgmap-claim-border-1855')).toHaveAttribute('d', /^M\d/);

	// Reached from a page without a still map, the map screen draws from the shared file.
	await page.goto('/about');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Map' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expectAllIslandLinks(page);
	// The land is drawn from the shared file, which must hold the shape each <use> names.
	for (const shape of [
		'context',
		'land:JPN',
		'land:RUS',
		'claim:jp-claimed',
		'claim:median-line'
	]) {
		const href = await still.locator(`use[data-shape="${shape}"]`).getAttribute('href');
		const [file = '', id] = (href ?? '').split('#');
		expect(file).toMatch(/^\/_app\/immutable\/assets\/still\.generated\.[\w-]+\.svg$/);
		expect(await (await page.request.get(file)).text()).toMatch(
			new RegExp(`<path id="${id}"[^>]* d="M\\d`)
		);
	}
	const { x, y } = await svgIslandPoint(page, 'shikotan');
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/islands\/shikotan(#.*)?$/);
});

// The notice says why in full, in every language and on a phone: it was cut to one line with "…".
for (const [path, width] of [
	['/ru', 1280],
	['/ja/islands/habomai', 390],
	['/', 360]
] as const)
	test(`the reason is shown whole: ${path} at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(path);
		await expect(notice(page)).toHaveAttribute('data-fault', 'no-webgl');
		const box = await notice(page).evaluate((e) => ({
			clipped: e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1,
			right: e.getBoundingClientRect().right
		}));
		expect(box.clipped).toBe(false);
		expect(box.right).toBeLessThanOrEqual(width);
	});
