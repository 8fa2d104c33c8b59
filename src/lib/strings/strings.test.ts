// The content pages' strings in each language: every getter and formatter says something in every
// language, counts take the plural form of the page's language (from the message format), and a
// message with a link inside keeps its words around the link.
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '#lib/i18n/locale.ts';
import { overwriteGetLocale, baseLocale } from '#lib/paraglide/runtime.js';
import * as about from './about.ts';
import * as articles from './articles.ts';
import * as articleIndex from './article-index.ts';
import * as articleTry from './article-try.ts';
import * as dispute from './dispute.ts';
import * as disputePages from './dispute-pages.ts';
import * as embed from './embed.ts';
import * as error from './error.ts';
import * as island from './island.ts';
import * as links from './links.ts';
import * as reader from './reader.ts';
import { withSlots } from './slots.ts';

const inLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => inLocale(baseLocale));

/** Every string a module's exports give, with its path; formatters are called with plain arguments. */
function texts(value: unknown, path: string): [string, unknown][] {
	if (typeof value === 'function') {
		try {
			return [[`${path}()`, (value as (...a: unknown[]) => unknown)(2, 3, 4)]];
		} catch {
			return [];
		}
	}
	if (value === null || typeof value !== 'object') return [[path, value]];
	return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

const MODULES = {
	about,
	articles,
	articleIndex,
	articleTry,
	dispute,
	disputePages,
	embed,
	error,
	island,
	links,
	reader
};

describe('the content pages’ strings', () => {
	it('say something in every language, and something of their own in Japanese and Russian', () => {
		const english = new Map<string, unknown>();
		inLocale('en');
		for (const [name, mod] of Object.entries(MODULES))
			for (const [path, text] of texts(mod, name)) english.set(path, text);
		for (const locale of LOCALES) {
			inLocale(locale);
			let differ = 0;
			for (const [name, mod] of Object.entries(MODULES))
				for (const [path, text] of texts(mod, name)) {
					if (typeof text !== 'string') continue;
					expect(text.trim(), `${locale} ${path}`).not.toBe('');
					if (text !== english.get(path)) differ++;
				}
			if (locale !== 'en') expect(differ).toBeGreaterThan(150);
		}
	});

	it('count in the plural forms of the page’s language', () => {
		inLocale('ru');
		expect([1, 2, 5, 21].map((n) => articleIndex.ARTICLE_INDEX.summaryAll(n))).toEqual([
			'1 статья.',
			'2 статьи.',
			'5 статей.',
			'21 статья.'
		]);
		expect(island.withUnit(3, 'people')).toBe('3 человека');
		inLocale('ja');
		expect(articleIndex.ARTICLE_INDEX.summaryAll(2)).toBe('記事2件。');
		inLocale('en');
		expect(reader.READER.references(1)).toMatch(/^1 more paragraph refers/);
		expect(reader.READER.references(0)).toBe('');
	});

	it('join a list of names as the page’s language does', () => {
		inLocale('en');
		expect(reader.listNames(['Iturup', 'Kunashir', 'Shikotan'])).toBe(
			'Iturup, Kunashir and Shikotan'
		);
		expect(reader.listParts(2)).toEqual([0, ' and ', 1]);
		inLocale('ja');
		expect(reader.listParts(2)).toEqual([0, '、', 1]);
	});

	it('name an article’s language in the page’s language, and an unknown one by its tag', () => {
		inLocale('ru');
		expect(reader.languageName('ja')).toBe('японский');
		expect(reader.READER.language('en-GB')).toBe('На английском');
		expect(reader.languageName('uk')).toBe('uk');
	});
});

describe('withSlots', () => {
	it('cuts a message at its slots, wherever the language puts them', () => {
		const parts = withSlots(['osm', 'odbl'], (s) => `Map data © ${s.osm}, under the ${s.odbl}.`);
		expect(parts).toEqual(['Map data © ', { slot: 'osm' }, ', under the ', { slot: 'odbl' }, '.']);
		expect(withSlots(['a'], (s) => `${s.a}の説明`)).toEqual([{ slot: 'a' }, 'の説明']);
	});
});
