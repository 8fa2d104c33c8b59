// Vite and Vitest settings only; the Svelte and SvelteKit configuration is in svelte.config.js.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// PUBLIC_ variables are readable in the browser (the optional online basemap URL).
	envPrefix: ['VITE_', 'PUBLIC_'],
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
