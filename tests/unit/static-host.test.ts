// The static host (scripts/host/static-host.ts) on a small site of its own: files only, the
// _headers rules, the nearest 404.html with status 404, nothing outside the folder or the base.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL, listen, type RunningHost } from '../../scripts/host/static-host.ts';

const SITE: Record<string, string> = {
	'index.html': '<!doctype html><title>home</title>',
	'about.html': '<!doctype html><title>about</title>',
	'docs/index.html': '<!doctype html><title>docs</title>',
	'404.html': '<!doctype html><title>not found</title>',
	'ja/index.html': '<!doctype html><title>ja home</title>',
	'ja/404.html': '<!doctype html><title>ja not found</title>',
	// As the build writes a language with trailingSlash 'never': its home beside its folder.
	'ru.html': '<!doctype html><title>ru home</title>',
	'ru/islands/kunashir.html': '<!doctype html><title>ru kunashir</title>',
	'ru/404.html': '<!doctype html><title>ru not found</title>',
	'_app/immutable/worker.abc.mjs': `export const big = "${'x'.repeat(4000)}";`,
	'data/a b.json': '{"a":1}',
	_headers: [
		'/*',
		'  X-Content-Type-Options: nosniff',
		'/_app/immutable/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		''
	].join('\n')
};
// Beside the site, never served.
const SECRET = 'secret.txt';

let root = '';
let outside = '';
let host: RunningHost;

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw request: the path goes out exactly as written (no URL normalising of "..", "%2e"). */
function get(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
	const { port } = host.server.address() as { port: number };
	return new Promise<Reply>((done, fail) => {
		const req = request(
			{ host: 'localhost', port, path, method: options.method ?? 'GET', headers: options.headers },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
				);
			}
		);
		req.on('error', fail);
		req.end();
	});
}

const title = (r: Reply) => /<title>([^<]*)<\/title>/.exec(r.body.toString())?.[1];

beforeAll(async () => {
	outside = mkdtempSync(join(tmpdir(), 'static-host-'));
	root = join(outside, 'site');
	for (const [file, text] of Object.entries(SITE)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	writeFileSync(join(outside, SECRET), 'do not serve');
	host = await listen({ root, port: 0 });
});

afterAll(async () => {
	await host?.close();
	rmSync(outside, { recursive: true, force: true });
});

describe('static host', () => {
	it('serves a page from its file, <path>.html or <path>/index.html, and nothing rendered', async () => {
		expect(title(await get('/'))).toBe('home');
		expect(title(await get('/about'))).toBe('about');
		expect(title(await get('/about.html'))).toBe('about');
		expect(title(await get('/docs'))).toBe('docs');
		expect(title(await get('/docs/'))).toBe('docs');
		expect(title(await get('/data/a%20b.json?x=1'))).toBeUndefined();
		expect((await get('/data/a%20b.json?x=1')).body.toString()).toBe('{"a":1}');
		const page = await get('/about');
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
	});

	it('sends /page/ to /page when the page is page.html (as Cloudflare Pages does), query kept', async () => {
		const about = await get('/about/?view=ja');
		expect(about.status).toBe(308);
		expect(about.headers.location).toBe('/about?view=ja');
		expect((await get('/ru/islands/kunashir/')).headers.location).toBe('/ru/islands/kunashir');
		// A folder with its own index.html is served as it is.
		expect((await get('/docs/')).status).toBe(200);
		expect((await get('/nothing/')).status).toBe(404);
	});

	it('answers a missing path with the nearest 404.html up the tree, status 404', async () => {
		for (const [path, expected] of [
			['/nothing', 'not found'],
			['/docs/missing/deeper', 'not found'],
			['/ja/missing', 'ja not found'],
			['/ja/a/b/c', 'ja not found'],
			['/ja/', 'ja home'],
			['/ru', 'ru home'],
			['/ru/islands/kunashir', 'ru kunashir'],
			['/ru/islands/atlantis', 'ru not found'],
			['/ru/islands/atlantis/more', 'ru not found'],
			['/%E0%A4%A', 'not found'],
			['/ja/%ZZ', 'not found']
		] as const) {
			const r = await get(path);
			expect(title(r), path).toBe(expected);
			expect(r.status, path).toBe(expected.endsWith('not found') ? 404 : 200);
		}
	});

	it('never serves a file outside its folder, nor the host files', async () => {
		for (const path of [
			`/../${SECRET}`,
			`/%2e%2e/${SECRET}`,
			`/ja/..%2F..%2F${SECRET}`,
			`/..%5C${SECRET}`,
			'/_headers',
			'/index.html%00.txt'
		]) {
			const r = await get(path);
			expect(r.status, path).toBe(404);
			expect(r.body.toString(), path).not.toContain('do not serve');
			expect(r.body.toString(), path).not.toContain('nosniff');
		}
	});

	it('applies _headers over its default of revalidating, on found and missing paths', async () => {
		const page = await get('/about');
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL);
		const missing = await get('/nothing');
		expect(missing.headers['x-content-type-options']).toBe('nosniff');
		const asset = await get('/_app/immutable/worker.abc.mjs');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
	});

	it('answers HEAD without a body, a match of its ETag with 304, and other methods with 405', async () => {
		const head = await get('/about', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.byteLength).toBe(0);
		expect(Number(head.headers['content-length'])).toBe(SITE['about.html']?.length);
		const etag = String(head.headers.etag);
		expect((await get('/about', { headers: { 'if-none-match': etag } })).status).toBe(304);
		const post = await get('/about', { method: 'POST' });
		expect(post.status).toBe(405);
		expect(post.headers.allow).toBe('GET, HEAD');
	});

	it('sends text gzipped to a client that accepts it', async () => {
		const r = await get('/_app/immutable/worker.abc.mjs', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(r.body).toString()).toBe(SITE['_app/immutable/worker.abc.mjs']);
	});
});

describe('static host under a base path', () => {
	let based: RunningHost;
	beforeAll(async () => {
		based = await listen({ root, base: '/sub', port: 0 });
	});
	afterAll(() => based?.close());

	it('serves the site under the base and nothing outside it', async () => {
		const at = (path: string) => fetch(`${based.origin}${path}`);
		expect((await at('/sub/about')).status).toBe(200);
		expect((await at('/sub')).status).toBe(200);
		expect((await at('/about')).status).toBe(404);
		expect((await at('/subway')).status).toBe(404);
		const missing = await at('/sub/ja/nope');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('ja not found');
	});
});
