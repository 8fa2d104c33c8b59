// The share cards (scripts/og) are drawn from the data, not from the browser map. (The data layer's
// own rule is src/lib/data/imports.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts'))
		.map((e) => join(e.parentPath, e.name));
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function imports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
}

function offending(dirs: string[], forbidden: RegExp): string[] {
	return dirs.flatMap((dir) =>
		sources(dir).flatMap((file) =>
			imports(file)
				.filter((spec) => forbidden.test(spec))
				.map((spec) => `${file} imports ${spec}`)
		)
	);
}

describe('import rules', () => {
	it('the share cards import nothing from the browser map', () => {
		const found = offending(['scripts/og'], /(#lib\/|\$lib\/|src\/lib\/)map\//);
		expect(found).toEqual([]);
		// The test reads what it means to: the cards do import the data layer's colours.
		expect(offending(['scripts/og'], /#lib\/data\/colors\.ts$/).length).toBeGreaterThan(0);
	});
});
