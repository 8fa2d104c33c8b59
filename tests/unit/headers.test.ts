// The _headers parser that the static host (scripts/host/static-host.ts) relies on, its rewrite for a
// base path, and the project's own file:
// it parses, it gives every page and hashed asset what README.md promises, and no two rules that
// match one path set the same header (Netlify and Cloudflare Pages would then send different values).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	HeadersSyntaxError,
	headersFor,
	overlappingHeaders,
	parseHeaders,
	pathMatcher,
	withBasePath
} from '../../scripts/host/headers.ts';
import { withLang, withTitle } from '../../scripts/host/adapter.ts';

const FILE = readFileSync(new URL('../../static/_headers', import.meta.url), 'utf8');

function errorLine(text: string): number {
	try {
		parseHeaders(text);
	} catch (e) {
		if (e instanceof HeadersSyntaxError) return e.line;
		throw e;
	}
	throw new Error('parsed without error');
}

describe('parseHeaders', () => {
	it('reads rules, indented headers and comments, in order', () => {
		const rules = parseHeaders(
			'# site-wide\n/*\n  X-A: 1\n\tX-B:  two words  \n\n/assets/*\r\n  # a comment inside\n  Cache-Control: max-age=60\n'
		);
		expect(rules.map((r) => [r.path, r.line, r.headers])).toEqual([
			[
				'/*',
				2,
				[
					{ name: 'X-A', value: '1' },
					{ name: 'X-B', value: 'two words' }
				]
			],
			['/assets/*', 6, [{ name: 'Cache-Control', value: 'max-age=60' }]]
		]);
	});

	it('keeps colons inside values', () => {
		const [rule] = parseHeaders('/x\n  Link: <https://a.example/x>; rel=preconnect\n');
		expect(rule?.headers).toEqual([
			{ name: 'Link', value: '<https://a.example/x>; rel=preconnect' }
		]);
	});

	it('refuses what the hosts would read differently, naming the line', () => {
		expect(errorLine('  X-A: 1\n')).toBe(1); // header before any path
		expect(errorLine('/a\n  X-A: 1\nnot-a-path\n')).toBe(3);
		expect(errorLine('/a\n  X-A 1\n')).toBe(2); // no colon
		expect(errorLine('/a\n  X A: 1\n')).toBe(2); // not a token
		expect(errorLine('/a\n  X-A:\n')).toBe(2); // no value
		expect(errorLine('/a\n  X-A: caf\u00e9\n')).toBe(2); // not ASCII
		expect(errorLine('/a\n  ! X-A\n')).toBe(2); // Cloudflare-only detach
		expect(errorLine('/a\n/b\n  X-A: 1\n')).toBe(1); // a rule without headers
		expect(errorLine('/a\n  X-A: 1\n/b\n')).toBe(3);
		expect(errorLine('https://example.org/*\n  X-A: 1\n')).toBe(1);
		expect(errorLine('/a/*/b/*\n  X-A: 1\n')).toBe(1); // two splats
		expect(errorLine('/a b\n  X-A: 1\n')).toBe(1);
		expect(errorLine(`/a\n  X-A: ${'x'.repeat(2000)}\n`)).toBe(2);
		const many = Array.from({ length: 101 }, (_, i) => `/r${i}\n  X-A: 1\n`).join('');
		expect(errorLine(many)).toBe(201);
	});
});

describe('matching', () => {
	it('"*" matches any rest of the path, ":name" one segment, and nothing else is special', () => {
		expect(pathMatcher('/*').test('/')).toBe(true);
		expect(pathMatcher('/*').test('/a/b.html')).toBe(true);
		expect(pathMatcher('/_app/immutable/*').test('/_app/immutable/chunks/x.js')).toBe(true);
		expect(pathMatcher('/_app/immutable/*').test('/_app/version.json')).toBe(false);
		expect(pathMatcher('/_app/immutable/*').test('/x/_app/immutable/a.js')).toBe(false);
		expect(pathMatcher('/islands/:id').test('/islands/iturup')).toBe(true);
		expect(pathMatcher('/islands/:id').test('/islands/iturup/more')).toBe(false);
		expect(pathMatcher('/a.b').test('/aXb')).toBe(false);
		expect(pathMatcher('/(x)+').test('/(x)+')).toBe(true);
	});

	it('joins a header named by several matching rules, as Cloudflare does', () => {
		const rules = parseHeaders('/*\n  Vary: A\n  X-One: 1\n/p\n  vary: B\n');
		expect(headersFor(rules, '/p')).toEqual([
			['Vary', 'A, B'],
			['X-One', '1']
		]);
		expect(headersFor(rules, '/q')).toEqual([
			['Vary', 'A'],
			['X-One', '1']
		]);
		expect(overlappingHeaders(rules, '/p')).toEqual(['vary']);
	});
});

describe('static/_headers', () => {
	const rules = parseHeaders(FILE);
	const PAGE_PATHS = ['/', '/about', '/islands/iturup', '/articles/x/passages/3', '/404.html'];
	const ASSETS = [
		'/_app/immutable/entry/start.abc.js',
		'/_app/immutable/assets/maplibre-gl-worker.x.mjs'
	];

	it('gives every page the security headers and no long cache', () => {
		for (const path of PAGE_PATHS) {
			const h = Object.fromEntries(headersFor(rules, path).map(([n, v]) => [n.toLowerCase(), v]));
			expect(h['content-security-policy'], path).toBe(
				"frame-ancestors *; base-uri 'self'; form-action 'self'"
			);
			expect(h['x-content-type-options'], path).toBe('nosniff');
			expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
			expect(h['permissions-policy'], path).toMatch(/(^|, )camera=\(\)/);
			expect(h['cache-control'], path).toBeUndefined();
		}
	});

	it('caches hashed assets for a year as immutable, and nothing else', () => {
		for (const path of ASSETS)
			expect(new Map(headersFor(rules, path)).get('Cache-Control'), path).toBe(
				'public, max-age=31536000, immutable'
			);
		expect(new Map(headersFor(rules, '/_app/version.json')).get('Cache-Control')).toBeUndefined();
		expect(new Map(headersFor(rules, '/geo/islands.geojson')).get('Cache-Control')).toBeUndefined();
	});

	it('never sets one header from two rules that match the same path', () => {
		for (const path of [...PAGE_PATHS, ...ASSETS])
			expect(overlappingHeaders(rules, path), path).toEqual([]);
	});
});

describe('withBasePath', () => {
	const text = ['# /not/a/rule', '/*', '  X-A: 1', '', '/_app/immutable/*', '  X-B: /kept'].join(
		'\n'
	);

	it('puts every rule under the base and leaves comments, headers and lines as they are', () => {
		const based = withBasePath(text, '/sub/site');
		expect(based.split('\n')).toEqual([
			'# /not/a/rule',
			'/sub/site/*',
			'  X-A: 1',
			'',
			'/sub/site/_app/immutable/*',
			'  X-B: /kept'
		]);
		const rules = parseHeaders(based);
		expect(headersFor(rules, '/sub/site/_app/immutable/x.js')).toEqual([
			['X-A', '1'],
			['X-B', '/kept']
		]);
		expect(headersFor(rules, '/_app/immutable/x.js')).toEqual([]);
	});

	it('changes nothing without a base, and refuses a base that is not a path', () => {
		expect(withBasePath(text, '')).toBe(text);
		for (const bad of ['sub', '/sub/', '/a b', '/*', '/x?y'])
			expect(() => withBasePath(text, bad), bad).toThrow(/base path/);
	});
});

describe('withTitle (the adapter titles the not-found pages)', () => {
	const shell =
		'<!doctype html>\n<html lang="en">\n\t<head>\n\t\t<meta charset="utf-8" />\n\t</head>\n<body></body></html>';

	it('adds one escaped <title> to the head', () => {
		const html = withTitle(shell, 'Not <found> & gone');
		expect(html.match(/<title>/g)).toHaveLength(1);
		expect(html).toMatch(/<title>Not &lt;found&gt; &amp; gone<\/title>\s*<\/head>/);
	});

	it('refuses a page that has a title already, an empty title and a page without a head', () => {
		expect(() => withTitle(withTitle(shell, 'a'), 'b')).toThrow(/already/);
		expect(() => withTitle(shell, ' ')).toThrow(/empty/);
		expect(() => withTitle('<p>x</p>', 'a')).toThrow(/head/);
	});
});

describe('withLang (each not-found page says its language)', () => {
	const shell = '<!doctype html>\n<html lang="%lang%">\n\t<head></head>\n<body></body></html>';

	it("sets <html lang>, replacing the shell's placeholder or adding the attribute", () => {
		expect(withLang(shell, 'ja')).toContain('<html lang="ja">');
		expect(withLang(shell, 'ja')).not.toContain('%lang%');
		expect(withLang('<!doctype html><html><head></head></html>', 'ru')).toContain(
			'<html lang="ru">'
		);
		expect(withLang('<html class="x" lang="en" data-y>', 'ru')).toBe(
			'<html class="x" lang="ru" data-y>'
		);
	});

	it('changes only the <html> tag: a lang further down stays', () => {
		const html = withLang('<html lang="en"><body><p lang="en">x</p></body></html>', 'ja');
		expect(html).toBe('<html lang="ja"><body><p lang="en">x</p></body></html>');
	});

	it('refuses what is not a language tag, and a page without <html>', () => {
		for (const bad of ['', 'Japanese', 'ja"><script>', 'j'])
			expect(() => withLang(shell, bad), bad).toThrow(/language tag/);
		expect(() => withLang('<p>x</p>', 'ja')).toThrow(/<html>/);
	});
});
