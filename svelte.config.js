// The Svelte and SvelteKit configuration. The project is on the SvelteKit 2 line (2.70.x), which
// reads this file; SvelteKit 3 refuses it. vite.config.ts keeps only the Vite and Vitest settings.
import adapter from '@sveltejs/adapter-static';
import { loadEnv } from 'vite';
import { contentSecurityPolicy } from './scripts/host/csp.ts';

// The basemap settings as the app will see them: Vite reads .env files as well as the environment,
// so the policy must too, or a basemap set in .env would be blocked by the page's own policy.
const env = loadEnv('production', process.cwd(), ['PUBLIC_BASEMAP_', 'BASEMAP_']);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered: the build is a folder any static host or CDN can serve.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// BASE_PATH serves the static build from a sub-path (e.g. /kuril-explorer on a project page).
		// Absolute links everywhere: resolve() (src/lib/routing/view.ts), canonical URLs and previews
		// need the real path.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: false
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Each page's CSS (about 6 KB gzip) goes into its HTML: a <link> waits behind the page's
		// modulepreloads for a connection, and the first paint (the still SVG map) waits for it.
		// The Kit hashes the inlined styles into the page's policy (csp below).
		inlineStyleThreshold: 64 * 1024,
		// Hash mode: a static host cannot mint a nonce per response, so the Kit writes the policy into
		// each page's <meta http-equiv> with the hash of that page's inline boot script.
		csp: {
			mode: 'hash',
			directives:
				/** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */ (
					contentSecurityPolicy(env)
				)
		}
	}
};

export default config;
