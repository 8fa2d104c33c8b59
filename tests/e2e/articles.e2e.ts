// The article index (/articles and its island filter) and trying an article in the browser
// (/articles/try): paste or drop a text, see its passages and island links, see the map frame the
// islands, download the two files `npm run ingest` takes. Nothing typed leaves the browser.
import { readFileSync } from 'node:fs';
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { MAX_RAW_BYTES, SECRET, TRY_TEXT, framed, tryPage } from './articles.ts';
import { expect, test } from './fixtures.ts';
import { SLUG } from './svg-map.ts';

test.describe('the article index', () => {
	test('/articles?island=shikotan lists the seed article; the filter and chips are links', async ({
		page
	}) => {
		await page.goto('/articles?island=shikotan');
		const main = page.locator('main.articles');
		await expect(main).toHaveAttribute('data-hydrated', 'true');
		await expect(main).toHaveAttribute('data-filter', 'shikotan');
		await expect(page).toHaveTitle(/News articles/);
		const filter = page.getByRole('navigation', { name: 'Show articles that name' });
		await expect(filter.getByRole('link', { name: /^Shikotan/ })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(main.getByRole('status')).toHaveText('1 article names Shikotan.');
		const row = page.locator(`li[data-article="${SLUG}"]`);
		await expect(row.getByRole('link', { name: /Putin's win raises Japan's hopes/ })).toBeVisible();
		await expect(row).toContainText('Nikkei Asian Review');
		await expect(row).toContainText('about 19–20 March 2018');
		await expect(row).toContainText(/\d+ passages/);
		const chips = row.getByRole('list', { name: 'Islands its passages name' });
		for (const id of ISLAND_IDS)
			await expect(chips.locator(`a[data-island="${id}"]`)).toHaveAccessibleName(
				/: articles that name it$/
			);

		// By keyboard: a filter link, then the article.
		await filter.getByRole('link', { name: /^Kunashir/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/articles\?island=kunashir$/);
		await expect(main).toHaveAttribute('data-filter', 'kunashir');
		await expect(filter.getByRole('link', { name: /^Kunashir/ })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await row.getByRole('link', { name: /Putin's win/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}(#.*)?$`));
		await expect(page.locator('#article-title')).toBeVisible();
	});

	test('an island no one has heard of is no filter; an island no article names is said so', async ({
		page
	}) => {
		await page.goto('/articles?island=atlantis');
		const main = page.locator('main.articles');
		await expect(main).toHaveAttribute('data-hydrated', 'true');
		await expect(main).toHaveAttribute('data-filter', '');
		await expect(page.locator(`li[data-article="${SLUG}"]`)).toBeVisible();
		await expect(page.getByRole('link', { name: /^All islands/ })).toHaveAttribute(
			'aria-current',
			'page'
		);

		// Every island is named by the seed article, so the index the page fetches on a client-side
		// navigation is given without Habomai: the state a reader meets for an island not yet covered.
		await page.route('**/articles/__data.json*', async (route) => {
			const response = await route.fetch();
			const body = (await response.json()) as { nodes: ({ data?: unknown[] } | null)[] };
			for (const node of body.nodes) {
				const data = node?.data;
				if (!data) continue;
				const habomai = data.indexOf('habomai');
				for (const [i, value] of data.entries())
					if (Array.isArray(value) && value.includes(habomai))
						data[i] = value.filter((v: unknown) => v !== habomai);
				// The page's counts per island (an object keyed by island): Habomai's becomes 0.
				for (const value of data)
					if (value && typeof value === 'object' && !Array.isArray(value) && 'habomai' in value) {
						data.push(0);
						(value as Record<string, number>).habomai = data.length - 1;
					}
			}
			await route.fulfill({ response, json: body });
		});
		await page.goto('/about');
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Articles' })
			.click();
		await expect(page).toHaveURL(/\/articles$/);
		const habomai = page
			.getByRole('navigation', { name: 'Show articles that name' })
			.getByRole('link', { name: /^Habomai/ });
		await expect(habomai).toContainText('(0)');
		await habomai.click();
		await expect(page).toHaveURL(/\/articles\?island=habomai$/);
		await expect(page.locator('main.articles').getByRole('status')).toHaveText(
			/^No article names Habomai.* yet\.$/
		);
		await expect(page.locator('ol.list')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Show every article' })).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Try an article of your own' }).first()
		).toBeVisible();
	});

	test('the island panel and the reader link to the index', async ({ page }) => {
		await page.goto('/islands/shikotan');
		const fromIsland = page.locator('a[data-articles-link]');
		await expect(fromIsland).toHaveText(/Every article that names Shikotan/);
		await fromIsland.click();
		await expect(page).toHaveURL(/\/articles\?island=shikotan$/);
		await expect(page.locator('main.articles')).toHaveAttribute('data-filter', 'shikotan');
		await page.goto(`/articles/${SLUG}`);
		await page.locator('a[data-articles-link]').click();
		await expect(page).toHaveURL(/\/articles$/);
		await expect(page.locator(`li[data-article="${SLUG}"]`)).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('every article is listed with its island chips, and the page says why', async ({
			page
		}) => {
			await page.goto('/articles?island=habomai');
			await expect(page.locator(`li[data-article="${SLUG}"] a.chip`)).toHaveCount(4);
			await expect(page.locator('main.articles')).toHaveAttribute('data-hydrated', 'false');
			await expect(page.locator('main.articles noscript')).toHaveCount(1);
		});
	});
});

test.describe('trying an article', () => {
	test('a pasted article: its passages, both island links, and the map framing them', async ({
		page
	}) => {
		const sent: string[] = [];
		page.on('request', (r) => {
			if (`${r.url()} ${r.postData() ?? ''}`.includes(SECRET)) sent.push(r.url());
		});
		await page.goto('/articles/try');
		await expect(page).toHaveTitle(/Try an article/);
		const t = tryPage(page);
		await expect(t.ready).toBeVisible();
		await t.text.fill(TRY_TEXT);
		await t.submit.click();

		await expect(t.result.getByRole('heading', { name: 'The cleaned article' })).toBeFocused();
		await expect(t.result.getByRole('status')).toContainText('2 passages about the islands');
		const byName = t.result.locator('.links li[data-via="name"]').first();
		await expect(byName).toContainText('“Shikotan”');
		await expect(byName.getByRole('link', { name: 'Shikotan' })).toHaveAttribute(
			'href',
			/\/islands\/shikotan$/
		);
		const collective = t.result.locator('.links li[data-via="collective"]');
		await expect(collective).toContainText('four islands');
		await expect(collective.getByRole('link')).toHaveCount(4);
		// "the dispute" refers back to the islands named: a reference, marked but not a passage.
		await expect(t.result.locator('mark')).toHaveText(['Shikotan', 'the dispute', 'four islands']);

		// The map frames every island the article names; then, by keyboard, passage 1's alone.
		await expect.poll(async () => (await framed(page)).selected).toEqual([...ISLAND_IDS]);
		expect((await framed(page)).inView).toContain('shikotan');
		const show = t.result.getByRole('button', { name: 'Show passage 1 on the map' });
		await show.focus();
		await page.keyboard.press('Enter');
		await expect(show).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(async () => (await framed(page)).selected).toEqual(['shikotan']);
		const one = await framed(page);
		expect(one.inView).toContain('shikotan');
		expect(sent, 'the text left the browser').toEqual([]);
	});

	test('a dropped file is read, and the download is ready for npm run ingest', async ({ page }) => {
		await page.goto('/articles/try');
		const t = tryPage(page);
		await expect(t.ready).toBeVisible();
		const drop = await page.evaluateHandle((text) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], 'boats.txt', { type: 'text/plain' }));
			return dt;
		}, TRY_TEXT);
		await page.locator('form.input').dispatchEvent('drop', { dataTransfer: drop });
		await expect(t.result.getByRole('status')).toContainText('2 passages');
		await expect(t.text).toHaveValue(TRY_TEXT);

		const download = t.result.getByRole('region', { name: 'Download for the repository' });
		await download.getByLabel('Slug').fill('fishing-boats-return-to-shikotan');
		await download.getByLabel('Outlet').fill('Test Wire');
		await download.getByLabel('Original address').fill('https://example.com/news/boats');
		await download.getByLabel('Date published').fill('2020-09-01');
		const rawLink = download.getByRole('link', { name: /Download the text/ });
		await expect(rawLink).toHaveText('Download the text (fishing-boats-return-to-shikotan.txt)');
		const [raw] = await Promise.all([page.waitForEvent('download'), rawLink.click()]);
		expect(raw.suggestedFilename()).toBe('fishing-boats-return-to-shikotan.txt');
		expect(readFileSync(await raw.path(), 'utf8')).toBe(TRY_TEXT);
		const [meta] = await Promise.all([
			page.waitForEvent('download'),
			download.getByRole('link', { name: /Download the metadata/ }).click()
		]);
		expect(meta.suggestedFilename()).toBe('fishing-boats-return-to-shikotan.meta.json');
		expect(JSON.parse(readFileSync(await meta.path(), 'utf8'))).toEqual({
			slug: 'fishing-boats-return-to-shikotan',
			outlet: 'Test Wire',
			url: 'https://example.com/news/boats',
			date: { value: '2020-09-01', precision: 'day' },
			lang: 'en'
		});
		await expect(download.locator('code')).toHaveText(
			'npm run ingest -- fishing-boats-return-to-shikotan.txt --meta fishing-boats-return-to-shikotan.meta.json'
		);

		// A slug the app keeps for a page is refused in the CLI's words, and nothing is offered.
		await download.getByLabel('Slug').fill('try');
		await expect(download.locator('[data-problems]')).toContainText(
			'is the name of a page under /articles/'
		);
		await expect(download.getByRole('link', { name: /Download/ })).toHaveCount(0);
	});

	// The reason in the page's language, the CLI's words after it in English: it was "受け付けられ
	// ません： 貼り付けた文章 is empty", half in each.
	test('a refusal gives its reason in the reader’s language', async ({ page }) => {
		for (const [path, empty, garbage] of [
			['/ja/articles/try', '読み取る文章がありません', '記事の段落が見つかりません'],
			['/ru/articles/try', 'Нет текста', 'Абзацы статьи не найдены']
		] as const) {
			await page.goto(path);
			const t = tryPage(page);
			await expect(t.ready).toBeVisible();
			for (const [text, reason] of [
				['   ', empty],
				['banana telescope purple Thursday', garbage]
			] as const) {
				await page.locator('textarea').first().fill(text);
				await page.locator('button[type="submit"]').click();
				await expect(t.refused).toContainText(reason);
				// English only where it is marked English: the ingester's own message.
				const outside = await t.refused.evaluate((e) => {
					const copy = e.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('[lang="en"]').forEach((n) => n.remove());
					return copy.textContent ?? '';
				});
				expect(outside.replaceAll('.txt', '')).not.toMatch(/[A-Za-z]{3,}/);
			}
		}
	});

	test('binary and oversized files get the messages of the CLI', async ({ page }) => {
		await page.goto('/articles/try');
		const t = tryPage(page);
		await expect(t.ready).toBeVisible();
		await t.file.setInputFiles({
			name: 'photo.png',
			mimeType: 'image/png',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
		});
		await expect(t.refused).toContainText('Not accepted: This is not text');
		await expect(t.refused.locator('[lang="en"]')).toHaveText(
			'photo.png is binary (it holds NUL bytes), not copied text'
		);
		await t.file.setInputFiles({
			name: 'big.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(MAX_RAW_BYTES + 1, 'a')
		});
		await expect(t.refused).toContainText('Not accepted: The text is too large to be one article.');
		await expect(t.refused.locator('[lang="en"]')).toHaveText(
			`big.txt is ${MAX_RAW_BYTES + 1} bytes, over the ${MAX_RAW_BYTES}-byte limit for one article`
		);
		await expect(t.result).toHaveCount(0);
	});
});
