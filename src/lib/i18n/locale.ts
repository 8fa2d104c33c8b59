// The reader's language: which one a page is in, and the path of any page in another. The language
// is the URL's (English unprefixed, the others under /ja and /ru; vite.config.ts sets Paraglide's
// strategy), so a shared link opens in the language it was shared in and a static host needs no
// cookie or redirect. Paraglide's runtime (generated from project.inlang) does the reading and
// writing; this module is the one place the rest of the app asks.

import { base } from '$app/paths';
import { baseLocale, getLocale, locales } from '#lib/paraglide/runtime.js';

export type Locale = (typeof locales)[number];
export const LOCALES: readonly Locale[] = locales;
export const BASE_LOCALE: Locale = baseLocale;
export { getLocale };

/** What each language is called in itself, its Open Graph locale and its `Intl` tag. */
export const LOCALE_META = {
	en: { endonym: 'English', og: 'en_GB', intl: 'en-GB' },
	ja: { endonym: '日本語', og: 'ja_JP', intl: 'ja-JP' },
	ru: { endonym: 'Русский', og: 'ru_RU', intl: 'ru-RU' }
} as const satisfies Record<Locale, { endonym: string; og: string; intl: string }>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// The prefix rule is Paraglide's URL pattern (project.inlang/paraglide.config.js: the language's
// segment right after the base path, no trailing slash), written out here as string work: Paraglide's
// own localizeHref and deLocalizeUrl carry its whole URL-pattern machinery into every page.

/** The language prefix a path (under the base path) starts with, or undefined for the base language. */
function prefixOf(path: string): Locale | undefined {
	if (!path.startsWith(`${base}/`)) return undefined;
	const segment = path.slice(base.length + 1).split(/[/?#]/, 1)[0];
	return LOCALES.find((l) => l !== BASE_LOCALE && l === segment);
}

/** The same path with its language prefix taken off; query and hash are kept. */
export function delocalizePath(path: string): string {
	const locale = prefixOf(path);
	if (!locale) return path;
	const rest = path.slice(base.length + 1 + locale.length);
	return `${base}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/**
 * A path (under the base path, as resolve() writes it) in a language: the page's own by default.
 * Query and hash are kept; the home page in another language has no trailing slash (/ja), as the
 * prerendered files are named (ja.html).
 */
export function localizePath(path: string, locale: Locale = getLocale()): string {
	const plain = delocalizePath(path);
	if (locale === BASE_LOCALE || !plain.startsWith(base)) return plain;
	const rest = plain.slice(base.length);
	return `${base}/${locale}${/^\/?([?#]|$)/.test(rest) ? rest.replace(/^\//, '') : rest}`;
}

/** The language of a path under the base path. */
export const localeOfPath = (path: string): Locale => prefixOf(path) ?? BASE_LOCALE;

/** The `Intl` tag of the page's language, for numbers, dates and lists. */
export function intlLocale(locale: Locale = getLocale()): string {
	return LOCALE_META[locale].intl;
}
