// Vite and Vitest settings only; the Svelte and SvelteKit configuration is in svelte.config.js.
import { readFileSync } from 'node:fs';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { splitMessages } from './scripts/i18n/split-messages.ts';
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
 * Paraglide compiles messages/{en,ja,ru}.json into src/lib/paraglide/; its options are in
 * project.inlang/paraglide.config.js, shared with `paraglide-js compile`. In the browser each
 * language's messages come as a chunk of their own (scripts/i18n/split-messages.ts).
 */
function i18n(): Plugin[] {
	const plugin = paraglideVitePlugin({ project: './project.inlang' });
	const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
		locales: string[];
		baseLocale: string;
	};
	return [
		...(Array.isArray(plugin) ? plugin : [plugin]),
		splitMessages(settings.locales, settings.baseLocale)
	];
}

/**
 * What every page loads, as one file: the root layout with everything it imports, and the Svelte
 * and Kit runtimes. Left to itself the bundler cuts that into a dozen chunks (one per set of pages
 * sharing a module), and each file is compressed on its own; as one, / loads 76.0 KB of gzip
 * JavaScript instead of 79.6 and 13 files instead of 25, and every other page about as much less
 * (npm run bench:routes). Only static imports follow the root layout in: what a page imports on
 * demand (the search code, the dialogs, the interactive map, the article cleaner) stays apart.
 */
function everyPage(id: string): boolean {
	return (
		id.endsWith('/src/routes/+layout.svelte') ||
		/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue)[\\/]/.test(id)
	);
}

export default defineConfig({
	plugins: [requireSiteOrigin(), ...i18n(), sveltekit()],
	// PUBLIC_ variables are readable in the browser (the optional online basemap URL).
	envPrefix: ['VITE_', 'PUBLIC_'],
	build: {
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: 'shell', test: everyPage }] } }
		}
	},
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
