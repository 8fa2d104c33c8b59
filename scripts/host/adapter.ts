// adapter-static, and two things it leaves undone for a static host (svelte.config.js uses it):
// - `_headers` follows BASE_PATH: the Kit copies static/_headers as it is, but hosts match its paths
//   from the host's root, so a build for /kuril-explorer gets its rules at /kuril-explorer/…;
// - each not-found page gets a <title>: the adapter's fallback page is the app's empty shell, which
//   the client router fills in, so without one a shared broken link shows an untitled tab and
//   preview. `notFoundPages` names each such page (a 404.html per language folder, which a static
//   host serves for a missing path under it), its title and its language; the adapter writes the
//   ones it does not write itself from the same shell.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import adapterStatic, { type AdapterOptions } from '@sveltejs/adapter-static';
import type { Adapter } from '@sveltejs/kit';
import { parseHeaders, withBasePath } from './headers.ts';

export interface StaticHostAdapterOptions extends AdapterOptions {
	/** Page file (relative to `pages`) -> its <title> and language, e.g. { 'ja/404.html': { … } }. */
	notFoundPages?: Record<string, { title: string; lang: string }>;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page with `<title>` added at the end of its head; refuses a page that already has one. */
export function withTitle(html: string, title: string): string {
	if (/<title[\s>]/i.test(html)) throw new Error('the page already has a <title>');
	if (!title.trim()) throw new Error('an empty title');
	const end = html.search(/<\/head>/i);
	if (end < 0) throw new Error('the page has no </head>');
	return `${html.slice(0, end)}\t<title>${escapeHtml(title)}</title>\n\t${html.slice(end)}`;
}

/** The page with its <html lang> set to `lang`. */
export function withLang(html: string, lang: string): string {
	if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) throw new Error(`not a language tag: ${lang}`);
	const tag = /<html\b[^>]*>/i.exec(html);
	if (!tag) throw new Error('the page has no <html>');
	const open = /\blang="[^"]*"/.test(tag[0])
		? tag[0].replace(/\blang="[^"]*"/, `lang="${lang}"`)
		: tag[0].replace(/^<html/i, `<html lang="${lang}"`);
	return html.slice(0, tag.index) + open + html.slice(tag.index + tag[0].length);
}

export function staticHostAdapter(options: StaticHostAdapterOptions = {}): Adapter {
	const { notFoundPages = {}, ...adapterOptions } = options;
	const inner = adapterStatic(adapterOptions);
	return {
		...inner,
		name: 'adapter-static (+ _headers under BASE_PATH, titled 404 pages)',
		async adapt(builder) {
			await inner.adapt(builder);
			const pages = adapterOptions.pages ?? 'build';
			const headersFile = join(pages, '_headers');
			if (existsSync(headersFile)) {
				const text = withBasePath(readFileSync(headersFile, 'utf8'), builder.config.kit.paths.base);
				// The rewritten file must still be one every host reads (line length, rule count).
				parseHeaders(text);
				writeFileSync(headersFile, text);
			}
			for (const [page, { title, lang }] of Object.entries(notFoundPages)) {
				const file = join(pages, page);
				if (!existsSync(file)) {
					mkdirSync(dirname(file), { recursive: true });
					await builder.generateFallback(file);
				}
				try {
					writeFileSync(file, withLang(withTitle(readFileSync(file, 'utf8'), title), lang));
				} catch (error) {
					throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
				}
			}
		}
	};
}
