// The measure tool without WebGL: the still SVG map draws the same great-circle line, and a tap on
// it places a point. The whole file runs in a Chromium started with WebGL turned off.
import { MEASURE } from '../../src/lib/strings/measure.ts';
import { parseUrlState } from '../../src/lib/url/state.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';

const LINK = '/?measure=145.8163,43.3851~145.8594,43.3950';

test.use({
	launchOptions: { executablePath: chromiumPath(), args: ['--disable-webgl', '--disable-3d-apis'] }
});

test('the still map draws the line, and a tap on it places a point', async ({ page }) => {
	await page.goto(LINK);
	await expect(page.locator('.map-notice')).toHaveAttribute('data-fault', 'no-webgl');
	await expect(page.locator('.svg-map g.measure circle')).toHaveCount(2);
	await expect(page.locator('.svg-map g.measure path')).toHaveCount(2);
	await expect(page.locator('section.measure output.result .figure')).toHaveText(
		'3.65 km (1.97 nmi)'
	);
	// A new tap starts a new measurement.
	const box = await page.locator('.svg-map .fit').boundingBox();
	if (!box) throw new Error('no still map');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
	await expect(page.locator('.svg-map g.measure circle')).toHaveCount(1);
	await expect(page.locator('section.measure output.result')).toHaveText(MEASURE.help.one);
	await expect.poll(() => parseUrlState(page.url()).measure).toBeNull();
	expect(new URL(page.url()).pathname).toBe('/');
});
