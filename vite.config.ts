// Vite and Vitest settings only; the Svelte and SvelteKit configuration is in svelte.config.js.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor, parseHeaders } from './scripts/host/headers.ts';
import { checkSiteOrigin } from './src/lib/site-origin.ts';

/**
 * Refuses a production build without PUBLIC_SITE_ORIGIN (read like the app reads it: environment
 * and .env files), so canonical and preview URLs never quietly point at localhost. LOCAL_PREVIEW=1
 * (npm run build:local) is the explicit way to build for `npm run preview` and the e2e tests.
 */
function requireSiteOrigin(): Plugin {
	let mode = 'production';
	return {
		name: 'kuril:require-site-origin',
		apply: 'build',
		configResolved(config) {
			mode = config.mode;
		},
		// At the start of a real build only: the Kit also resolves this config for `svelte-kit sync`.
		buildStart() {
			const env = loadEnv(mode, process.cwd(), 'PUBLIC_');
			const check = checkSiteOrigin(env.PUBLIC_SITE_ORIGIN, process.env.LOCAL_PREVIEW);
			if (!check.ok) this.error(check.message);
			// The Kit runs more than one build; say it once.
			const said = globalThis as { kurilLocalNotice?: boolean };
			if (check.local && !said.kurilLocalNotice) {
				said.kurilLocalNotice = true;
				console.warn(
					`LOCAL_PREVIEW: canonical and preview URLs point at ${check.origin}; do not deploy this build.`
				);
			}
		}
	};
}

/**
 * `vite preview` sends what a static host would: the headers static/_headers gives each path (a
 * host's own headers yield to the file's, as on Netlify and Cloudflare Pages), and no _headers file
 * itself (hosts read it, they do not serve it). A syntax error stops the preview with its line.
 */
function hostHeaders(): Plugin {
	return {
		name: 'kuril:host-headers',
		configurePreviewServer(server) {
			const rules = parseHeaders(readFileSync(join(server.config.root, 'static/_headers'), 'utf8'));
			const base = process.env.BASE_PATH ?? '';
			server.middlewares.use((req, res, next) => {
				const pathname = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
				if (pathname === `${base}/_headers`) {
					res.statusCode = 404;
					res.end();
					return;
				}
				const headers = headersFor(rules, pathname);
				if (headers.length) overrideOnWrite(res, headers);
				next();
			});
		}
	};
}

/** Sets `headers` when the response head is written, over whatever a later middleware set. */
function overrideOnWrite(res: ServerResponse, headers: [string, string][]): void {
	const names = new Set(headers.map(([name]) => name.toLowerCase()));
	const writeHead = res.writeHead;
	res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		// writeHead(status, [message], [headers]): headers passed here would win over setHeader.
		for (const arg of args.slice(1))
			if (arg && typeof arg === 'object' && !Array.isArray(arg))
				for (const key of Object.keys(arg))
					if (names.has(key.toLowerCase())) delete (arg as Record<string, unknown>)[key];
		for (const [name, value] of headers) this.setHeader(name, value);
		return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
	} as ServerResponse['writeHead'];
}

export default defineConfig({
	plugins: [requireSiteOrigin(), hostHeaders(), sveltekit()],
	// PUBLIC_ variables are readable in the browser (the optional online basemap URL).
	envPrefix: ['VITE_', 'PUBLIC_'],
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// A loaded 2-core machine runs some tests (CLI processes, image rendering) many times slower
		// than an idle one; a limit only catches a hang, never decides on speed.
		testTimeout: 60_000,
		hookTimeout: 180_000
	}
});
