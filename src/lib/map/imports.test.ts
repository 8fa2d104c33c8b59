// The map sits below the URL layer: it gets the camera from its props and reports it back through a
// callback, and owns the camera's type itself (camera-form.ts). It imports nothing from src/lib/url,
// and neither does the measure tool's point helper, which the map's markers use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAP = fileURLToPath(new URL('.', import.meta.url));
const POINTS = fileURLToPath(new URL('../measure/points.ts', import.meta.url));
const IMPORT =
	/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('src/lib/map imports', () => {
	it('nothing from src/lib/url, in the map or in measure/points.ts', () => {
		const files = [...sources(MAP), POINTS];
		expect(files.some((f) => f.endsWith('MapView.svelte'))).toBe(true);
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(IMPORT)) {
				const specifier = m[1] ?? m[2] ?? '';
				expect(specifier, `${file} imports ${specifier}`).not.toMatch(/(^|\/)url\//);
			}
		}
	});
});
