// The content security policy and host headers, against the production build served as a static
// host serves it, with its _headers (scripts/host/static-host.ts):
// - no page breaks its own policy (a `securitypolicyviolation` listener from an init script, so
//   nothing before hydration is missed), embedded pages included, framed by this site and by another;
// - each page's <meta> policy is the one scripts/host/csp.ts defines, plus only script hashes;
// - the headers from static/_headers arrive, and MapLibre's .mjs worker is served as JavaScript;
// - links carrying script in query keys, values and the hash run none of it.
// A failure names the page and the directive, so a new inline style or script says where it is.
import { readFileSync } from 'node:fs';
import { test as base, type Frame, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/host/csp.ts';
import { headersFor, parseHeaders } from '../../scripts/host/headers.ts';
import { expect, test } from './fixtures.ts';

const SLUG = 'nikkei-putin-win-island-row';

// Every test loads at least one map on software WebGL, on machines shared by several checkouts.
test.describe.configure({ timeout: 120_000 });

const PAGES = [
	{ name: 'home', path: '/', map: true },
	{ name: 'island', path: '/islands/kunashir', map: true },
	{ name: 'article', path: `/articles/${SLUG}`, map: true },
	{ name: 'passage', path: `/articles/${SLUG}/passages/3`, map: true },
	{ name: 'about', path: '/about', map: false },
	{ name: 'article index', path: '/articles?island=shikotan', map: false },
	{ name: 'try an article', path: '/articles/try', map: true },
	{ name: 'embedded home', path: '/?embed=1', map: true }
];

type Violation = {
	directive: string;
	blocked: string;
	sample: string;
	source: string;
	disposition: string;
};

declare global {
	interface Window {
		__cspViolations?: Violation[];
		__hostile?: string[];
		pwn?: (id: string) => void;
	}
}

/** Runs in every frame before any of the page's own code. */
function recordViolations() {
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		window.__cspViolations?.push({
			directive: e.effectiveDirective,
			blocked: e.blockedURI,
			sample: e.sample,
			source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
			disposition: e.disposition
		});
	});
	// What every hostile payload below calls: if anything runs, it leaves its id here.
	window.__hostile = [];
	window.pwn = (id: string) => window.__hostile?.push(id);
}

/** Waits until the page is hydrated (the Kit mounts its route announcer then) and, if it has one, its map is idle. */
async function ready(target: Page | Frame, map: boolean) {
	await expect(target.locator('#svelte-announcer')).toBeAttached({ timeout: 30_000 });
	if (map) await expect(target.locator('.map[data-state="idle"]')).toBeVisible({ timeout: 60_000 });
	// Violation events are queued as tasks; let the queue run before reading them.
	await target.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
}

function describeViolations(where: string, list: Violation[]): string {
	return list
		.map(
			(v) =>
				`${where}: '${v.directive}' ${v.disposition === 'enforce' ? 'blocked' : 'reported'} ${v.blocked || '(inline)'}` +
				`${v.sample ? ` sample ${JSON.stringify(v.sample)}` : ''} from ${v.source}`
		)
		.join('\n');
}

async function expectNoViolations(target: Page | Frame, where: string) {
	const list = (await target.evaluate(() => window.__cspViolations ?? null)) as Violation[] | null;
	expect(list, `${where}: the violation listener was not installed`).not.toBeNull();
	expect(list, describeViolations(where, list ?? [])).toEqual([]);
}

/** The page's <meta> policy as directive -> sources. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
	const metas = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));
	expect(metas, 'exactly one <meta> content security policy').toHaveLength(1);
	return new Map(
		(metas[0] ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name as string, sources])
	);
}

/** How the Kit writes a source: keywords and hashes quoted, hosts and schemes as they are. */
function quoted(source: string): string {
	return /^(self|none|unsafe-[a-z-]+|strict-dynamic|sha\d{3}-.+|nonce-.+)$/.test(source)
		? `'${source}'`
		: source;
}

test.describe('content security policy', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(recordViolations);
	});

	const expected = contentSecurityPolicy();
	/** Directives the Kit extends with hashes of what it inlines into each page. */
	const INLINED = ['script-src', 'style-src', 'style-src-attr'];
	for (const p of PAGES) {
		test(`${p.name} (${p.path}) carries the project policy and breaks none of it`, async ({
			page
		}) => {
			await page.goto(p.path);
			const policy = await metaPolicy(page);
			expect([...policy.keys()].sort(), `${p.path}: directives`).toEqual(
				Object.keys(expected).sort()
			);
			for (const [directive, sources] of Object.entries(expected)) {
				const actual = policy.get(directive) ?? [];
				if (!INLINED.includes(directive)) {
					expect(actual, `${p.path}: ${directive}`).toEqual(sources.map(quoted));
					continue;
				}
				// The project's sources, then only hashes of what the Kit inlined into this page: its boot
				// script, and the page's CSS (svelte.config.js, inlineStyleThreshold). The Kit adds a
				// style's hash to style-src-attr as well, where it can only match an attribute holding the
				// whole stylesheet.
				expect(actual.slice(0, sources.length), `${p.path}: ${directive}`).toEqual(
					sources.map(quoted)
				);
				const hashes = actual.slice(sources.length);
				if (directive !== 'style-src-attr')
					expect(hashes.length, `${p.path}: ${directive}: the Kit's hashes`).toBeGreaterThan(0);
				for (const h of hashes) expect(h, `${p.path}: ${directive} ${h}`).toMatch(/^'sha256-/);
			}
			const styleHashes = (policy.get('style-src') ?? []).filter((h) => h.startsWith("'sha256-"));
			for (const h of (policy.get('style-src-attr') ?? []).slice(
				(expected['style-src-attr'] ?? []).length
			))
				expect(styleHashes, `${p.path}: style-src-attr ${h} is a page style's hash`).toContain(h);
			await ready(page, p.map);
			await expectNoViolations(page, `${p.name} ${p.path}`);
		});
	}

	test('a client-side navigation stays inside the policy', async ({ page }) => {
		await page.goto('/');
		await ready(page, false);
		// The route announcer only speaks after a client-side navigation.
		await page.getByRole('navigation', { name: 'Islands' }).getByRole('link').first().click();
		await expect(page).toHaveURL(/\/islands\//);
		await expect(page.locator('#svelte-announcer')).not.toBeEmpty();
		await ready(page, true);
		await expectNoViolations(page, 'home -> island (client-side)');
	});

	test('an embedded page framed by a page of the same site', async ({ page }) => {
		await page.goto('/about');
		await ready(page, false);
		await page.evaluate(() => {
			const frame = document.createElement('iframe');
			frame.src = '/?embed=1';
			frame.title = 'embedded map';
			frame.width = '800';
			frame.height = '520';
			document.body.append(frame);
		});
		const frame = await frameFor(page, /embed=1/);
		await ready(frame, true);
		await expectNoViolations(frame, 'same-site iframe /?embed=1');
		await expectNoViolations(page, '/about hosting the iframe');
	});
});

/** Resolves once the page has a frame whose URL matches. */
async function frameFor(page: Page, url: RegExp): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => url.test(f.url()))).toBe(true);
	const frame = page.frames().find((f) => url.test(f.url()));
	if (!frame) throw new Error(`no frame at ${url}`);
	return frame;
}

// Framed by another site, as the Embed snippet will be. The embedding page is served by the test
// itself (page.route) under a host that does not exist, so nothing leaves the machine; this test
// keeps the usual guards itself, allowing that one host. Chromium blocks a public page from
// framing localhost (Local Network Access) unless the page is https and the reader allows it; a
// deployed site is public too, so the grant only stands in for the real topology.
base(
	'an embedded page framed by another site loads and breaks none of its policy',
	async ({ page, context, baseURL }) => {
		const app = new URL(baseURL ?? 'http://localhost');
		const embedder = 'https://embedder.example';
		await context.grantPermissions(['local-network-access'], { origin: embedder });
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		page.on('request', (r) => {
			const origin = new URL(r.url()).origin;
			if (!r.url().startsWith('data:') && origin !== app.origin && origin !== embedder)
				problems.push(`request left the app: ${r.url()}`);
		});
		await page.route(`${embedder}/**`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><title>A blog</title><iframe src="${app.origin}/?embed=1" title="map" width="800" height="520"></iframe>`
			})
		);
		await page.addInitScript(recordViolations);
		await page.goto(`${embedder}/post`);
		const frame = await frameFor(page, /embed=1/);
		await ready(frame, true);
		await expectNoViolations(frame, 'cross-site iframe /?embed=1');
		expect(problems, problems.join('\n')).toEqual([]);
	}
);

test.describe('host headers', () => {
	const rules = parseHeaders(
		readFileSync(new URL('../../static/_headers', import.meta.url), 'utf8')
	);

	test('pages get the security headers', async ({ request }) => {
		for (const p of PAGES) {
			const res = await request.get(p.path);
			expect(res.status(), p.path).toBe(200);
			const h = res.headers();
			// Literal values, so a change to static/_headers is a decision the test sees.
			expect(h['content-security-policy'], p.path).toBe(
				"frame-ancestors *; base-uri 'self'; form-action 'self'"
			);
			expect(h['x-content-type-options'], p.path).toBe('nosniff');
			expect(h['referrer-policy'], p.path).toBe('strict-origin-when-cross-origin');
			expect(h['cross-origin-opener-policy'], p.path).toBe('same-origin');
			for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
				expect(h['permissions-policy'], `${p.path}: ${feature}`).toContain(`${feature}=()`);
			expect(h['cache-control'] ?? '', `${p.path}: pages are not cached as immutable`).not.toMatch(
				/immutable/
			);
			for (const [name, value] of headersFor(rules, new URL(p.path, 'http://x').pathname))
				expect(h[name.toLowerCase()], `${p.path}: ${name}`).toBe(value);
		}
	});

	test('hashed assets are immutable for a year, and the .mjs worker is JavaScript', async ({
		page,
		request
	}) => {
		const assets: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/_app/immutable/')) assets.push(r.url());
		});
		const workerRequest = page.waitForRequest((r) =>
			/\/maplibre-gl-worker[^/]*\.mjs$/.test(new URL(r.url()).pathname)
		);
		await page.goto('/');
		const worker = (await workerRequest).url();
		for (const url of [worker, ...assets.filter((u) => /\.(js|css)$/.test(u)).slice(0, 3)]) {
			const res = await request.get(url);
			expect(res.status(), url).toBe(200);
			expect(res.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
			expect(res.headers()['x-content-type-options'], url).toBe('nosniff');
		}
		const res = await request.get(worker);
		// A module worker is refused unless served with a JavaScript MIME type.
		expect(res.headers()['content-type'], worker).toMatch(/^(text|application)\/javascript\b/);
	});

	test('the _headers file itself is not served', async ({ request }) => {
		expect((await request.get('/_headers')).status()).toBe(404);
	});
});

// Links someone could send: script in query keys, values and the hash. The URL codec should drop
// or ignore all of it; whatever it misses, the policy must stop. Nothing may run, no handler
// attribute or javascript: link may reach the DOM, and the Embed snippet must stay one iframe.
const HOSTILE = [
	{ name: 'script in a query value', path: '/?overlays=<script>pwn("q-value")</script>&view=ja' },
	{
		name: 'markup in a query key and in the hash',
		path: '/islands/iturup?<img src=x onerror=pwn("q-key")>=1&year=1956#map=<svg/onload=pwn("hash")>'
	},
	{
		name: 'javascript: in a value and the hash, embedded',
		path: `/articles/${SLUG}?embed=1&lead=javascript:pwn("js-value")#javascript:pwn("js-hash")`
	},
	{
		name: 'attribute break-out attempts',
		path: `/articles/${SLUG}/passages/3?view="><script>pwn("attr")</script>&'-pwn('sq')-'=1#"onmouseover="pwn('hash-attr')`
	},
	{ name: 'closing the title', path: '/about?q=</title><script>pwn("title")</script>' }
];

test.describe('hostile links', () => {
	for (const h of HOSTILE) {
		test(`${h.name} runs nothing`, async ({ page }) => {
			await page.addInitScript(recordViolations);
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await page.goto(h.path);
			const map = !h.path.startsWith('/about');
			await ready(page, map);
			const share = page.getByRole('button', { name: 'Embed' });
			if (await share.isVisible()) {
				await share.click();
				const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
				// Parsed on a blank page: the app's own policy would (rightly) refuse the snippet's
				// style attribute while parsing, and the test would report its own parse.
				const blank = await page.context().newPage();
				const parsed = await blank.evaluate((html) => {
					const doc = new DOMParser().parseFromString(html, 'text/html');
					const els = [...doc.body.querySelectorAll('*')];
					return {
						tags: els.map((e) => e.tagName.toLowerCase()),
						attrs: els.flatMap((e) => [...e.attributes].map((a) => a.name)),
						src: doc.querySelector('iframe')?.getAttribute('src') ?? ''
					};
				}, code);
				await blank.close();
				expect(parsed.tags, `${h.path}: the snippet is one iframe`).toEqual(['iframe']);
				expect(
					parsed.attrs.filter((a) => a.startsWith('on')),
					`${h.path}: handlers`
				).toEqual([]);
				expect(new URL(parsed.src).origin, `${h.path}: snippet src`).toBe(
					new URL(page.url()).origin
				);
				await page.getByRole('button', { name: 'Close', exact: true }).click();
			}
			const dom = await page.evaluate(() => ({
				handlers: [...document.querySelectorAll('*')].flatMap((el) =>
					[...el.attributes]
						.filter((a) => a.name.startsWith('on'))
						.map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)
				),
				jsLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
					.map(
						(el) =>
							el.getAttribute('href') ??
							el.getAttribute('src') ??
							el.getAttribute('action') ??
							el.getAttribute('formaction') ??
							''
					)
					.filter((v) => /^\s*javascript:/i.test(v)),
				title: document.title
			}));
			expect(dom.handlers, `${h.path}: event-handler attributes in the DOM`).toEqual([]);
			expect(dom.jsLinks, `${h.path}: javascript: URLs in the DOM`).toEqual([]);
			expect(dom.title, `${h.path}: title`).not.toMatch(/<|pwn/);
			expect(await page.evaluate(() => window.__hostile), `${h.path}: payloads that ran`).toEqual(
				[]
			);
			expect(dialogs, `${h.path}: dialogs opened`).toEqual([]);
			await expectNoViolations(page, `${h.name} ${h.path}`);
		});
	}
});
