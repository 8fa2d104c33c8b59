// The search box, by keyboard alone: `/` focuses it from anywhere, typing lists places by any of
// their names (kanji, an old Japanese name), the arrow keys and Escape work as a combobox's, Enter
// opens an island's panel or frames any other place with a marker, on the interactive map and on
// the still map when WebGL is missing, and the place survives a reload as `?place=`.
import { SETTLEMENTS } from '../../src/lib/data/places.ts';
import { expect, hydrated, test } from './fixtures.ts';
import { onMap, twins } from './map.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { waitForCameraStill, waitForMapReady } from './svg-map.ts';
import type { Page } from '@playwright/test';

const KURILSK = SETTLEMENTS.find((p) => p.id === 'kurilsk');
if (!KURILSK) throw new Error('kurilsk is not in places.ts');

const box = (page: Page) => page.getByRole('combobox', { name: 'Find a place or article' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Places and articles found' });

/** The option Enter would choose now (waits for it): aria-selected, and the box's active descendant. */
async function activeOption(page: Page, id?: string) {
	const selected = listbox(page).locator('[role="option"][aria-selected="true"]');
	if (id) await expect(selected).toHaveAttribute('data-id', id);
	await expect(selected).toHaveCount(1);
	await expect(box(page)).toHaveAttribute(
		'aria-activedescendant',
		(await selected.getAttribute('id')) ?? 'none'
	);
	return selected;
}

test.describe('desktop, WebGL on', () => {
	test('`/`, 択捉, Enter opens Iturup', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await page.keyboard.press('/');
		await expect(box(page)).toBeFocused();
		await page.keyboard.type('択捉');
		await expect(listbox(page)).toBeVisible();
		const first = await activeOption(page, 'iturup');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(first).toContainText('Iturup / Etorofu');
		// The group is named, and the strait named after the island is offered below it.
		await expect(listbox(page).getByRole('group', { name: 'Islands' })).toBeVisible();
		await expect(listbox(page).locator('[data-id="vries-strait"]')).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/islands\/iturup(#.*)?$/);
		await expect(page.locator('#island-title')).toHaveText('Iturup / Etorofu');
		await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
	});

	test('`/`, Shana, Enter frames Kurilsk with a marker and says it is on Iturup', async ({
		page
	}) => {
		await page.goto('/');
		await hydrated(page);
		await waitForMapReady(page);
		await page.keyboard.press('/');
		await page.keyboard.type('Shana');
		const first = await activeOption(page, 'kurilsk');
		await expect(first).toContainText('on Iturup / Etorofu');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/\?place=kurilsk(#.*)?$/);
		const card = page.locator('section.place');
		await expect(card.getByRole('heading', { name: 'Kurilsk / Shana' })).toBeVisible();
		await expect(card).toContainText('Settlement on Iturup / Etorofu');
		await expect(card.getByRole('link', { name: 'Iturup / Etorofu' })).toHaveAttribute(
			'href',
			'/islands/iturup'
		);
		await expect(page.locator('.map')).toHaveAttribute('data-place', 'kurilsk');
		await waitForCameraStill(page);
		// The marker is drawn at Kurilsk, and Kurilsk is in the middle of the uncovered box, close up.
		const framed = await onMap(
			page,
			(map, { point, ids }) => {
				const p = map.project(point);
				const marker = map
					.queryRenderedFeatures([p.x, p.y], {
						layers: ids.filter((id) => map.getLayer(id))
					})
					.map((f) => f.properties?.id);
				return { zoom: map.getZoom(), inView: map.getBounds().contains(point), marker };
			},
			{
				point: KURILSK.point as [number, number],
				ids: twins(LAYER_IDS.placeMarker)
			}
		);
		expect(framed.inView).toBe(true);
		expect(framed.zoom).toBeGreaterThan(8);
		expect(framed.marker).toContain('kurilsk');

		// A reload keeps it; closing the card lets it go.
		await page.reload();
		await hydrated(page);
		await expect(card).toContainText('Settlement on Iturup / Etorofu');
		await card.getByRole('link', { name: 'Stop showing this place' }).click();
		await expect(page).not.toHaveURL(/place=/);
		await expect(card).toHaveCount(0);
	});

	test('arrow keys move through the results, Escape closes the list and then clears the box', async ({
		page
	}) => {
		await page.goto('/islands/shikotan');
		await hydrated(page);
		await page.keyboard.press('/');
		await page.keyboard.type('Kunashir');
		const first = listbox(page).locator('[data-id="kunashir"]');
		await activeOption(page, 'kunashir');
		await page.keyboard.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'false');
		const second = await activeOption(page);
		await expect(second).not.toHaveAttribute('data-id', 'kunashir');
		await page.keyboard.press('ArrowUp');
		await activeOption(page, 'kunashir');
		await page.keyboard.press('Escape');
		await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(box(page)).toHaveValue('Kunashir');
		// The island panel under the box stays open.
		await expect(page).toHaveURL(/\/islands\/shikotan/);
		await page.keyboard.press('Escape');
		await expect(box(page)).toHaveValue('');
		await expect(page).toHaveURL(/\/islands\/shikotan/);
		// `/` typed in the box is text, not the shortcut.
		await page.keyboard.type('Итурупа');
		await activeOption(page, 'iturup');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/islands\/iturup/);
	});

	test('a link with an unknown place is the plain map', async ({ page }) => {
		await page.goto('/?place=atlantis');
		await hydrated(page);
		await expect(page.locator('section.place')).toHaveCount(0);
		await expect(page.locator('#intro-title')).toBeVisible();
	});

	test('the index is not fetched until the box is focused', async ({ page, request }) => {
		await page.goto('/');
		await hydrated(page);
		await waitForMapReady(page);
		const scripts = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((r) => r.name)
					.filter((name) => name.endsWith('.js'))
			);
		// A gazetteer pattern as the build writes it: in the index, and nowhere else.
		const holdsIndex = async (url: string) =>
			(await (await request.get(url)).text()).includes('Iturups?(?!');
		const before = await scripts();
		for (const url of before) expect(await holdsIndex(url), url).toBe(false);
		await page.keyboard.press('/');
		await page.keyboard.type('Kuna');
		await activeOption(page, 'kunashir');
		const added = (await scripts()).filter((url) => !before.includes(url));
		const withIndex = [];
		for (const url of added) if (await holdsIndex(url)) withIndex.push(url);
		expect(withIndex.length).toBe(1);
	});
});

// On /ja and /ru the leading name is already in that script: the grey names beside it list only
// the other side's, not the same name again ("色丹島 色丹島 · Шикотан").
for (const [path, query, leading, other] of [
	['/ja', '色丹', '色丹島', 'Шикотан'],
	['/ru', 'Шикотан', 'Шикотан', '色丹島']
] as const)
	test(`on ${path} a result names the place once in each script`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		// The box and the list are named in the page's language; found by role here.
		await page.getByRole('combobox').first().click();
		await page.keyboard.type(query);
		const option = page.locator('[role="option"][data-id="shikotan"]').first();
		await expect(option).toBeVisible();
		const text = (await option.textContent()) ?? '';
		expect(text.split(leading).length - 1, text).toBe(1);
		expect(text).toContain(other);
	});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the box is at the top of the map, finger-sized, and frames a place', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const visible = page.getByRole('combobox', { name: 'Find a place or article' });
		await expect(visible).toHaveCount(1);
		await expect(visible).toHaveAttribute('id', 'map-search-input');
		const size = await visible.boundingBox();
		expect(size?.height ?? 0).toBeGreaterThanOrEqual(44);
		await visible.tap();
		await page.keyboard.type('Furukamappu');
		const first = await activeOption(page, 'yuzhno-kurilsk');
		expect((await first.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
		await first.tap();
		await expect(page).toHaveURL(/\?place=yuzhno-kurilsk/);
		await expect(page.locator('section.place')).toContainText('on Kunashir / Kunashiri');
	});
});
