// Which layer may import which: the data layer sits under everything that draws or routes, and the
// share cards (scripts/og) are drawn from the data, not from the browser map.
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
	it('the data layer imports nothing from content, map, url or components', () => {
		const found = offending(
			['src/lib/data'],
			/^(#lib\/|\$lib\/|\.\.\/)(content|map|url|components)\//
		);
		// The article schemas still import the article model; they are to move to content/.
		const known = ['src/lib/data/schema.ts imports #lib/content/model.ts'];
		expect(found.filter((f) => !known.includes(f))).toEqual([]);
	});

	it('the share cards import nothing from the browser map', () => {
		const found = offending(['scripts/og'], /(#lib\/|\$lib\/|src\/lib\/)map\//);
		expect(found).toEqual([]);
		// The test reads what it means to: the cards do import the data layer's colours.
		expect(offending(['scripts/og'], /#lib\/data\/colors\.ts$/).length).toBeGreaterThan(0);
	});
});
