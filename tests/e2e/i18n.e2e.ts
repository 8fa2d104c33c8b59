// The journeys in Japanese and Russian (README.md, Languages): a reader switches language on an island and
// keeps what is on screen, shares the view and the link reopens in the same language, a missing
// page answers in the language of its path, the seed article's date reads as each language writes
// dates, and each page's head names its languages and has a preview image of its own. On the pages a reader lands on, axe finds nothing
// serious and at most a dozen Latin-script words show outside elements marked with another language.
// Every journey runs under fixtures.ts's guard: no console error, no request to another host.
//
// Texts are read from the same messages the page renders (src/lib/strings/*, Paraglide), asked for
// in the page's language, so a label's translation never needs copying here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { baseLocale, overwriteGetLocale } from '../../src/lib/paraglide/runtime.js';
import { LOCALE_META, type Locale } from '../../src/lib/i18n/locale.ts';
import { ERROR_PAGE } from '../../src/lib/strings/error.ts';
import { SHARE } from '../../src/lib/strings/links.ts';
import { MAP_STRINGS } from '../../src/lib/strings/map.ts';
import { nativeNames } from '../../src/lib/data/names.ts';
import { ISLANDS } from '../../src/lib/data/places.ts';
import { expect, hydrated, test } from './fixtures.ts';
import { readScreen } from './links.ts';
import { waitForMapIdle } from './map.ts';

type Other = Exclude<Locale, 'en'>;

/** What each language's reader should see; the island names and dates as each language writes them. */
const EXPECT: Record<Other, { kunashir: string; seedDate: RegExp }> = {
	ja: { kunashir: '国後島', seedDate: /2018年3月/ },
	ru: { kunashir: 'Кунашир', seedDate: /марта 2018/ }
};

/**
 * A text of src/lib/strings/* in a given language. The modules read the locale when a string is
 * asked for; in Node that is the base locale (English), restored at once so other specs in this
 * worker keep reading English.
 */
function say<T>(locale: Locale, read: () => T): T {
	overwriteGetLocale(() => locale);
	try {
		return read();
	} finally {
		overwriteGetLocale(() => baseLocale);
	}
}

/**
 * Names written the same in every script, left out of the Latin count: brands, licences, formats
 * and units (src/lib/i18n/same-in-all.ts lists the messages that stay as they are).
 */
const LATIN_ALLOWED = [
	'OpenStreetMap',
	'ODbL',
	'Natural Earth',
	'MapLibre',
	'GeoJSON',
	'SVG',
	'PNG',
	'CC BY',
	'MIT',
	'km²',
	'km',
	'm'
];
const MAX_LATIN_WORDS = 12;

/**
 * The Latin-script words on screen in the page's own language: every visible text node whose
 * closest [lang] is the page's, less the allowed names, code, and tokens mixed with digits or
 * symbols (a hash, a file or host name). A source's title, a quote or a name marked with its own
 * lang is another language's text and is not counted.
 */
async function latinWords(page: Page): Promise<{ text: string; words: string[] }[]> {
	return page.evaluate((allowed) => {
		const lang = document.documentElement.lang.split('-')[0];
		const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const names = new RegExp(`(?<![\\p{L}])(?:${allowed.map(escape).join('|')})(?![\\p{L}])`, 'gu');
		const found: { text: string; words: string[] }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			const text = node.textContent ?? '';
			if (!el || !/\p{Script=Latin}/u.test(text)) continue;
			// Code (a command, a package name) is no language's words.
			if (el.closest('script, style, noscript, template, code, kbd, samp, pre')) continue;
			// A romanisation marked as one ("ja-Latn") is the language written in Latin letters on
			// purpose, as a name's reading, not words left untranslated.
			const tag = el.closest('[lang]')?.getAttribute('lang') ?? '';
			if (tag.split('-')[0] !== lang || /-latn(?:-|$)/i.test(tag)) continue;
			if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
			const words = text
				.replace(names, ' ')
				.match(
					/(?<![\p{L}\p{N}_@/.-])\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu
				);
			if (words) found.push({ text: text.trim().slice(0, 80), words });
		}
		return found;
	}, LATIN_ALLOWED);
}

async function expectFewLatinWords(page: Page): Promise<void> {
	const found = await latinWords(page);
	const count = found.reduce((n, f) => n + f.words.length, 0);
	const lines = found.map((f) => `  ${f.words.length} in “${f.text}”`);
	const where = [
		...lines.slice(0, 60),
		...(lines.length > 60 ? [`  … ${lines.length - 60} texts more`] : [])
	].join('\n');
	expect
		.soft(
			count,
			`${count} Latin-script words on ${page.url()}, at most ${MAX_LATIN_WORDS}:\n${where}`
		)
		.toBeLessThanOrEqual(MAX_LATIN_WORDS);
}

// axe-core (a dev dependency) runs in the page: its source is evaluated there rather than added as
// a script tag, which the app's CSP would refuse.
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

/** Every serious or critical axe violation on the page as it is now. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? '',
			help: v.help,
			targets: v.nodes.slice(0, 3).map((n) => n.target.join(' '))
		}));
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join('; ')})`);
}

/** The page's head: its language, the other languages' links, og:locale. */
async function expectHeadFor(page: Page, locale: Other, path: string, origin: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	const soft = expect.soft;
	const alternates = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links): Record<string, string> =>
			Object.fromEntries(
				links.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''])
			)
		);
	const at = (prefix: string) => new URL(prefix + path, origin).pathname;
	soft(Object.keys(alternates).sort()).toEqual(['en', 'ja', 'ru', 'x-default']);
	for (const [hreflang, href] of Object.entries(alternates)) {
		soft(href, hreflang).toMatch(/^https?:\/\//);
		const prefix = hreflang === 'ja' ? '/ja' : hreflang === 'ru' ? '/ru' : '';
		soft(new URL(href).pathname, hreflang).toBe(at(prefix));
	}
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	soft(new URL(canonical ?? '', origin).pathname).toBe(at(`/${locale}`));
	await soft(page.locator('meta[property="og:locale"]')).toHaveAttribute(
		'content',
		LOCALE_META[locale].og
	);
	const alternateLocales = await page
		.locator('meta[property="og:locale:alternate"]')
		.evaluateAll((metas) => metas.map((m) => m.getAttribute('content')).sort());
	soft(alternateLocales).toEqual(
		(['en', 'ja', 'ru'] as const)
			.filter((l) => l !== locale)
			.map((l) => LOCALE_META[l].og)
			.sort()
	);
}

const islandHeading = (page: Page) => page.locator('.island-panel').getByRole('heading').first();

test.use({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce' });

for (const locale of ['ja', 'ru'] as const) {
	const { kunashir } = EXPECT[locale];
	const endonym = LOCALE_META[locale].endonym;

	test(`${locale}: switching to ${endonym} on an island keeps the view; its head, axe and Latin words; shared, it reopens in ${endonym}`, async ({
		page,
		baseURL
	}) => {
		test.setTimeout(180_000); // three loads of the map on a loaded machine: a limit, not a wait
		// Desktop Chromium may expose navigator.share; test the clipboard path every browser has.
		await page
			.context()
			.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		const state = '?view=ja&year=1956';
		await page.goto(`/islands/kunashir${state}`);
		await hydrated(page);
		const ogImage = () =>
			page
				.locator('meta[property="og:image"]')
				.getAttribute('content')
				.then((c) => new URL(c ?? '').pathname);
		const englishImage = await ogImage();
		const link = page.getByRole('link', { name: endonym, exact: true });
		await expect(link).toHaveAttribute('hreflang', locale);
		const href = new URL((await link.getAttribute('href')) ?? '', baseURL);
		expect(href.pathname + href.search).toBe(`/${locale}/islands/kunashir${state}`);

		await link.click();
		await page.waitForURL((url) => url.pathname === `/${locale}/islands/kunashir`);
		expect(new URL(page.url()).search).toBe(state);
		await expect
			.poll(() => readScreen(page))
			.toMatchObject({ view: 'island:kunashir', viewpoint: 'ja', year: '1956' });
		// Independent checks of one page: each is reported, none stops the others.
		await expect.soft(islandHeading(page)).toHaveText(new RegExp(`^${kunashir}`));
		await expectHeadFor(page, locale, '/islands/kunashir', baseURL ?? '');
		// A preview image of its own, drawn with the language's text.
		const image = await ogImage();
		expect.soft(image, 'og:image').not.toBe(englishImage);
		const drawn = await page.request.get(image);
		expect.soft(drawn.status(), image).toBe(200);
		expect.soft(drawn.headers()['content-type'], image).toMatch(/^image\//);
		await waitForMapIdle(page);
		await expectFewLatinWords(page);
		expect.soft(await seriousAxeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: say(locale, () => SHARE.share), exact: true }).click();
		await expect(
			page.getByRole('status').filter({ hasText: say(locale, () => SHARE.copied) })
		).toBeVisible();
		const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(shared.pathname).toBe(`/${locale}/islands/kunashir`);
		expect(shared.searchParams.get('view')).toBe('ja');
		expect(shared.searchParams.get('year')).toBe('1956');

		await page.goto(shared.href);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect.soft(islandHeading(page)).toHaveText(new RegExp(`^${kunashir}`));
		await expect
			.poll(() => readScreen(page))
			.toMatchObject({ view: 'island:kunashir', viewpoint: 'ja', year: '1956' });
	});

	test(`${locale}: the home page and /about speak ${endonym}: axe, and few Latin words`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		// `/${locale}`: paths have no trailing slash, and a static host answers `/ja/` with its 404 page.
		await page.goto(`/${locale}`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await waitForMapIdle(page);
		await expectFewLatinWords(page);
		expect.soft(await seriousAxeViolations(page)).toEqual([]);

		await page.goto(`/${locale}/about`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectFewLatinWords(page);
	});
}

test('a two-language name keeps the space on each side of its slash, in the island chips too', async ({
	page
}) => {
	for (const locale of ['ja', 'ru'] as const) {
		await page.goto(`/${locale}`);
		const chips = page.getByRole('navigation', { name: say(locale, () => MAP_STRINGS.islandList) });
		await expect(chips.getByRole('link').first()).toBeVisible();
		// The gap the eye sees on each side of the slash, in px, for every island chip.
		const gaps = await chips.getByRole('link').evaluateAll((links) =>
			links.flatMap((link) => {
				// Every visible character of the chip, as a text node and an offset, in reading order.
				const chars: [Text, number][] = [];
				const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node as Text;
					for (let k = 0; k < text.data.length; k++)
						if (text.data[k]?.trim()) chars.push([text, k]);
				}
				const rect = ([node, k]: [Text, number]) => {
					const range = document.createRange();
					range.setStart(node, k);
					range.setEnd(node, k + 1);
					return range.getBoundingClientRect();
				};
				const at = chars.findIndex(([node, k]) => node.data[k] === '/');
				const [before, slash, after] = [chars[at - 1], chars[at], chars[at + 1]];
				if (!before || !slash || !after) return [];
				return [[rect(slash).left - rect(before).right, rect(after).left - rect(slash).right]];
			})
		);
		expect(gaps.length, `${locale}: chips with two names`).toBeGreaterThan(0);
		for (const [left, right] of gaps) {
			expect(left, `${locale}: space before the slash`).toBeGreaterThan(1.5);
			expect(right, `${locale}: space after the slash`).toBeGreaterThan(1.5);
		}
	}
});

test('an island’s names in both languages are set apart by a spaced dot', async ({ page }) => {
	await page.goto('/islands/shikotan');
	const names = nativeNames(ISLANDS.shikotan)
		.map((n) => `${n.text} (${n.romanised})`)
		.join(' · ');
	await expect(page.locator('article.island-panel header p').nth(1)).toContainText(names);
});

test.describe('a missing page', () => {
	// The 404 document's own status is logged by the browser as a failed resource.
	test.use({ allowConsoleErrors: /the server responded with a status of 404/ });

	test('answers in the language of its path', async ({ page }) => {
		for (const locale of ['ja', 'ru'] as const) {
			const response = await page.goto(`/${locale}/islands/atlantis`);
			expect(response?.status(), locale).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				say(locale, () => ERROR_PAGE.notFoundTitle)
			);
			await expect(
				page.getByRole('link', { name: say(locale, () => ERROR_PAGE.back) })
			).toBeVisible();
		}
	});
});

test('the seed article is dated as each language writes dates', async ({ page }) => {
	for (const locale of ['ja', 'ru'] as const) {
		await page.goto(`/${locale}/articles`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect.soft(page.locator('main'), locale).toContainText(EXPECT[locale].seedDate);
	}
});

test('the seed article’s date note is in the page’s language, English marked as such', async ({
	page
}) => {
	const seed = JSON.parse(
		readFileSync('content/articles/nikkei-putin-win-island-row/meta.json', 'utf8')
	) as { date: { note: string; noteIn: Record<Other, string> } };
	for (const locale of ['en', 'ja', 'ru'] as const) {
		await page.goto(`${locale === 'en' ? '' : `/${locale}`}/articles/nikkei-putin-win-island-row`);
		await hydrated(page);
		const note = page.locator('details.date-note');
		await note.locator('summary').click();
		const text = note.locator('p');
		await expect(text).toHaveAttribute('lang', locale);
		await expect(text).toHaveText(locale === 'en' ? seed.date.note : seed.date.noteIn[locale]);
	}
});

test.describe('390×844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	// The Russian heading once read "Данные Управления геопространственной информации Японии" and
	// pushed the last column out of the table's box, with nothing to say it was there.
	test('the sources page’s area table fits the phone, in each language', async ({ page }) => {
		for (const prefix of ['', '/ja', '/ru']) {
			await page.goto(`${prefix}/about`);
			const table = page.locator('main table').first();
			const { content, box } = await table.evaluate((t) => ({
				content: t.scrollWidth,
				box: t.clientWidth
			}));
			expect(content, `${prefix || '/'}: the table's width`).toBeLessThanOrEqual(box + 1);
			// The page itself never scrolls sideways; the table may, inside its own box.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		}
	});
});
