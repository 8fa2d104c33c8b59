// Going from this page to the same page in another language (the header's switcher and the offer
// of the reader's own language share it), and remembering that the reader has chosen or declined.

import { LOCALES, isLocale, type Locale } from './locale.ts';
import { delocalizePath, localizePath } from './paths.ts';

/**
 * What the switcher shows where the header is narrow. Each is the start of the language's own
 * name (LOCALE_META's endonym), so the link's accessible name, the whole endonym, contains what
 * the reader sees (WCAG 2.5.3, label in name) and voice control can say either.
 */
export const SHORT_ENDONYM = {
	en: 'EN',
	ja: '日本語',
	ru: 'Рус'
} as const satisfies Record<Locale, string>;

/**
 * An address on this site (path relative to the origin, with query and hash; a full URL is read
 * the same) in another language: the same page, the same query and hash.
 */
export function hrefIn(locale: Locale, href: string): string {
	const url = new URL(href, 'http://x');
	return localizePath(delocalizePath(url.pathname), locale) + url.search + url.hash;
}

/**
 * The site's language the reader ranks highest (`navigator.languages`, most preferred first), or
 * null when they list none of them. Only the primary subtag counts: ja-JP is ja, ru-UA is ru.
 */
export function preferredLocale(languages: readonly string[]): Locale | null {
	for (const tag of languages) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isLocale(primary)) return primary;
	}
	return null;
}

/** localStorage, not a cookie: nothing is sent to the (static) host, and the URL alone sets the language. */
const SETTLED_KEY = 'kuril:language-offer';

/**
 * Whether the reader has settled the question (dismissed the offer, followed it, or picked a
 * language in the switcher). Storage that cannot be read counts as settled: the offer could not
 * keep its promise not to come back, and would return on every page load.
 */
export function languageSettled(): boolean {
	try {
		return localStorage.getItem(SETTLED_KEY) !== null;
	} catch {
		return true;
	}
}

/** Remembers that the reader has chosen (`locale`) or declined (`null`) a language. */
export function settleLanguage(locale: Locale | null): void {
	try {
		localStorage.setItem(SETTLED_KEY, locale ?? 'declined');
	} catch {
		// Full or blocked storage: the offer is gone for this visit (the component forgets it).
	}
}

/**
 * The language to offer on a page in `current`: the reader's preferred one if the site has it and
 * it is not the page's own; null otherwise.
 */
export function languageToOffer(current: Locale, languages: readonly string[]): Locale | null {
	const preferred = preferredLocale(languages);
	return preferred && preferred !== current && LOCALES.includes(preferred) ? preferred : null;
}
