// Paths in each language: the language's segment right after the base path. The one place that
// writes or reads it (src/hooks.ts takes it off before routing; src/lib/routing/view.ts puts it on).
import { base } from '$app/paths';
import { BASE_LOCALE, LOCALES, getLocale, type Locale } from './locale.ts';

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
