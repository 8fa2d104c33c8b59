// The build's pages by language: English at the root, every other language in a folder of its own
// (/ja/…, /ru/…, src/lib/i18n/locale.ts). `npm run check:html` (scripts/check-html.ts) and
// tests/unit/languages-build.test.ts hold the build to it: each page exists in every language, and
// each page's <html lang> is its folder's.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`, as a path relative to it with forward slashes, sorted. */
export function htmlPages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The language a page file is in: its first folder if that is a language, else the base one. */
export function languageOf(file: string, locales: readonly string[], baseLocale: string): string {
	const first = file.split('/')[0] ?? '';
	return file.includes('/') && first !== baseLocale && locales.includes(first) ? first : baseLocale;
}

/** The page a file is in every language: ja/islands/iturup.html and islands/iturup.html are one. */
export function pageOf(file: string, locales: readonly string[], baseLocale: string): string {
	const locale = languageOf(file, locales, baseLocale);
	if (locale === baseLocale) return file;
	const rest = file.slice(locale.length + 1);
	// The language's home is ja.html next to the folder (trailingSlash 'never'), or ja/index.html.
	return rest === 'index.html' ? 'index.html' : rest;
}

/**
 * Each page missing in some language, as `<language>: <page>`; empty when every page is built in
 * every language. A language's home may be written as ja.html (beside its folder) or ja/index.html.
 */
export function languageGaps(
	files: readonly string[],
	locales: readonly string[],
	baseLocale: string
): string[] {
	const byLocale = new Map(locales.map((l) => [l, new Set<string>()]));
	for (const file of files) {
		const home = /^([^/]+)\.html$/.exec(file)?.[1];
		if (home && home !== baseLocale && locales.includes(home)) {
			byLocale.get(home)?.add('index.html');
			continue;
		}
		byLocale.get(languageOf(file, locales, baseLocale))?.add(pageOf(file, locales, baseLocale));
	}
	const all = new Set([...byLocale.values()].flatMap((pages) => [...pages]));
	const gaps: string[] = [];
	for (const [locale, pages] of byLocale)
		for (const page of [...all].sort()) if (!pages.has(page)) gaps.push(`${locale}: ${page}`);
	return gaps;
}

/** The language a page file should be in, given the languages: ja.html (a home) is Japanese. */
export function expectedLanguage(
	file: string,
	locales: readonly string[],
	baseLocale: string
): string {
	const home = /^([^/]+)\.html$/.exec(file)?.[1];
	return home && locales.includes(home) ? home : languageOf(file, locales, baseLocale);
}

/** The page's <html lang>, or null without one. */
export function htmlLang(html: string): string | null {
	const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
	return /\blang="([^"]*)"/i.exec(tag)?.[1] ?? null;
}
