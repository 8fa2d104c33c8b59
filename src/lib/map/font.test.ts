// The page loads, before the map starts, the faces the labels' characters are drawn with (font.ts).
// They must be the preloaded faces (no download the page would not make anyway) and have every
// character, or it would be drawn in a system font: boxes, on a machine without a Japanese font.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '#lib/data/geodata.generated.ts';
import { PAGE_FONT, facesFor, inRange, labelText } from './font.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The page's faces of PAGE_FONT in declaration order, as document.fonts lists them. */
const FACES = [...read('../data/fonts.generated.css').matchAll(/@font-face\s*{([^}]*)}/g)]
	.map(([, body = '']) => ({
		family: /font-family:\s*'([^']+)'/.exec(body)?.[1],
		file: /url\('[^']*\/([^'/]+)'\)/.exec(body)?.[1] ?? '',
		unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? ''
	}))
	.filter((f) => f.family === PAGE_FONT);

const LABELS = labelText(
	JSON.parse(read('../../../static/geo/labels.geojson')) as GeoJSON.FeatureCollection
);

describe('the labels’ font', () => {
	it('reads CSS unicode ranges', () => {
		expect(inRange('U+20-7E, U+A0-17F', 0x41)).toBe(true);
		expect(inRange('U+20-7E, U+A0-17F', 0x7f)).toBe(false);
		expect(inRange('U+3042, U+4E00', 0x4e00)).toBe(true);
		expect(inRange('U+4??', 0x45f)).toBe(true);
		expect(inRange('U+4??', 0x500)).toBe(false);
	});

	it('chooses, for each character, the last face declared with it, as CSS does', () => {
		const faces = [
			{ unicodeRange: 'U+2E80-9FFF', id: 'wide' },
			{ unicodeRange: 'U+4E00', id: 'narrow' }
		];
		expect(facesFor(faces, '一').map((f) => f.id)).toEqual(['narrow']);
		expect(facesFor(faces, '二').map((f) => f.id)).toEqual(['wide']);
		expect(facesFor(faces, 'A')).toEqual([]);
	});

	it('loads exactly the preloaded faces for the labels, which have every character', () => {
		expect(FACES).toHaveLength(3);
		// Latin, Cyrillic and Japanese all appear, so each script is checked.
		for (const script of [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}/u])
			expect([...LABELS].some((ch) => script.test(ch))).toBe(true);
		expect(
			facesFor(FACES, LABELS)
				.map((f) => f.file)
				.sort()
		).toEqual(FONT_FACES.map((f) => f.file).sort());
		const chosen = facesFor(FACES, LABELS);
		const missing = [...LABELS].filter(
			(ch) => !chosen.some((f) => inRange(f.unicodeRange, ch.codePointAt(0) ?? 0))
		);
		expect(missing).toEqual([]);
	});
});
