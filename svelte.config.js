// The Svelte and SvelteKit configuration. The project is on the SvelteKit 2 line (2.70.x), which
// reads this file; SvelteKit 3 refuses it. vite.config.ts keeps only the Vite and Vitest settings.
import { loadEnv } from 'vite';
import { staticHostAdapter } from './scripts/host/adapter.ts';
import { contentSecurityPolicy } from './scripts/host/csp.ts';
import { LOCAL_PREVIEW_ORIGIN, checkSiteOrigin } from './src/lib/site-origin.ts';
import { readFileSync } from 'node:fs';
import { TIMELINE_YEARS, VIEWPOINTS } from './src/lib/data/types.ts';

// The basemap settings as the app will see them: Vite reads .env files as well as the environment,
// so the policy must too, or a basemap set in .env would be blocked by the page's own policy.
const env = loadEnv('production', process.cwd(), ['PUBLIC_BASEMAP_', 'BASEMAP_']);

/** The languages, as project.inlang/settings.json lists them (the base one, English, first). */
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
/** @type {string[]} */
const locales = settings.locales;

// The origin the app writes its absolute URLs on (src/lib/site.ts, the same rule), and the one the
// prerenderer crawls from: every page names its versions in the other languages with absolute
// <link rel="alternate" hreflang> URLs on this origin (src/lib/i18n/Alternates.svelte), so the
// crawler follows them and prerenders each page in every language even where no <a> leads there.
const siteOrigin = (() => {
	const check = checkSiteOrigin(
		loadEnv('production', process.cwd(), 'PUBLIC_').PUBLIC_SITE_ORIGIN,
		'1'
	);
	return check.ok ? check.origin : LOCAL_PREVIEW_ORIGIN;
})();

/**
 * A not-found page per language, where a static host looks for it (the nearest 404.html up the
 * tree): titled and marked in its language. Read from the message files themselves, since the
 * compiled messages (src/lib/paraglide/) do not exist yet when this file is read on a fresh checkout.
 */
const notFoundPages = Object.fromEntries(
	locales.map((lang) => {
		const messages = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8'));
		const file = lang === settings.baseLocale ? '404.html' : `${lang}/404.html`;
		return [file, { lang, title: messages.error_document_title }];
	})
);

// BUILD_OUT (a folder inside the project) takes the build and the Kit's working files instead of
// build/ and .svelte-kit/, so a second build (tests/unit/base-path.test.ts builds with a base path)
// leaves the main one alone. Inside the project: the Kit's generated modules import from
// node_modules.
/**
 * Data a page fetches only when the reader asks for it (src/lib/content/on-demand.svelte.ts): no
 * page fetches it while prerendering, so the crawler cannot find it. The base language's copies are
 * the routes' own entries; each other language's are listed here.
 */
const onDemandData = [
	...TIMELINE_YEARS.map((year) => `/data/timeline/${year}.json`),
	...VIEWPOINTS.map((viewpoint) => `/data/viewpoints/${viewpoint}.json`),
	'/data/measure-presets.json',
	'/data/overlays/details.json'
];

const out = process.env.BUILD_OUT;
const pages = out ? `${out}/build` : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		...(out ? { outDir: `${out}/.svelte-kit` } : {}),
		// Every page is prerendered: the build is a folder any static host or CDN can serve. The
		// fallback is what hosts serve for a path they do not hold; the wrapper titles it and puts
		// the _headers rules under BASE_PATH (scripts/host/adapter.ts).
		adapter: staticHostAdapter({
			pages,
			assets: pages,
			fallback: '404.html',
			strict: true,
			notFoundPages
		}),
		// BASE_PATH serves the static build from a sub-path (e.g. /kuril-explorer on a project page).
		// Absolute links everywhere: resolve() (src/lib/routing/view.ts), canonical URLs and previews
		// need the real path.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: false
		},
		prerender: {
			origin: siteOrigin,
			// Every route without parameters, and each language's home: the crawl starts in every
			// language, whatever links a page has or lacks.
			entries: [
				'*',
				...locales
					.filter((l) => l !== settings.baseLocale)
					.flatMap((l) => [`/${l}`, ...onDemandData.map((path) => `/${l}${path}`)])
					.map((path) => /** @type {`/${string}`} */ (path))
			],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Only small stylesheets go into the page's HTML; the map layout's and the shell's (about 25 KB
		// raw, 6 KB gzip) are <link>s to hashed, immutable files, fetched once and cached for every other
		// page. Inlined, they were a fifth of every prerendered page: an archive of a thousand articles
		// writes about fifteen thousand pages, and readers who open a second page paid for them again.
		// A first visit pays a request for each, which the browser fetches before the modulepreloads.
		// The Kit hashes the inlined styles into the page's policy (csp below).
		inlineStyleThreshold: 2 * 1024,
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
