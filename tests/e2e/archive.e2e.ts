// An archive of a hundred articles: first views hold the newest part of each list, and the rest
// comes on demand. Runs against a built fixture archive, not the repository's build:
// `npm run test:archive` (part of `npm test`) builds one outside the project with
// `bench/scale.ts --fixture` and serves it (playwright.config.ts, E2E_ARCHIVE).
import { expect, test } from './fixtures.ts';

const PAGE = 20;

test('/ lists the newest ten articles and links to all of them', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('ul.articles > li')).toHaveCount(10);
	const all = page.locator('a[data-articles-link]');
	await expect(all).toHaveText(/^All \d+ articles$/);
	await all.click();
	await expect(page).toHaveURL(/\/articles$/);
});

test('the island panel shows its newest passages and loads the next pages on demand', async ({
	page
}) => {
	await page.goto('/islands/kunashir');
	const panel = page.locator('article.island-panel');
	const total = Number(
		/\((\d+)\)/.exec((await panel.locator('#passages-title').textContent()) ?? '')?.[1]
	);
	expect(total).toBeGreaterThan(2 * PAGE);
	const items = panel.locator('section.passages ol > li');
	await expect(items).toHaveCount(PAGE);
	const more = panel.locator('button[data-more-passages]');
	await more.click();
	await expect(items).toHaveCount(2 * PAGE);
	await expect(more).toContainText(`${2 * PAGE} of ${total}`);
	// The new ones are passages of their own, each linking to its page.
	const links = await items
		.locator('a[data-passage-link]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(links).size).toBe(2 * PAGE);
});

test('/articles pages through the rows with the island filter kept', async ({ page }) => {
	await page.goto('/articles?island=shikotan');
	const main = page.locator('main.articles');
	await expect(main).toHaveAttribute('data-hydrated', 'true');
	await expect(main).toHaveAttribute('data-filter', 'shikotan');
	const rows = page.locator('ol.list > li');
	await expect(rows).toHaveCount(PAGE);
	await page.locator('button[data-more-articles]').click();
	await expect(rows).toHaveCount(2 * PAGE);
	await expect(page).toHaveURL(/\/articles\?island=shikotan$/);
	await expect(main).toHaveAttribute('data-filter', 'shikotan');
	// Every row shown names Shikotan.
	for (const row of await rows.all())
		await expect(row.locator('a.chip[data-island="shikotan"]')).toHaveCount(1);
});

test('a Russian reader loads more passages and pages the filtered list in Russian', async ({
	page
}) => {
	await page.goto('/ru/islands/shikotan');
	const panel = page.locator('article.island-panel');
	const items = panel.locator('section.passages ol > li');
	await expect(items).toHaveCount(PAGE);
	await panel.locator('button[data-more-passages]').click();
	await expect(items).toHaveCount(2 * PAGE);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

	await page.goto('/ru/articles?island=iturup');
	const main = page.locator('main.articles');
	await expect(main).toHaveAttribute('data-hydrated', 'true');
	const rows = page.locator('ol.list > li');
	await expect(rows).toHaveCount(PAGE);
	await page.locator('button[data-more-articles]').click();
	await expect(rows).toHaveCount(2 * PAGE);
	await expect(page).toHaveURL(/\/ru\/articles\?island=iturup$/);
	for (const row of await rows.all())
		await expect(row.locator('a.chip[data-island="iturup"]')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the island panel holds its newest passages and links to every article instead', async ({
		page
	}) => {
		await page.goto('/islands/kunashir');
		const panel = page.locator('article.island-panel');
		await expect(panel.locator('section.passages ol > li')).toHaveCount(PAGE);
		await expect(panel.locator('button[data-more-passages]')).toBeHidden();
		await expect(panel.locator('a[data-articles-link]')).toHaveAttribute(
			'href',
			/\/articles\?island=kunashir$/
		);
	});
});
