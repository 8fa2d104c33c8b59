// What ships is what is tested: the journeys run on the static host (scripts/host/static-host.ts),
// which serves build/ as the deploy target does. Here, against that server and the build itself:
// - a missing path is answered with a titled 404 page and status 404, and the reader sees it, in
//   the language of its path (/ja/…, /ru/…);
// - every 404.html in the build (one per language folder, as many as there are) is what a missing
//   path under its folder gets;
// - every prerendered page is served byte for byte as built (no server rendering), and each one's
//   policy has base-uri and form-action, in its <meta> tag and in the response's header.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ERROR_PAGE } from '../../src/lib/strings/error.ts';
import { expect, test } from './fixtures.ts';

const BUILD = 'build';

const PAGES = readdirSync(BUILD, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && e.name.endsWith('.html'))
	.map((e) => relative(BUILD, join(e.parentPath, e.name)).split(sep).join('/'))
	.sort();
const NOT_FOUND_PAGES = PAGES.filter((f) => f === '404.html' || f.endsWith('/404.html'));

/** The address a page file is served at: about.html -> /about, ja/index.html -> /ja/. */
function addressOf(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file.slice(0, -'.html'.length)}`;
}

/** A language's error page text, from its message file: in Node the getters give English. */
function errorPageIn(locale: string) {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
		string,
		string
	>;
	return {
		documentTitle: messages.error_document_title ?? '',
		notFoundTitle: messages.error_not_found_title ?? '',
		back: messages.error_back ?? ''
	};
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
const metaPolicyOf = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';

test.describe('a missing path', () => {
	// Chromium logs every document answered with 404 as a failed resource.
	test.use({ allowConsoleErrors: /the server responded with a status of 404/ });

	test('gets status 404 and a titled page that says so', async ({ page }) => {
		const response = await page.goto('/islands/atlantis/no-such-page');
		expect(response?.status()).toBe(404);
		// The title is in the served HTML itself, for a tab or a link preview that runs no script.
		expect(titleOf((await response?.text()) ?? '')).toBe(ERROR_PAGE.documentTitle);
		await expect(page).toHaveTitle(ERROR_PAGE.documentTitle);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ERROR_PAGE.notFoundTitle);
		await expect(page.locator('main[data-status="404"]')).toBeVisible();
		await expect(page.getByRole('link', { name: ERROR_PAGE.back })).toBeVisible();
	});

	for (const [locale, path] of [
		['ja', '/ja/missing'],
		['ru', '/ru/islands/atlantis']
	] as const) {
		test(`${path} gets status 404 and the not-found page in its language`, async ({ page }) => {
			const words = errorPageIn(locale);
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			expect(titleOf((await response?.text()) ?? '')).toBe(words.documentTitle);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.notFoundTitle);
			await expect(page).toHaveTitle(words.documentTitle);
			await expect(page.locator('main[data-status="404"]')).toBeVisible();
			// Back to the map in the same language.
			const back = page.getByRole('link', { name: words.back });
			await expect(back).toHaveAttribute('href', `/${locale}`);
		});
	}
});

test('each 404.html in the build answers missing paths in its folder, with status 404', async ({
	request
}) => {
	expect(NOT_FOUND_PAGES, 'the build has a 404.html at its root').toContain('404.html');
	for (const file of NOT_FOUND_PAGES) {
		const html = readFileSync(join(BUILD, file), 'utf8');
		expect(titleOf(html), `${file}: <title>`).not.toBe('');
		const folder = file.slice(0, -'404.html'.length);
		for (const missing of [`/${folder}no-such-page`, `/${folder}no/such/page`]) {
			const res = await request.get(missing);
			expect(res.status(), missing).toBe(404);
			expect(await res.text(), `${missing} is ${file}`).toBe(html);
		}
	}
});

test('every prerendered page is served as built, and its policy has base-uri and form-action', async ({
	request
}) => {
	expect(PAGES.length).toBeGreaterThan(5);
	for (const file of PAGES) {
		const html = readFileSync(join(BUILD, file), 'utf8');
		const meta = metaPolicyOf(html);
		expect(meta, `${file}: <meta> policy`).toContain("base-uri 'self'");
		expect(meta, `${file}: <meta> policy`).toContain("form-action 'self'");
		if (NOT_FOUND_PAGES.includes(file)) continue;
		const res = await request.get(addressOf(file));
		expect(res.status(), addressOf(file)).toBe(200);
		expect(await res.text(), `${addressOf(file)} is ${file}, byte for byte`).toBe(html);
		const header = res.headers()['content-security-policy'] ?? '';
		expect(header, `${addressOf(file)}: header policy`).toContain("base-uri 'self'");
		expect(header, `${addressOf(file)}: header policy`).toContain("form-action 'self'");
	}
});
