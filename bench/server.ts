// The static host the benchmark loads pages from: build/ at /, bench pages under their own prefixes,
// prerendered pages without .html, text compressed with gzip as any real static host or CDN does
// (so byte counts, Lighthouse's scores and the baseline all see what a reader would download).
//
// Every request is logged with the bytes that went over the wire. That log is the benchmark's
// network log: it sees requests from the page, its workers and MapLibre's font loader alike, and a
// file requested twice shows up twice, whatever the browser's own caches did or did not do.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.topojson': 'application/json',
	'.pbf': 'application/x-protobuf',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain'
};
const COMPRESSIBLE = /^(text\/|application\/(geo\+)?json|image\/svg)/;

export interface Hit {
	/** Milliseconds since the server started; only differences between hits mean anything. */
	at: number;
	path: string;
	status: number;
	type: string;
	/** File size on disk. */
	raw: number;
	/** Body bytes sent: the gzip size for text, the file size otherwise. */
	sent: number;
	/** First 12 hex digits of the file's SHA-1: the same bytes under two URLs are a double download too. */
	hash: string;
}

export interface Mount {
	prefix: string;
	dir: string;
}

export interface StaticServer {
	origin: string;
	log: Hit[];
	/** Where the cache policy for served files came from, for the report. */
	cachePolicy: string;
	close(): Promise<void>;
}

interface Prepared {
	raw: Buffer;
	gzip: Buffer | null;
	hash: string;
	modified: string;
}

/**
 * Headers rules in the `_headers` format that Netlify and Cloudflare Pages read from the site's
 * root (a path pattern with `*`, then indented `Name: value` lines). If the build ships one, the
 * benchmark serves what such a deploy would; if not, those hosts' default (revalidate every time).
 */
function headerRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return [];
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
			rules.push({ pattern: new RegExp(`^${glob.replace(/\*/g, '.*')}$`), headers: [] });
		} else {
			const i = line.indexOf(':');
			if (i > 0 && rules.length)
				rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}

export function serve(mounts: Mount[], headersFrom?: string): Promise<StaticServer> {
	const started = performance.now();
	const log: Hit[] = [];
	const cache = new Map<string, Prepared>();
	const rules = headersFrom ? headerRules(headersFrom) : [];
	const prepare = (file: string): Prepared => {
		let p = cache.get(file);
		if (!p) {
			const raw = readFileSync(file);
			const type = TYPES[extname(file)] ?? '';
			p = {
				raw,
				gzip: COMPRESSIBLE.test(type) ? gzipSync(raw, { level: 9 }) : null,
				hash: createHash('sha1').update(raw).digest('hex').slice(0, 12),
				modified: statSync(file).mtime.toUTCString()
			};
			cache.set(file, p);
		}
		return p;
	};
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const mount = mounts.find((m) => url.pathname.startsWith(m.prefix)) ?? mounts.at(-1);
		if (!mount) return void res.writeHead(500).end();
		const base = normalize(mount.dir);
		const rel = '/' + url.pathname.slice(mount.prefix.length).replace(/^\/+/, '');
		let file = normalize(join(base, decodeURIComponent(rel)));
		if (!file.startsWith(base)) return void res.writeHead(403).end();
		// In the order scripts/host/static-host.ts tries them: the file, `<path>.html` (`/ja` is ja.html
		// beside the folder ja/), then `<path>/index.html`.
		const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
		if (!isFile(file)) file = isFile(`${file}.html`) ? `${file}.html` : join(file, 'index.html');
		const at = performance.now() - started;
		if (!existsSync(file)) {
			log.push({ at, path: url.pathname, status: 404, type: '', raw: 0, sent: 0, hash: '' });
			return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const p = prepare(file);
		const gzip = p.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip && p.gzip ? p.gzip : p.raw;
		// What Netlify and Cloudflare Pages send for a site that sets no policy: validators, and
		// revalidate every reuse. A file a page asks for twice then costs a second round trip (a 304)
		// unless the build's _headers lets the browser keep it.
		const headers: Record<string, string> = {
			'content-type': type,
			vary: 'accept-encoding',
			etag: `"${p.hash}"`,
			'last-modified': p.modified,
			'cache-control': 'public, max-age=0, must-revalidate'
		};
		if (gzip) headers['content-encoding'] = 'gzip';
		for (const rule of rules)
			if (rule.pattern.test(url.pathname))
				for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
		const fresh = req.headers['if-none-match'] === `"${p.hash}"`;
		res.writeHead(fresh ? 304 : 200, headers);
		res.end(req.method === 'HEAD' || fresh ? undefined : body);
		log.push({
			at,
			path: url.pathname,
			status: fresh ? 304 : 200,
			type,
			raw: p.raw.byteLength,
			sent: fresh ? 0 : body.byteLength,
			hash: p.hash
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				log,
				cachePolicy: rules.length
					? `${headersFrom}/_headers (${rules.length} rules)`
					: 'none set by the build (no build/_headers): served as static hosts default, `Cache-Control: public, max-age=0, must-revalidate` with an ETag, so every reuse is revalidated',
				close: () => new Promise<void>((done) => server.close(() => done()))
			});
		})
	);
}
