// The measure tool: a link reopens a measurement, a measurement made by tapping on a phone survives
// Share → reopen, the keyboard way (place pickers, arrow keys, presets, M and Escape) works, and the
// still SVG map draws the same line when WebGL is absent (measure-no-webgl.e2e.ts).
import { MEASURE_PRESETS } from '../../src/lib/data/measure-presets.ts';
import { SHARE } from '../../src/lib/strings/links.ts';
import { MAP_STRINGS } from '../../src/lib/strings/map.ts';
import { MEASURE } from '../../src/lib/strings/measure.ts';
import { parseUrlState } from '../../src/lib/url/state.ts';
import { expect, hydrated, test } from './fixtures.ts';
import { islandScreenPoint, onMap } from './map.ts';
import { waitForCameraStill, waitForMapReady } from './svg-map.ts';
import type { Page } from '@playwright/test';

const LINK = '/?measure=145.8163,43.3851~145.8594,43.3950';
const KM_NMI = /^\d[\d,]*\.\d+ km \(\d[\d,]*\.\d+ nmi\)$/;

const result = (page: Page) => page.locator('section.measure output.result');
const figure = (page: Page) => result(page).locator('.figure');
const measureOf = (page: Page) => parseUrlState(page.url()).measure;

/** The line MapLibre draws: the measure source's coordinates, as the map holds them. */
async function mapLine(page: Page): Promise<number> {
	return onMap(page, (map) => {
		const features = map?.querySourceFeatures('measure') ?? [];
		return features.length;
	});
}

test('a link with ?measure= shows the distance in km and nmi, on both maps', async ({ page }) => {
	await page.goto(LINK);
	// The still map draws the line before the interactive map is there.
	await expect(page.locator('.svg-map g.measure path')).toHaveCount(2);
	await expect(figure(page)).toHaveText(KM_NMI);
	await expect(figure(page)).toHaveText('3.65 km (1.97 nmi)');
	await expect(result(page)).toContainText('from Cape Nosappu to Kaigara');
	await waitForMapReady(page);
	await expect.poll(() => mapLine(page)).toBeGreaterThan(0);
	await expect(page.locator('.map .measure-point')).toHaveCount(2);
	await expect(page.locator('.map .measure-point').first()).toHaveAttribute(
		'aria-label',
		/^Start point: Cape Nosappu/
	);
	// The link's measurement is kept (written canonically once the map records its camera).
	expect(measureOf(page)).toEqual([
		[145.8163, 43.3851],
		[145.8594, 43.395]
	]);
	// Dragging an end moves it; the URL follows when it is let go, with no new history entry.
	await waitForCameraStill(page);
	const before = await page.evaluate(() => history.length);
	const end = page.locator('.map .measure-point[data-index="1"]');
	const box = await end.boundingBox();
	if (!box) throw new Error('no end point');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 5 });
	await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => measureOf(page)?.[1][0]).toBeGreaterThan(145.8594);
	await expect(figure(page)).not.toHaveText('3.65 km (1.97 nmi)');
	await expect(figure(page)).toHaveText(KM_NMI);
	expect(measureOf(page)?.[0]).toEqual([145.8163, 43.3851]);
	expect(await page.evaluate(() => history.length)).toBe(before);
	await page.screenshot({ path: 'test-results/measure-desktop.png' });

	// Escape leaves the tool and the link.
	await page.keyboard.press('Escape');
	await expect(page.locator('section.measure')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).search).toBe('');
	await expect(page.getByRole('button', { name: MAP_STRINGS.measure.startLabel })).toBeFocused();
});

test('bad ?measure= values are ignored without an error', async ({ page }) => {
	await page.goto('/islands/kunashir?measure=145.8,91~1e3,4&view=ja');
	await expect(page.locator('#island-title')).toBeVisible();
	await expect(page.locator('section.measure')).toHaveCount(0);
	await expect(page.getByRole('button', { name: MAP_STRINGS.measure.startLabel })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the keyboard way: M, place pickers, arrow keys, presets with their sources, Escape', async ({
	page
}) => {
	await page.goto('/islands/habomai');
	await expect(page.locator('#island-title')).toBeVisible();
	// The M shortcut is the hydrated page's: pressed before, on a loaded machine, it did nothing.
	await hydrated(page);
	const panel = page.locator('section.measure');
	// M pressed in a form field is the field's (a select jumps to an option), not the tool.
	await page.locator('.controls select').focus();
	await page.keyboard.press('m');
	await expect(page.locator('.controls select')).toBeFocused();
	await expect(panel).toHaveCount(0);
	await page.locator('#main').focus();
	await page.keyboard.press('m');
	await expect(panel).toBeVisible();
	await expect(panel).toBeFocused();
	await expect(result(page)).toHaveText(MEASURE.help.none);

	await page.getByLabel(MEASURE.from, { exact: true }).selectOption('cape-nosappu');
	await expect(result(page)).toHaveText(MEASURE.help.one);
	expect(measureOf(page)).toBeNull();
	await page.getByLabel(MEASURE.to, { exact: true }).selectOption('kaigara');
	await expect(figure(page)).toHaveText(KM_NMI);
	await expect
		.poll(() => measureOf(page))
		.toEqual([
			[145.81628, 43.38506],
			[145.85944, 43.395]
		]);
	// A place pair that is a preset shows the cited figure with its sources beside the measured one.
	const cited = panel.locator('.cited[data-preset="nosappu-kaigara"]');
	await expect(cited).toBeVisible();
	await expect(cited.locator('[data-cited="3.7"]')).toBeVisible();
	await expect(cited.locator('a[data-source="S1"]')).toBeVisible();
	await expect(cited).toContainText(/may differ/);

	// Arrow keys move a focused end by 100 m (Shift: 1 km); no new history entry.
	const before = await page.evaluate(() => history.length);
	await page.locator('section.measure .point[data-end="1"]').focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => measureOf(page)?.[1][0]).toBeGreaterThan(145.85944);
	await page.keyboard.press('Shift+ArrowUp');
	await expect.poll(() => measureOf(page)?.[1][1]).toBeGreaterThan(43.4);
	await expect(cited).toHaveCount(0);
	expect(await page.evaluate(() => history.length)).toBe(before);

	// Each preset: its cited figures, each with its source.
	for (const preset of MEASURE_PRESETS) {
		await panel.locator(`.presets button[data-preset="${preset.id}"]`).click();
		const box = panel.locator(`.cited[data-preset="${preset.id}"]`);
		await expect(box).toBeVisible();
		for (const f of preset.figures) {
			await expect(box.locator(`[data-cited="${f.value}"]`).first()).toBeVisible();
			for (const id of f.sources)
				await expect(box.locator(`a[data-source="${id}"]`).first()).toBeAttached();
		}
		await expect(figure(page)).toHaveText(KM_NMI);
	}

	// Escape leaves the tool (not the island) and clears ?measure=.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(page.locator('#island-title')).toBeVisible();
	await expect.poll(() => measureOf(page)).toBeNull();
	expect(new URL(page.url()).pathname).toBe('/islands/habomai');
});

test('the search way: both ends found by any of their names, by keyboard alone', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	await page.locator('#main').focus();
	await page.keyboard.press('m');
	const panel = page.locator('section.measure');
	await expect(panel).toBeFocused();
	// The start by its Japanese name, the end by its Russian one; Enter takes the first match.
	const from = page.getByRole('combobox', { name: MEASURE.find('from') });
	await from.focus();
	await page.keyboard.type('納沙布岬');
	await expect(page.locator('#measure-from-find-listbox [role="option"]').first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(result(page)).toHaveText(MEASURE.help.one);
	const to = page.getByRole('combobox', { name: MEASURE.find('to') });
	await to.focus();
	await page.keyboard.type('Kaigara');
	await expect(page.locator('#measure-to-find-listbox [role="option"]').first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(figure(page)).toHaveText(KM_NMI);
	await expect(result(page)).toContainText('from Cape Nosappu to Kaigara');
	// The same ends as the lists give: each place's own point.
	await expect
		.poll(() => measureOf(page))
		.toEqual([
			[145.81628, 43.38506],
			[145.85944, 43.395]
		]);
	// Escape in a box with text clears the box, not the tool.
	await to.focus();
	await page.keyboard.type('Shi');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(to).toHaveValue('');
	await expect(panel).toBeVisible();
});

// Each end's place list sits beside its label, under the search box, as wide as the panel allows:
// it once wrapped into the label's 3rem column and read "Точ⌄".
for (const [path, viewport] of [
	['/ru?measure=146.42166,44.87937~147.99544,45.43425', { width: 1280, height: 800 }],
	['/ja?measure=146.42166,44.87937~147.99544,45.43425', { width: 390, height: 844 }]
] as const)
	test(`each end's place list shows whole names beside its label: ${path} at ${viewport.width}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto(path);
		await hydrated(page);
		const panel = page.locator('section.measure');
		await expect(panel).toBeVisible();
		for (const id of ['measure-from', 'measure-to']) {
			const list = panel.locator(`#${id}`);
			const label = panel.locator(`label[for="${id}"]`);
			const [l, b] = [await label.boundingBox(), await list.boundingBox()];
			expect(l && b).toBeTruthy();
			if (!l || !b) return;
			expect(b.x, `${id} starts right of its label`).toBeGreaterThanOrEqual(l.x + l.width);
			expect(b.width, `${id} is wide enough for a name`).toBeGreaterThan(150);
			// The label's own word is not cut or run into the search box.
			expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
		}
	});

test.describe('390×844 phone', () => {
	test.use({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		permissions: ['clipboard-read', 'clipboard-write']
	});

	test('a measurement made by tapping survives Share → reopen', async ({ page, context }) => {
		test.setTimeout(240_000); // two map loads on software WebGL on a shared machine
		// Test the clipboard path that every browser has (a phone would offer its share sheet).
		await context.addInitScript(() =>
			Object.defineProperty(navigator, 'share', { value: undefined })
		);
		await page.goto('/');
		await waitForMapReady(page);
		await page.getByRole('button', { name: MAP_STRINGS.measure.startLabel }).tap();
		await expect(page.locator('section.measure')).toBeVisible();
		await waitForCameraStill(page);

		// Two taps on the map: on islands, which while measuring must not open their panels.
		const a = await islandScreenPoint(page, 'kunashir');
		await page.touchscreen.tap(a.x, a.y);
		await expect(page.locator('.map .measure-point')).toHaveCount(1);
		await expect(result(page)).toHaveText(MEASURE.help.one);
		const b = await islandScreenPoint(page, 'iturup');
		await page.touchscreen.tap(b.x, b.y);
		await expect(figure(page)).toHaveText(KM_NMI);
		await expect.poll(() => measureOf(page)).not.toBeNull();
		expect(new URL(page.url()).pathname).toBe('/');
		const shown = await figure(page).textContent();
		await page.screenshot({ path: 'test-results/measure-phone.png' });
		const measured = measureOf(page);

		// Share, from the drawer.
		await page.getByRole('button', { name: 'Layers, viewpoint & timeline' }).tap();
		await page.getByRole('button', { name: SHARE.share, exact: true }).tap();
		await expect(page.getByRole('status').filter({ hasText: SHARE.copied })).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(parseUrlState(link).measure).toEqual(measured);

		// Reopened in a new page: the same measurement, on the map too.
		await page.close();
		const again = await context.newPage();
		await again.goto(link);
		await expect(figure(again)).toHaveText(shown ?? '');
		await waitForMapReady(again);
		await expect(again.locator('.map .measure-point')).toHaveCount(2);
		await expect.poll(() => mapLine(again)).toBeGreaterThan(0);
		expect(measureOf(again)).toEqual(measured);
	});
});
