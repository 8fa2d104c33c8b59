// From an island to a passage in the reader and back; from a passage to the map.
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { expect, test } from './fixtures.ts';
import { onMap, waitForMapIdle, waitForMapSettled } from './map.ts';

const SLUG = 'nikkei-putin-win-island-row';

test('from an island panel to a passage in the reader, and back', async ({ page }) => {
	await page.goto('/islands/kunashir');
	await waitForMapIdle(page);
	const news = page.locator('section.passages');
	await expect(news).toContainText('In the news');
	await expect(news.locator('blockquote').first()).toContainText('four');
	await news.locator('a[data-passage-link]').first().click();
	await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/passages/\\d+(#.*)?$`));
	const selected = page.locator('.passage[aria-current="true"]');
	await expect(selected).toBeVisible();
	await expect(selected).toBeFocused();
	await expect(selected).toBeInViewport();
	await expect(page.locator('#article-title')).toHaveText(
		"Putin's win raises Japan's hopes for progress on island row"
	);
	// Back to the island: by its chip, then by the browser's back button.
	await selected.locator('a.chip[data-island="kunashir"]').click();
	await expect(page).toHaveURL(/\/islands\/kunashir(#.*)?$/);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`/passages/\\d+(#.*)?$`));
	await page.goBack();
	await expect(page).toHaveURL(/\/islands\/kunashir(#.*)?$/);
	await expect(page.locator('#island-title')).toHaveText('Kunashir / Kunashiri');
});

test('from a passage to the map: its islands are highlighted and framed', async ({ page }) => {
	await page.goto(`/articles/${SLUG}`);
	await waitForMapIdle(page);
	await expect(page.locator('.reader')).toContainText('TOKYO -- Japanese Prime Minister');
	await expect(page.locator('.reader figcaption')).toContainText('© Reuters');
	await page.locator('.passage[data-passage="2"] p').first().click();
	await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/passages/2(#.*)?$`));
	await waitForMapSettled(page);
	const state = await onMap(
		page,
		(map, { ids, layer }) => {
			const b = map?.getBounds();
			const source = map?.getLayer(layer)?.source ?? '';
			return {
				selected: ids.filter((id) => map?.getFeatureState({ source, id })?.selected),
				contains: b ? [b.contains([147.8, 45.05]), b.contains([146.15, 43.5])] : []
			};
		},
		{ ids: ISLAND_IDS, layer: LAYER_IDS.islandsFill }
	);
	expect(state.selected).toEqual(['iturup', 'kunashir', 'shikotan', 'habomai']);
	expect(state.contains).toEqual([true, true]);
});

test('paragraphs that only refer back to the islands say so, apart from the passages', async ({
	page
}) => {
	await page.goto(`/articles/${SLUG}`);
	// "the territorial dispute between the countries", and "the islands" in the last paragraph.
	const refers = page.locator('.reader p.refers');
	await expect(refers).toHaveCount(2);
	await expect(refers.first()).toHaveAttribute('data-refers', ISLAND_IDS.join(' '));
	await expect(refers.first()).toContainText('refers back to');
	await expect(refers.first().locator('a[data-island]')).toHaveCount(4);
	// Not passages: the reader's count of passages is unchanged.
	await expect(page.locator('.reader .passage')).toHaveCount(4);
	await expect(page.locator('.reader .hint', { hasText: 'passages speak of' })).toContainText(
		'2 more paragraphs refer back to them without naming them'
	);
});
