// The reader's language: which one a page is in, and the path of any page in another. The language
// is the URL's (English unprefixed, the others under /ja and /ru; vite.config.ts sets Paraglide's
// strategy), so a shared link opens in the language it was shared in and a static host needs no
// cookie or redirect. Paraglide's runtime (generated from project.inlang) does the reading and
// writing; this module is the one place the rest of the app asks (paths.ts writes the paths). It
// imports nothing of the Kit's, so Node scripts (the geodata build, the preview images) can use it.

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

/** The `Intl` tag of the page's language, for numbers, dates and lists. */
export function intlLocale(locale: Locale = getLocale()): string {
	return LOCALE_META[locale].intl;
}
