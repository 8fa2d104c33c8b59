// Self-hosted label and text font. The page declares it in src/app.css and preloads it; MapLibre draws
// the map's labels with the same @font-face (a CSS family in `text-font`, no glyph server, see
// src/lib/map/style.ts), so the file is downloaded once. The font is Noto Sans JP (the
// OTF in @embedpdf/fonts-jp, which covers Latin, Cyrillic, kana and kanji), cut down with harfbuzz
// (subset-font) to the characters the project can show: one small file instead of the
// dozens of unicode-range slices a CJK web font is usually split into, each a request of its own.

import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

// Regular only: a bold cut would double the bytes, and browsers embolden headings well enough.
export const FONT_FILES = { regular: 'noto-sans-jp-400.woff2' } as const;

/** Always kept, so any English or Russian UI text and common punctuation render in the font. */
const BASE_RANGES: [number, number][] = [
	[0x20, 0x7e], // Basic Latin
	[0xa0, 0x17f], // Latin-1 and Latin Extended-A (ō, ū in romaji)
	[0x400, 0x45f], // Cyrillic
	[0x2010, 0x2027], // dashes, quotes, ellipsis
	[0x2190, 0x2193], // arrows
	[0x3000, 0x3002] // ideographic space and full stops
];

/** Every character in the project's data, content and UI files. */
function charactersUsed(root: string): string {
	const used = new Set<string>();
	for (const [lo, hi] of BASE_RANGES)
		for (let c = lo; c <= hi; c++) used.add(String.fromCodePoint(c));
	const dirs = ['src/lib', 'src/routes', 'content/articles'];
	for (const dir of dirs) {
		// Only files: a route folder may be named like one (src/routes/data/articles.json/).
		for (const e of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
			if (!e.isFile() || !/\.(ts|svelte|json)$/.test(e.name) || e.name.endsWith('.test.ts'))
				continue;
			for (const ch of readFileSync(join(e.parentPath, e.name), 'utf8'))
				if (ch >= ' ') used.add(ch);
		}
	}
	return [...used].sort().join('');
}

export async function buildFonts(root: string, outDir: string): Promise<Record<string, number>> {
	const pkg = join(root, 'node_modules/@embedpdf/fonts-jp');
	const text = charactersUsed(root);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const sizes: Record<string, number> = {};
	const sources = { regular: 'NotoSansJP-Regular.otf' } as const;
	for (const weight of ['regular'] as const) {
		const font = readFileSync(join(pkg, 'fonts', sources[weight]));
		const woff2 = await subsetFont(font, text, { targetFormat: 'woff2' });
		writeFileSync(join(outDir, FONT_FILES[weight]), woff2);
		sizes[`static/fonts/${FONT_FILES[weight]}`] = woff2.byteLength;
	}
	copyFileSync(join(pkg, 'LICENSE'), join(outDir, 'LICENSE-NotoSansJP.txt'));
	return sizes;
}
