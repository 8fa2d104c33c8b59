// The switcher's and the offer's rules: which language the reader prefers, when to offer it, and
// the same page, query and hash in another language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	hrefIn,
	languageSettled,
	languageToOffer,
	preferredLocale,
	settleLanguage
} from './switch.ts';

describe('preferredLocale', () => {
	it("takes the first of the reader's languages the site has, by primary subtag", () => {
		expect(preferredLocale(['ja-JP', 'en-US'])).toBe('ja');
		expect(preferredLocale(['de-DE', 'ru-UA', 'en'])).toBe('ru');
		expect(preferredLocale(['en-GB', 'ja'])).toBe('en');
		expect(preferredLocale(['RU'])).toBe('ru');
		expect(preferredLocale(['de', 'fr'])).toBeNull();
		expect(preferredLocale([])).toBeNull();
	});
});

describe('languageToOffer', () => {
	it("offers the reader's language only where the page is in another", () => {
		expect(languageToOffer('en', ['ja-JP', 'en'])).toBe('ja');
		expect(languageToOffer('ja', ['ja-JP', 'en'])).toBeNull();
		expect(languageToOffer('ja', ['en-US'])).toBe('en');
		expect(languageToOffer('ru', ['de-DE'])).toBeNull();
		// Ranked below the page's own language: the reader reads this one first.
		expect(languageToOffer('en', ['en-US', 'ru'])).toBeNull();
	});
});

describe('hrefIn', () => {
	it('keeps the page, query and hash, and changes only the language prefix', () => {
		const here = '/islands/kunashir?view=ja&year=1956#c=43.9,145.8,9';
		expect(hrefIn('ja', here)).toBe('/ja/islands/kunashir?view=ja&year=1956#c=43.9,145.8,9');
		expect(hrefIn('ru', '/ja/islands/kunashir?view=ja')).toBe('/ru/islands/kunashir?view=ja');
		expect(hrefIn('en', '/ru/about#licences')).toBe('/about#licences');
		expect(hrefIn('ja', '/')).toBe('/ja');
		expect(hrefIn('en', 'http://localhost:4173/ja?year=1855')).toBe('/?year=1855');
	});
});

describe('settling the question', () => {
	afterEach(() => vi.unstubAllGlobals());

	function stubStorage(): Map<string, string> {
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		});
		return store;
	}

	it('is remembered once declined or chosen', () => {
		stubStorage();
		expect(languageSettled()).toBe(false);
		settleLanguage(null);
		expect(languageSettled()).toBe(true);
		const store = stubStorage();
		settleLanguage('ja');
		expect([...store.values()]).toEqual(['ja']);
		expect(languageSettled()).toBe(true);
	});

	it('counts as settled when storage is blocked, and a failed write throws nothing', () => {
		const blocked = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked });
		expect(languageSettled()).toBe(true);
		expect(() => settleLanguage(null)).not.toThrow();
	});
});
