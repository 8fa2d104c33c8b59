// The fonts a batch of cards is drawn with: the bundled OTFs cut (harfbuzz, through subset-font) to
// the characters the batch writes.
//
// resvg-js reads a font file from disk again each time it lays out or outlines text: about 380
// reads of the whole 4.5 MB file per card (strace), which was most of the og step's time, and
// most of it system time. A cut of 50–100 KB makes those reads cheap. What is drawn does not
// change: every glyph keeps its outline, advance and layout rules, and every name the lookup by
// family and weight reads is kept, so a card drawn with a cut holds the same pixels as one drawn
// with the whole font (tests/unit/og.test.ts compares them), and the cache key stays the whole
// font's hash however the batch was cut.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_FILES } from './text.ts';

// Every name record a font can hold (OpenType defines 0–25): fontdb finds the face by its family
// and weight names, and the typographic family (16, 17) must survive the cut.
const NAME_IDS = Array.from({ length: 26 }, (_, i) => i);

/** The text content of every <text> in an SVG written by card.ts or map.ts, unescaped. */
export function svgText(svg: string): string {
	return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
		.map((m) =>
			(m[1] ?? '')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&')
		)
		.join('');
}

/**
 * Writes FONT_FILES cut to the characters of `text` into dir (same file names, so the same order:
 * regular, bold) and returns their paths.
 */
export async function subsetFonts(text: string, dir: string): Promise<string[]> {
	// The same set of characters in any order gives the same cut.
	const chars = [...new Set(text)].sort().join('');
	mkdirSync(dir, { recursive: true });
	return Promise.all(
		FONT_FILES.map(async (file) => {
			const cut = await subsetFont(readFileSync(file), chars, {
				targetFormat: 'sfnt',
				preserveNameIds: NAME_IDS
			});
			const out = join(dir, basename(file));
			writeFileSync(out, cut);
			return out;
		})
	);
}
