// Overlays, each side's map and the treaty timeline, by mouse and by keyboard alone.
import type { Page } from '@playwright/test';
import { OVERLAY_IDS, type OverlayId } from '../../src/lib/data/types.ts';
import { VIEWPOINT_BORDER_LAYER, labelField, overlayLayerIds } from '../../src/lib/map/overlays.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { expect, test } from './fixtures.ts';
import { onMap, twins, waitForMapIdle, waitForMapSettled } from './map.ts';

/**
 * How many features of an overlay's layers are drawn on screen now, from whichever of the layer and
 * its overview twin draws at this zoom (src/lib/map/style.ts, drawnAs).
 */
async function drawn(page: Page, layer: string): Promise<number> {
	await waitForMapSettled(page);
	return onMap(
		page,
		(map, ids) => {
			const layers = ids.filter((id) => map?.getLayer(id));
			if (!layers.length) return -1;
			return map.queryRenderedFeatures({ layers }).length;
		},
		twins(layer)
	);
}

/** The layer that shows whether each overlay is drawn. */
const LAYERS = Object.fromEntries(OVERLAY_IDS.map((id) => [id, overlayLayerIds(id)[0]])) as Record<
	OverlayId,
	string
>;

test('toggling each overlay changes what is drawn', async ({ page }) => {
	// Six overlays, each drawn, hidden and drawn again: eighteen waits for the map to settle.
	test.slow();
	// One page load: the timeline moves to a year each treaty line was in force.
	await page.goto('/');
	await waitForMapIdle(page);
	for (const [id, layer] of Object.entries(LAYERS)) {
		const year = id === 'border-1855' ? '1855' : id === 'border-1875' ? '1875' : '2022';
		await page.getByLabel(year, { exact: true }).check();
		const box = page.locator(`input[data-overlay="${id}"]`);
		await expect(box).toBeChecked();
		await expect
			.poll(() => drawn(page, layer), { message: `${id} drawn when on` })
			.toBeGreaterThan(0);
		await box.uncheck();
		await expect(page).toHaveURL(/overlays=/);
		await expect.poll(() => drawn(page, layer), { message: `${id} gone when off` }).toBe(0);
		await box.check();
		await expect
			.poll(() => drawn(page, layer), { message: `${id} back when on` })
			.toBeGreaterThan(0);
	}
});

test('the viewpoint switch changes which name leads and where the border is drawn', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const iturup = page
		.getByRole('navigation', { name: 'Islands' })
		.locator('a[data-island="iturup"]');
	const mapLead = () => page.locator('.map').getAttribute('data-lead');
	await expect(iturup).toHaveText('Iturup / Etorofu');
	await page.getByLabel('As Japan depicts it').check();
	await expect(iturup).toHaveText('Etorofu (Iturup)');
	await expect.poll(mapLead).toBe('ja');
	// The map's island labels are the ones for the Japanese form first.
	const field = await onMap(
		page,
		(map, ids) => map.getLayoutProperty(ids.find((l) => map.getLayer(l)) ?? '', 'text-field'),
		twins(LAYER_IDS.islandLabels)
	);
	expect(field).toEqual(labelField('ja'));
	await expect(
		page.getByText(/Japan’s government holds that the four islands have always been Japanese/)
	).toBeVisible();
	await page.getByLabel('As Russia depicts it').check();
	await expect(iturup).toHaveText('Iturup (Etorofu)');
	await expect.poll(mapLead).toBe('ru');
	await expect(
		page.getByText(/Russia’s government holds that the islands, which it calls the Southern Kurils/)
	).toBeVisible();
	expect(await drawn(page, VIEWPOINT_BORDER_LAYER)).toBeGreaterThan(0);
	await page.getByLabel('Neutral').check();
	await expect(iturup).toHaveText('Iturup / Etorofu');
});

test('the timeline: 1875 shows the 1875 border, 1945 Soviet administration', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.getByLabel('1875', { exact: true }).check();
	await expect(page).toHaveURL(/year=1875/);
	const step = page.locator('.step');
	await expect(step).toContainText('Treaty of Saint Petersburg');
	await expect(step).toContainText('Held by Japan');
	await expect.poll(() => drawn(page, LAYERS['border-1875'])).toBeGreaterThan(0);
	expect(await drawn(page, LAYERS['ru-administered'])).toBe(0);
	await page.getByLabel('1945', { exact: true }).check();
	await expect(step).toContainText('Held by the Soviet Union');
	await expect.poll(() => drawn(page, LAYERS['ru-administered'])).toBeGreaterThan(0);
	expect(await drawn(page, LAYERS['border-1875'])).toBe(0);
	await expect(step.locator('a[data-source]').first()).toHaveAttribute('href', /^https?:/);
});

test('keyboard alone: viewpoint, timeline and an overlay switch', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.getByLabel('Neutral').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByLabel('As Japan depicts it')).toBeChecked();
	await expect(page).toHaveURL(/view=ja/);
	await page.getByLabel('2022', { exact: true }).focus();
	for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
	await expect(page.getByLabel('1855', { exact: true })).toBeChecked();
	await expect(page).toHaveURL(/year=1855/);
	await expect(page.locator('.step')).toContainText('Treaty of Shimoda');
	await page.locator('input[data-overlay="border-1855"]').focus();
	await page.keyboard.press('Space');
	await expect(page.locator('input[data-overlay="border-1855"]')).not.toBeChecked();
	await expect.poll(() => drawn(page, LAYERS['border-1855'])).toBe(0);
});
