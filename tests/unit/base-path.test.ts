// A build for a sub-path (BASE_PATH) ships its _headers rules under that sub-path, and the static
// host serves it there with them. The app's own `vite build` with BASE_PATH, into a folder of its
// own (BUILD_OUT, svelte.config.js) so the main build is left alone; it takes seconds: the
// geodata, still map and search index it uses are committed, and the preview images (which its
// pages link to, so the prerender needs them) are drawn first, as `npm run build` does, from the
// cache of drawn cards when it has them (scripts/og/build.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/host/headers.ts';
import { listen, type RunningHost } from '../../scripts/host/static-host.ts';
import { ERROR_PAGE } from '../../src/lib/strings/error.ts';

/** A language's own not-found title, read from its message file (the getters give English here). */
const notFoundTitle = (locale: string): string =>
	(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>)
		.error_document_title ?? '';

const BASE = '/kuril-explorer';
const OUT = 'test-results/base-path-build';
const BUILD = join(OUT, 'build');
const IMMUTABLE = 'public, max-age=31536000, immutable';

let host: RunningHost | undefined;

beforeAll(() => {
	rmSync(OUT, { recursive: true, force: true });
	const og = spawnSync(process.execPath, ['scripts/og/build.ts'], { encoding: 'utf8' });
	if (og.status !== 0) throw new Error(`preview images failed:\n${og.stdout}\n${og.stderr}`);
	const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: { ...process.env, BASE_PATH: BASE, BUILD_OUT: OUT, LOCAL_PREVIEW: '1' },
		encoding: 'utf8'
	});
	if (run.status !== 0)
		throw new Error(`vite build with BASE_PATH failed:\n${run.stdout}\n${run.stderr}`);
});

afterAll(async () => {
	await host?.close();
	rmSync(OUT, { recursive: true, force: true });
});

describe(`a build with BASE_PATH=${BASE}`, () => {
	it("puts every _headers rule under the base path, and keeps each rule's headers", () => {
		const source = parseHeaders(readFileSync('static/_headers', 'utf8'));
		const built = parseHeaders(readFileSync(join(BUILD, '_headers'), 'utf8'));
		expect(built.map((r) => r.path)).toEqual(source.map((r) => `${BASE}${r.path}`));
		expect(built.map((r) => r.headers)).toEqual(source.map((r) => r.headers));
	});

	it('caches its own hashed assets as immutable, at the paths its pages load them from', () => {
		const rules = parseHeaders(readFileSync(join(BUILD, '_headers'), 'utf8'));
		const entry = readdirSync(join(BUILD, '_app/immutable/entry'))[0];
		const path = `${BASE}/_app/immutable/entry/${entry}`;
		expect(readFileSync(join(BUILD, 'index.html'), 'utf8')).toContain(path);
		expect(new Map(headersFor(rules, path)).get('Cache-Control')).toBe(IMMUTABLE);
		expect(headersFor(rules, `/_app/immutable/entry/${entry}`)).toEqual([]);
	});

	it('is served under the base by the static host, with its headers and its titled 404 page', async () => {
		host = await listen({ root: BUILD, base: BASE, port: 0 });
		const page = await fetch(`${host.origin}${BASE}/about`);
		expect(page.status).toBe(200);
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('content-security-policy')).toMatch(/base-uri 'self'/);
		const entry = readdirSync(join(BUILD, '_app/immutable/entry'))[0];
		const asset = await fetch(`${host.origin}${BASE}/_app/immutable/entry/${entry}`);
		expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
		const missing = await fetch(`${host.origin}${BASE}/islands/atlantis`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain(`<title>${ERROR_PAGE.documentTitle}</title>`);
	});

	it("draws the still map's land from its shared file under the base, cached as immutable", async () => {
		host ??= await listen({ root: BUILD, base: BASE, port: 0 });
		// An island's page carries the shapes in its own <defs>; a passage's draws from the shared file.
		const island = readFileSync(join(BUILD, 'ru/islands/kunashir.html'), 'utf8');
		expect(island).toMatch(/<use href="#svgmap-land-JPN"/);
		expect(island).toMatch(/<path id="svgmap-land-JPN"[^>]* d="M\d/);
		const slug = readdirSync(join(BUILD, 'ru/articles'), { withFileTypes: true }).find((d) =>
			d.isDirectory()
		)?.name;
		const html = readFileSync(join(BUILD, `ru/articles/${slug}/passages/1.html`), 'utf8');
		const hrefs = new Set(
			[...html.matchAll(/<use href="([^"#]+)#(?:context|land-[A-Z]+)"/g)].map((m) => m[1])
		);
		expect([...hrefs]).toEqual([
			expect.stringMatching(
				new RegExp(`^${BASE}/_app/immutable/assets/still\\.generated\\.[\\w-]+\\.svg$`)
			)
		]);
		const file = await fetch(`${host.origin}${[...hrefs][0]}`);
		expect(file.status).toBe(200);
		expect(file.headers.get('cache-control')).toBe(IMMUTABLE);
		expect(file.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
		expect(await file.text()).toMatch(/<path id="land-JPN"[^>]* d="M\d/);
	});

	it('answers a missing path under each language with that language’s 404 page', async () => {
		host ??= await listen({ root: BUILD, base: BASE, port: 0 });
		for (const locale of ['ja', 'ru']) {
			const missing = await fetch(`${host.origin}${BASE}/${locale}/islands/atlantis`);
			expect(missing.status, locale).toBe(404);
			const html = await missing.text();
			expect(html, locale).toContain(`<title>${notFoundTitle(locale)}</title>`);
			expect(html, locale).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
		}
	});

	it('prerenders each language under the base: its home and its pages', () => {
		for (const file of ['ja.html', 'ru.html', 'ja/about.html', 'ru/islands/kunashir.html']) {
			const html = readFileSync(join(BUILD, file), 'utf8');
			expect(html, file).toMatch(new RegExp(`<html[^>]* lang="${file.slice(0, 2)}"`));
			expect(html, file).toContain(`href="${BASE}/${file.slice(0, 2)}`);
		}
	});
});
