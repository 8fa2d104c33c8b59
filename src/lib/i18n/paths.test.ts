import { describe, expect, it } from 'vitest';
import { delocalizePath, localeOfPath, localizePath } from './paths.ts';

// No BASE_PATH in the unit tests: base is ''. tests/unit/base-path.test.ts builds with one.
describe('language prefixes on paths', () => {
	it('puts the language right after the base path, with no trailing slash on the home page', () => {
		expect.hasAssertions();
		expect(localizePath('/', 'ja')).toBe('/ja');
		expect(localizePath('/?view=ja#map=1/2/3', 'ru')).toBe('/ru?view=ja#map=1/2/3');
		expect(localizePath('/islands/kunashir?view=ja&year=1956', 'ja')).toBe(
			'/ja/islands/kunashir?view=ja&year=1956'
		);
		expect(localizePath('/ja/islands/kunashir', 'en')).toBe('/islands/kunashir');
		expect(localizePath('/ja/about', 'ru')).toBe('/ru/about');
	});

	it('takes a prefix off only when it is a language, and reads the language', () => {
		expect.hasAssertions();
		expect(delocalizePath('/ja')).toBe('/');
		expect(delocalizePath('/ru/islands/atlantis')).toBe('/islands/atlantis');
		expect(delocalizePath('/japan/x')).toBe('/japan/x');
		expect(delocalizePath('/en/about')).toBe('/en/about');
		expect(localeOfPath('/ru/articles')).toBe('ru');
		expect(localeOfPath('/ja?x=1')).toBe('ja');
		expect(localeOfPath('/articles')).toBe('en');
		for (const path of ['/', '/about', '/islands/iturup?lead=ja#map=5/45/147'])
			for (const locale of ['en', 'ja', 'ru'] as const)
				expect(delocalizePath(localizePath(path, locale))).toBe(path);
	});
});
