// Every page in every language: the helpers `npm run check:html` uses on the build
// (scripts/host/pages.ts), on lists of files here, and on build/ itself when there is one (after
// `npm run build:local`; `npm test` builds before check:html, which runs the same checks).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	expectedLanguage,
	htmlLang,
	htmlPages,
	languageGaps,
	pageOf
} from '../../scripts/host/pages.ts';

const LOCALES = ['en', 'ja', 'ru'];
const BASE = 'en';

describe('languageGaps', () => {
	const english = ['index.html', 'about.html', 'islands/iturup.html', '404.html'];
	const inAll = [
		...english,
		...['ja', 'ru'].flatMap((l) => [
			`${l}.html`,
			`${l}/about.html`,
			`${l}/islands/iturup.html`,
			`${l}/404.html`
		])
	];

	it('finds none when every page is in every language (a home beside its folder or in it)', () => {
		expect(languageGaps(inAll, LOCALES, BASE)).toEqual([]);
		const homesInside = inAll.map((f) => f.replace(/^(ja|ru)\.html$/, '$1/index.html'));
		expect(languageGaps(homesInside, LOCALES, BASE)).toEqual([]);
	});

	it('names each page a language lacks, whichever language has it', () => {
		const files = inAll.filter((f) => f !== 'ru/islands/iturup.html' && f !== 'ja.html');
		expect(languageGaps([...files, 'ja/articles.html'], LOCALES, BASE)).toEqual([
			'en: articles.html',
			'ja: index.html',
			'ru: articles.html',
			'ru: islands/iturup.html'
		]);
	});

	it('reads a folder that is not a language as an English page', () => {
		expect(pageOf('islands/ja.html', LOCALES, BASE)).toBe('islands/ja.html');
		expect(pageOf('ja/islands/iturup.html', LOCALES, BASE)).toBe('islands/iturup.html');
		expect(expectedLanguage('islands/ja.html', LOCALES, BASE)).toBe('en');
		expect(expectedLanguage('ja.html', LOCALES, BASE)).toBe('ja');
		expect(expectedLanguage('ru/404.html', LOCALES, BASE)).toBe('ru');
	});
});

describe('htmlLang', () => {
	it("reads the <html> tag's lang only", () => {
		expect(htmlLang('<!doctype html><html lang="ja"><body lang="en">')).toBe('ja');
		expect(htmlLang('<html><p lang="en">')).toBeNull();
	});
});

describe.runIf(existsSync('build/index.html'))('the build in build/', () => {
	const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
		baseLocale: string;
		locales: string[];
	};
	it('has every page in every language, its 404 page included', () => {
		const pages = htmlPages('build');
		expect(languageGaps(pages, settings.locales, settings.baseLocale)).toEqual([]);
		for (const locale of settings.locales.filter((l) => l !== settings.baseLocale))
			expect(pages).toContain(`${locale}/404.html`);
	});

	it("marks each page with its folder's language", () => {
		const wrong = htmlPages('build').filter(
			(page) =>
				htmlLang(readFileSync(join('build', page), 'utf8')) !==
				expectedLanguage(page, settings.locales, settings.baseLocale)
		);
		expect(wrong).toEqual([]);
	});
});
