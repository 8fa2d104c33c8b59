// The Svelte and SvelteKit configuration. The project is on the SvelteKit 2 line (2.70.x), which
// reads this file; SvelteKit 3 refuses it. vite.config.ts keeps only the Vite and Vitest settings.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered: the build is a folder any static host or CDN can serve.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// BASE_PATH serves the static build from a sub-path (e.g. /kuril-explorer on a project page).
		// Absolute links everywhere: the URL codec, canonical URLs and previews need the real path.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: false
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
