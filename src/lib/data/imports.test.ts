// The data layer is the bottom of the project: content, map, url and components all read ids and
// facts from it, so an import the other way would make a cycle and pull their code into every page
// and script that reads the data (scripts/og among them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const IMPORT =
	/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const ABOVE = /(^|\/)(content|map|url|components)\//;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? sources(join(dir, entry.name)).map((f) => join(entry.name, f))
			: /\.(ts|js|svelte)$/.test(entry.name)
				? [entry.name]
				: []
	);
}

describe('src/lib/data imports', () => {
	it('nothing from content, map, url or components', () => {
		// This file names imports from above on purpose, to show the pattern finds them.
		const files = sources(DIR).filter((f) => f !== 'imports.test.ts');
		expect(files).toContain('schema.ts');
		for (const file of files) {
			const text = readFileSync(join(DIR, file), 'utf8');
			const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
			if (file === 'schema.ts') expect(specifiers).toContain('./check.ts');
			for (const s of specifiers) expect(s, `${file} imports ${s}`).not.toMatch(ABOVE);
		}
	});

	it('would catch an import from above', () => {
		const text = "import { x } from '#lib/content/model.ts';\nimport('$lib/map/style.ts');";
		const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
		expect(specifiers.filter((s) => ABOVE.test(s))).toHaveLength(2);
	});
});
