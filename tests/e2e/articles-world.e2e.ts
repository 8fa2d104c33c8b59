// Trying an article written in Russian (/articles/try): a page capture with its clutter is cleaned,
// its language found, and its paragraphs linked by Russian names in their case endings ("на
// Кунашире") and by the Russian group name ("Южные Курилы"); the map frames the islands it names.
import { readFileSync } from 'node:fs';
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { framed, tryPage } from './articles.ts';
import { expect, test } from './fixtures.ts';

const CAPTURE = readFileSync(
	new URL('../fixtures/world/ru-try-kunashir.txt', import.meta.url),
	'utf8'
);

test('a Russian capture: its language, both island links, and the map framing them', async ({
	page
}) => {
	await page.goto('/articles/try');
	const t = tryPage(page);
	await expect(t.ready).toBeVisible();
	await t.text.fill(CAPTURE);
	await t.submit.click();

	await expect(t.result.getByRole('heading', { name: 'The cleaned article' })).toBeFocused();
	const article = t.result.locator('article.reader');
	await expect(article.locator('[data-lang="ru"]')).toHaveText('Language: Russian.');
	await expect(article.getByRole('heading', { level: 4 })).toHaveText(
		'На Кунашире построят новый причал'
	);
	await expect(article.getByRole('heading', { level: 4 })).toHaveAttribute('lang', 'ru');
	// No clutter among the paragraphs: the "read also" line, share and advertisement labels are gone.
	await expect(article).not.toContainText('Читайте также');
	await expect(article).not.toContainText('Подписывайтесь');

	const byName = t.result.locator('.links li[data-via="name"]').filter({ hasText: 'Кунашире' });
	await expect(byName.getByRole('link', { name: 'Kunashir' })).toHaveAttribute(
		'href',
		/\/islands\/kunashir$/
	);
	const group = t.result.locator('.links li[data-via="collective"]').filter({
		hasText: 'Южные Курилы'
	});
	await expect(group.getByRole('link')).toHaveCount(4);
	await expect(t.result.locator('mark')).toContainText(['Кунашире', 'Южные Курилы']);
	// "на Курилах" in an article about the dispute: the four, with the reason given.
	const kurils = t.result.locator('.links li[data-via="kurils"]');
	await expect(kurils).toContainText('“Курилах”');
	await expect(kurils).toContainText('read as the four disputed ones');
	await expect(kurils.getByRole('link')).toHaveCount(4);

	// The map frames the islands the article names: all four, Kunashir among them in view.
	await expect.poll(async () => (await framed(page)).selected).toEqual([...ISLAND_IDS]);
	expect((await framed(page)).inView).toContain('kunashir');
});

test('the article index and the reader say which language an article is in', async ({ page }) => {
	await page.goto('/articles');
	const row = page.locator('li[data-article="nikkei-putin-win-island-row"]');
	await expect(row.locator('[data-lang="en"]')).toHaveText('English');
	await expect(row.getByRole('link').first()).toHaveAttribute('lang', 'en');
	await row.getByRole('link').first().click();
	const reader = page.locator('article.reader[data-article="nikkei-putin-win-island-row"]');
	await expect(reader.locator('[data-lang="en"]')).toHaveText('In English');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
	await expect(reader.locator('.passage p[lang="en"]').first()).toBeVisible();
});
