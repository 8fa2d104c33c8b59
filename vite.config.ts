// SvelteKit 3 takes its configuration here: a svelte.config.js beside this file is a build error
// (`config_file_unsupported`), so the project's Svelte/Kit settings live in the plugin call below.
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit({
			// Every page is prerendered: the build is a folder any static host or CDN can serve.
			adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
			// BASE_PATH serves the static build from a sub-path (e.g. /kuril-explorer on a project page).
			// Absolute links everywhere: the URL codec, canonical URLs and previews need the real path.
			paths: { base: (process.env.BASE_PATH ?? '') as '' | `/${string}`, relative: false },
			compilerOptions: { runes: true }
		})
	],
	// PUBLIC_ variables are readable in the browser (the optional online basemap URL).
	envPrefix: ['VITE_', 'PUBLIC_'],
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
