// From an island to a passage in the reader and back; from a passage to the map.
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { expect, hydrated, test } from './fixtures.ts';
import { onMap, twins, waitForMapIdle, waitForMapSettled } from './map.ts';

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
			const source = layer.map((l) => map?.getLayer(l)?.source).find(Boolean) ?? '';
			return {
				selected: ids.filter((id) => map?.getFeatureState({ source, id })?.selected),
				contains: b ? [b.contains([147.8, 45.05]), b.contains([146.15, 43.5])] : []
			};
		},
		{ ids: ISLAND_IDS, layer: twins(LAYER_IDS.islandsFill) }
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

test.describe("a passage's page carries its passage, not the whole article", () => {
	const FIRST = 'TOKYO -- Japanese Prime Minister';

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the passage, its place in the article, and a link to the whole of it', async ({
			page
		}) => {
			await page.goto(`/articles/${SLUG}/passages/2`);
			const reader = page.locator('.reader');
			await expect(page.locator('#article-title')).toHaveText(
				"Putin's win raises Japan's hopes for progress on island row"
			);
			await expect(reader.getByRole('link', { name: 'Read the original' })).toHaveAttribute(
				'href',
				/^https:\/\/asia\.nikkei\.com\//
			);
			await expect(reader.locator('.passage')).toHaveCount(1);
			const passage = reader.locator('.passage[data-passage="2"][aria-current="true"]');
			await expect(passage.locator('p[lang="en"]').first()).not.toBeEmpty();
			await expect(passage.locator('a.chip[data-island]')).toHaveCount(4);
			await expect(reader).not.toContainText(FIRST);
			const place = reader.locator('[data-excerpt]');
			await expect(place).toContainText('Passage 2 of 4');
			await expect(place.locator('a[rel="prev"]')).toHaveAttribute(
				'href',
				`/articles/${SLUG}/passages/1`
			);
			await expect(place.locator('a[rel="next"]')).toHaveAttribute(
				'href',
				`/articles/${SLUG}/passages/3`
			);
			await place.getByRole('link', { name: 'Show the whole article' }).click();
			await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}$`));
			await expect(reader.locator('.passage')).toHaveCount(4);
			await expect(reader).toContainText(FIRST);
			await expect(page.locator('[data-excerpt]')).toHaveCount(0);
		});
	});

	test('with JavaScript the whole article opens in place, the passage still chosen', async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/data/articles/')) asked.push(new URL(r.url()).pathname);
		});
		// Hydration keeps the prerendered reader: where the data differed, Svelte would drop the
		// server's markup and render its own.
		await page.addInitScript(() => {
			const removed: string[] = [];
			(window as unknown as { removedReader: string[] }).removedReader = removed;
			new MutationObserver((records) => {
				for (const r of records)
					for (const node of r.removedNodes) {
						const inReader = r.target instanceof Element && r.target.closest('.reader');
						if (inReader || (node instanceof Element && node.querySelector('.reader')))
							removed.push(node.nodeName);
					}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`/articles/${SLUG}/passages/3`);
		await hydrated(page);
		await waitForMapSettled(page);
		const reader = page.locator('.reader');
		await expect(reader.locator('.passage')).toHaveCount(1);
		expect(
			await page.evaluate(() => (window as unknown as { removedReader: string[] }).removedReader)
		).toEqual([]);
		// The map frames the passage's islands from the excerpt alone.
		const selected0 = await onMap(
			page,
			(map, { ids, layer }) => {
				const source = layer.map((l) => map?.getLayer(l)?.source).find(Boolean) ?? '';
				return ids.filter((id) => map?.getFeatureState({ source, id })?.selected);
			},
			{ ids: ISLAND_IDS, layer: twins(LAYER_IDS.islandsFill) }
		);
		expect(selected0).toEqual(['iturup', 'kunashir', 'shikotan', 'habomai']);
		// The page's own data was inlined: nothing is fetched until the reader asks.
		expect(asked).toEqual([]);
		await reader.getByRole('link', { name: 'Show the whole article' }).click();
		await expect(reader.locator('.passage')).toHaveCount(4);
		await expect(reader).toContainText(FIRST);
		expect(asked).toEqual([`/data/articles/${SLUG}.json`]);
		await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/passages/3(#.*)?$`));
		const selected = reader.locator('.passage[aria-current="true"]');
		await expect(selected).toHaveAttribute('data-passage', '3');
		await expect(selected).toBeFocused();
		await expect(selected).toBeInViewport();
		await expect(page.locator('[data-excerpt]')).toHaveCount(0);
		// Another passage keeps the whole article, without fetching it again.
		await reader.locator('.passage[data-passage="4"] a.show').click();
		await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/passages/4(#.*)?$`));
		await expect(reader.locator('.passage[aria-current="true"]')).toHaveAttribute(
			'data-passage',
			'4'
		);
		await expect(reader.locator('.passage')).toHaveCount(4);
		expect(asked).toEqual([`/data/articles/${SLUG}.json`]);
	});
});
