// Trying an article in a browser without WebGL: the still SVG map frames the islands the text
// names. A file of its own, because the whole file runs in a Chromium started with WebGL off.
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { TRY_TEXT, framed, tryPage } from './articles.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';

test.use({
	launchOptions: { executablePath: chromiumPath(), args: ['--disable-webgl', '--disable-3d-apis'] }
});

test('the still map frames the islands the text names', async ({ page }) => {
	await page.goto('/articles/try');
	await expect(page.locator('.map-notice')).toHaveAttribute('data-fault', 'no-webgl');
	const t = tryPage(page);
	await expect(t.ready).toBeVisible();
	await t.text.fill(TRY_TEXT);
	// By keyboard: past the file input to the button.
	await t.text.press('Tab');
	await expect(t.file).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(t.submit).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(t.result.locator('.links li[data-via="collective"]')).toContainText('four islands');
	await expect.poll(async () => (await framed(page)).selected).toEqual([...ISLAND_IDS]);
	await t.result.getByRole('button', { name: 'Show passage 1 on the map' }).click();
	await expect.poll(async () => (await framed(page)).selected).toEqual(['shikotan']);
});
