// The static host the app is previewed and tested on: `npm run preview`, `npm run start`, the
// Playwright journeys (playwright.config.ts) and `npm run screenshots` all serve build/ with it, so
// what a developer previews and the journeys test is what a reader gets from a static host or CDN.
//
// A few lines on node:http rather than a package: no maintained static server reads `_headers`
// (serve, sirv, http-server and superstatic each have a config format of their own), and the
// Cloudflare and Netlify CLIs that do are whole platform emulators. What it does, as Cloudflare
// Pages does (README.md, "Build and deploy"):
// - files only, no server rendering: a path is the file, `<path>.html` or `<path>/index.html`;
// - the headers `<root>/_headers` gives the path (parsed by headers.ts, which refuses any syntax the
//   hosts do not share), over the host's own default of revalidating every reuse; `_headers` itself
//   is not served;
// - a path it does not hold gets the nearest `404.html` up the tree (`/ja/x` tries `/ja/404.html`,
//   then `/404.html`), with status 404;
// - GET and HEAD only; ETags and gzip as any host sends them.
// - `/page/` for a page that is the file `page.html` is redirected (308) to `/page`, as Cloudflare
//   does: `/ja/` is how many readers type the Japanese home page.
// It does not redirect `/page.html` to `/page` (Cloudflare does, Netlify does not): the app never
// links to either form's other.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';

export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	// A module worker (MapLibre's .mjs) is refused unless served as JavaScript.
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pbf': 'application/x-protobuf'
};
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg)/;

/** What Cloudflare Pages and Netlify send when the site sets no Cache-Control of its own. */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Files a host reads as its configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

export interface StaticHostOptions {
	/** The folder to serve: the build's output (build/). */
	root: string;
	/** The build's BASE_PATH ('' or '/sub/path'): the site lives under it, nothing outside. */
	base?: string;
}

interface Prepared {
	body: Buffer;
	gzip: Buffer | null;
	etag: string;
	type: string;
}

/** A request handler serving `root` as a static host does. Reads `root/_headers` once, now. */
export function staticHost({ root, base = '' }: StaticHostOptions) {
	const dir = resolve(root);
	if (base && !/^\/[^?#]*[^/]$/.test(base))
		throw new Error(`base must start with "/" and not end with one: ${JSON.stringify(base)}`);
	const headersFile = join(dir, '_headers');
	const rules: HeaderRule[] = existsSync(headersFile)
		? parseHeaders(readFileSync(headersFile, 'utf8'))
		: [];

	const cache = new Map<string, { mtime: number; size: number; prepared: Prepared }>();
	const prepare = (file: string): Prepared => {
		const stat = statSync(file);
		const hit = cache.get(file);
		if (hit && hit.mtime === stat.mtimeMs && hit.size === stat.size) return hit.prepared;
		const body = readFileSync(file);
		const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		const prepared = {
			body,
			type,
			gzip: COMPRESSIBLE.test(type) && body.byteLength > 1024 ? gzipSync(body) : null,
			etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`
		};
		cache.set(file, { mtime: stat.mtimeMs, size: stat.size, prepared });
		return prepared;
	};

	/** The path's segments below the root, decoded; null for a broken escape or a way out. */
	const segmentsOf = (rel: string): string[] | null => {
		const segments: string[] = [];
		for (const raw of rel.split('/').slice(1)) {
			let segment: string;
			try {
				segment = decodeURIComponent(raw);
			} catch {
				return null;
			}
			if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
			segments.push(segment);
		}
		return segments;
	};

	const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
	const inside = (path: string) => path.startsWith(dir + sep);

	/** The file a static host serves for the path below the base, or null. */
	const fileFor = (rel: string): string | null => {
		const segments = segmentsOf(rel);
		if (!segments) return null;
		if (segments.length === 1 && HOST_FILES.has(segments[0] ?? '')) return null;
		const path = join(dir, ...segments);
		const candidates = rel.endsWith('/')
			? [join(path, 'index.html')]
			: [path, `${path}.html`, join(path, 'index.html')];
		return candidates.find((file) => inside(file) && isFile(file)) ?? null;
	};

	/** The nearest 404.html up the tree from the path's folder; a broken path starts at the root. */
	const notFoundFor = (rel: string): string | null => {
		const segments = segmentsOf(rel) ?? [''];
		for (let n = segments.length - 1; n >= 0; n--) {
			const file = join(dir, ...segments.slice(0, n), '404.html');
			if (inside(file) && isFile(file)) return file;
		}
		return null;
	};

	return function handle(req: IncomingMessage, res: ServerResponse): void {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed\n');
			return;
		}
		const pathname = (req.url ?? '/').split(/[?#]/)[0] || '/';
		const underBase = !base || pathname === base || pathname.startsWith(`${base}/`);
		if (!underBase || !pathname.startsWith('/')) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
			return;
		}
		const rel = pathname.slice(base.length) || '/';
		// `/ja/` when the page is the file ja.html: Cloudflare Pages sends the reader to `/ja` (a
		// link typed or pasted with a trailing slash), rather than a 404.
		const page = rel.length > 1 && rel.endsWith('/') ? fileFor(rel.slice(0, -1)) : null;
		if (page?.endsWith('.html') && !fileFor(rel)) {
			const query = (req.url ?? '').slice(pathname.length);
			res.writeHead(308, { location: `${pathname.slice(0, -1)}${query}` });
			res.end();
			return;
		}
		const file = fileFor(rel);
		const served = file ?? notFoundFor(rel);
		const status = file ? 200 : 404;

		const headers = new Map<string, [string, string]>([
			['cache-control', ['Cache-Control', DEFAULT_CACHE_CONTROL]]
		]);
		for (const [name, value] of headersFor(rules, pathname))
			headers.set(name.toLowerCase(), [name, value]);
		for (const [name, value] of headers.values()) res.setHeader(name, value);

		if (!served) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
			return;
		}
		let prepared: Prepared;
		try {
			prepared = prepare(served);
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(`Could not read the file: ${(error as Error).message}\n`);
			return;
		}
		res.setHeader('Content-Type', prepared.type);
		res.setHeader('ETag', prepared.etag);
		if (prepared.gzip) res.setHeader('Vary', 'Accept-Encoding');
		if (status === 200 && req.headers['if-none-match'] === prepared.etag) {
			res.writeHead(304);
			res.end();
			return;
		}
		const gzip = prepared.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip && prepared.gzip ? prepared.gzip : prepared.body;
		if (gzip) res.setHeader('Content-Encoding', 'gzip');
		res.setHeader('Content-Length', body.byteLength);
		res.writeHead(status);
		res.end(req.method === 'HEAD' ? undefined : body);
	};
}

export interface RunningHost {
	server: Server;
	/** e.g. http://localhost:4173 (without the base). */
	origin: string;
	close(): Promise<void>;
}

/** Starts the host on `port` (0: any free one); rejects if the port is taken. */
export function listen(
	options: StaticHostOptions & { port: number; host?: string }
): Promise<RunningHost> {
	const host = options.host ?? 'localhost';
	const server = createServer(staticHost(options));
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(options.port, host, () => {
			server.off('error', fail);
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : options.port;
			done({
				server,
				origin: `http://${host}:${port}`,
				close: () => new Promise<void>((closed) => server.close(() => closed()))
			});
		});
	});
}
