// The search box without WebGL: a place looked up is framed and marked on the still SVG map, and
// said in words. The whole file runs in a Chromium started with WebGL turned off.
import { SETTLEMENTS } from '../../src/lib/data/places.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';

test.use({
	launchOptions: { executablePath: chromiumPath(), args: ['--disable-webgl', '--disable-3d-apis'] }
});

if (!SETTLEMENTS.some((p) => p.id === 'kurilsk')) throw new Error('kurilsk is not in places.ts');

test('Shana frames Kurilsk on the still map, with its marker', async ({ page }) => {
	await page.goto('/');
	// Hydrated: the Kit mounts its route announcer then.
	await expect(page.locator('#svelte-announcer')).toBeAttached({ timeout: 30_000 });
	await page.keyboard.press('/');
	await page.keyboard.type('Shana');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?place=kurilsk/);
	await expect(page.locator('.map-notice')).toHaveAttribute('data-fault', 'no-webgl');
	const marker = page.locator('.svg-map circle[data-place="kurilsk"]');
	await expect(marker).toBeVisible();
	// The marker is inside the part of the map no panel covers.
	const m = await marker.boundingBox();
	const fit = await page.locator('.svg-map .fit').boundingBox();
	if (!m || !fit) throw new Error('no box');
	const cx = m.x + m.width / 2;
	const cy = m.y + m.height / 2;
	expect(cx).toBeGreaterThan(fit.x);
	expect(cx).toBeLessThan(fit.x + fit.width);
	expect(cy).toBeGreaterThan(fit.y);
	expect(cy).toBeLessThan(fit.y + fit.height);
	await expect(page.locator('section.place')).toContainText('Settlement on Iturup / Etorofu');
});

test('Enter pressed before the search index has arrived chooses the first result once it has', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('#svelte-announcer')).toBeAttached({ timeout: 30_000 });
	// Everything the page asks for from now on (the search code and index) comes late.
	let delayed = 0;
	await page.route('**/_app/immutable/**', async (route) => {
		delayed++;
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.keyboard.press('/');
	await page.keyboard.type('Shana');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?place=kurilsk/);
	expect(delayed, 'the index was loaded after the page, and delayed').toBeGreaterThan(0);
	await expect(page.locator('section.place')).toContainText('Settlement on Iturup / Etorofu');
});
