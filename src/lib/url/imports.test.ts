// The URL layer sits below content and map: it must not pull article bodies or MapLibre code into
// every page that reads the URL. And it keeps the query and the hash only: paths are the router's
// (src/lib/routing/view.ts), so none is written here (src/lib/url/README.md). The one exception is
// the camera's value type and canonical form, which the map owns (src/lib/map/camera-form.ts) and
// which imports nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const IMPORT =
	/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

describe('src/lib/url imports', () => {
	const CAMERA_FORM = '#lib/map/camera-form.ts';

	it('the camera’s form, which the URL may import from the map, imports nothing', () => {
		const text = readFileSync(join(DIR, '../map/camera-form.ts'), 'utf8');
		expect([...text.matchAll(IMPORT)]).toEqual([]);
	});

	it('nothing from src/lib/content or src/lib/map but the camera’s form', () => {
		const files = readdirSync(DIR).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'));
		expect(files).toContain('app.svelte.ts');
		for (const file of files) {
			const text = readFileSync(join(DIR, file), 'utf8');
			const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
			if (file === 'app.svelte.ts') expect(specifiers).toContain('./state.ts');
			for (const s of specifiers.filter((s) => s !== CAMERA_FORM))
				expect(s, `${file} imports ${s}`).not.toMatch(/(^|\/)(content|map)\//);
		}
	});

	it('the codec is pure: nothing from SvelteKit, the routes or the router', () => {
		const text = readFileSync(join(DIR, 'state.ts'), 'utf8');
		const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
		expect(specifiers).toContain('valibot');
		for (const s of specifiers)
			expect(s, `state.ts imports ${s}`).not.toMatch(/^\$app\/|@sveltejs|routing|params/);
	});

	it('no route path is written here', () => {
		const files = readdirSync(DIR).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'));
		for (const file of files) {
			// Comments may name paths; code may not build one.
			const code = readFileSync(join(DIR, file), 'utf8')
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.replace(/^\s*\/\/.*$/gm, '');
			expect(code, file).not.toMatch(/['"`}]\/?(islands|articles|about|passages|try)\b/);
			expect(code, file).not.toMatch(/\bresolve\(|\bbase\b.*\+|\$app\/paths/);
		}
	});
});
