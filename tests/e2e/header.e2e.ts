// The site header on a 360 px phone, the narrowest common screen: on every kind of page, in every
// language, the site's name shows, every header link (the languages' included) is whole, and
// nothing makes the page wider than the screen. Then the language switcher and the offer of the
// reader's own language (src/lib/i18n/).
import { readFileSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures.ts';

const PAGES = ['/', '/islands/habomai', '/articles', '/articles/try', '/about'];
const LOCALES = ['en', 'ja', 'ru'] as const;
const ENDONYMS = { en: 'English', ja: '日本語', ru: 'Русский' } as const;

/** A message in a language, from its file (the compiled messages are the app's, not Node's). */
const message = (locale: string, key: string): string =>
	(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>)[key] ??
	'';

const inLanguage = (locale: string, path: string) =>
	locale === 'en' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const locale of LOCALES)
	for (const path of PAGES.map((p) => inLanguage(locale, p))) {
		test(`${path} at 360×740: the name shows, every header link is whole, no sideways scroll`, async ({
			page
		}) => {
			await page.goto(path);
			const header = page.locator('header.site-header');
			await expect(header).toBeVisible();
			const brand = header.locator('a.brand');
			await expect(brand).toBeVisible();
			const report = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const links = [...document.querySelectorAll<HTMLAnchorElement>('header.site-header a')];
				return {
					width,
					pageWidth: document.documentElement.scrollWidth,
					links: links.map((a) => {
						const r = a.getBoundingClientRect();
						return {
							name: a.getAttribute('aria-label') ?? a.textContent?.trim() ?? '',
							left: r.left,
							right: r.right,
							width: r.width,
							height: r.height,
							// Text cut off (ellipsis or overflow) shows as content wider than the box.
							clipped:
								a.scrollWidth > a.clientWidth + 1 ||
								[...a.querySelectorAll('span')].some(
									(s) => s.offsetWidth > 0 && s.scrollWidth > s.clientWidth + 1
								)
						};
					})
				};
			});
			expect(report.pageWidth, 'page wider than the screen').toBeLessThanOrEqual(report.width);
			expect(report.links.length).toBeGreaterThanOrEqual(7);
			for (const link of report.links) {
				expect(link.width, `${link.name} has no width`).toBeGreaterThan(20);
				expect(link.left, `${link.name} starts off screen`).toBeGreaterThanOrEqual(0);
				expect(link.right, `${link.name} ends off screen`).toBeLessThanOrEqual(report.width);
				expect(link.clipped, `${link.name} is cut off`).toBe(false);
			}
			await expect(
				header.getByRole('link', { name: message(locale, 'site_nav_about') })
			).toBeVisible();
			// Every language, named in itself, a thumb-sized target.
			const languages = header.getByRole('navigation', {
				name: message(locale, 'language_switcher_label')
			});
			for (const other of LOCALES) {
				const link = languages.getByRole('link', { name: ENDONYMS[other], exact: true });
				await expect(link).toBeVisible();
				const box = await link.boundingBox();
				expect(box?.height ?? 0, `${other}: target height`).toBeGreaterThanOrEqual(24);
				expect(box?.width ?? 0, `${other}: target width`).toBeGreaterThanOrEqual(24);
			}
		});
	}

test.describe('the language switcher', () => {
	test('links to the same page, query and hash in each language, and says which is current', async ({
		page
	}) => {
		await page.goto('/islands/kunashir?view=ja&year=1956');
		const languages = page.getByRole('navigation', { name: 'Language' });
		const links = languages.getByRole('link');
		await expect(links).toHaveCount(3);
		for (const locale of LOCALES) {
			const link = languages.getByRole('link', { name: ENDONYMS[locale], exact: true });
			await expect(link).toHaveAttribute('hreflang', locale);
			await expect(link).toHaveAttribute('lang', locale);
			await expect(link).toHaveAttribute(
				'href',
				`${inLanguage(locale, '/islands/kunashir')}?view=ja&year=1956`
			);
		}
		await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(languages.locator('[aria-current]')).toHaveCount(1);
	});

	test('works from the keyboard, and the other language keeps the page and its state', async ({
		page
	}) => {
		await page.goto('/islands/kunashir?view=ja&year=1956');
		await hydrated(page);
		const japanese = page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: '日本語' });
		await japanese.focus();
		await expect(japanese).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/ja\/islands\/kunashir\?view=ja&year=1956$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		const languages = page.getByRole('navigation', {
			name: message('ja', 'language_switcher_label')
		});
		await expect(languages.getByRole('link', { name: '日本語' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(languages.getByRole('link', { name: 'Русский' })).toHaveAttribute(
			'href',
			'/ru/islands/kunashir?view=ja&year=1956'
		);
	});
});

test.describe('the offer of the reader’s own language', () => {
	test.use({ locale: 'ja-JP' });

	const offer = (page: import('@playwright/test').Page) => page.locator('.language-offer');

	test('says once, in Japanese, that the page is in Japanese too; closed, it stays closed', async ({
		page
	}) => {
		await page.goto('/islands/kunashir?year=1956');
		await hydrated(page);
		const region = offer(page);
		await expect(region).toHaveAttribute('role', 'status');
		const box = region.locator('div[lang="ja"]');
		await expect(box).toContainText(message('ja', 'locale_offer_text'));
		const link = box.getByRole('link', { name: message('ja', 'locale_offer_open') });
		await expect(link).toHaveAttribute('hreflang', 'ja');
		await expect(link).toHaveAttribute('lang', 'ja');
		await expect(link).toHaveAttribute('href', '/ja/islands/kunashir?year=1956');
		// Over the page, not in its flow: the header and the map keep their place.
		await expect(page.locator('.notices')).toHaveCSS('position', 'fixed');

		await box.getByRole('button', { name: message('ja', 'locale_offer_dismiss') }).click();
		await expect(region).toBeEmpty();
		await page.reload();
		await hydrated(page);
		await page.goto('/about');
		await hydrated(page);
		await expect(offer(page)).toBeEmpty();
	});

	test('is never made on a page in the reader’s language, nor on an embed', async ({ page }) => {
		await page.goto('/ja/islands/kunashir');
		await hydrated(page);
		await expect(offer(page)).toBeEmpty();
		await page.goto('/islands/kunashir?embed=1');
		await hydrated(page);
		await expect(offer(page)).toBeEmpty();
	});

	test('followed, it leads to the page in Japanese and is not made again', async ({ page }) => {
		await page.goto('/about');
		await hydrated(page);
		await offer(page)
			.getByRole('link', { name: message('ja', 'locale_offer_open') })
			.click();
		await expect(page).toHaveURL(/\/ja\/about$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await page.goto('/about');
		await hydrated(page);
		await expect(offer(page)).toBeEmpty();
	});
});

// Hidden by the attribute whatever the header's own `display`, which once showed it anyway.
test('an embed has no site header', async ({ page }) => {
	await page.goto('/ru/islands/kunashir?embed=1');
	await hydrated(page);
	await expect(page.locator('header.site-header')).toBeHidden();
});
