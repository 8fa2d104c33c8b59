// The labels' font, loaded before the map lays any label out. MapLibre draws label glyphs in the
// page with the CSS font family the style names (style.ts, FONT) and keeps each glyph as first
// drawn; it waits for that family's Latin face only (document.fonts.load without text). The names'
// kana, kanji and Cyrillic are in a face of their own (src/lib/data/fonts.generated.css): had it not
// arrived when they were first drawn, they stayed in a system font for the page's life, which on a
// machine without a Japanese font is boxes.
//
// So the page loads, before it creates the map, the faces that the labels' characters fall in,
// chosen as CSS chooses them (the last face declared whose unicode-range has the character): the
// preloaded names and Latin faces, not the Japanese face for prose. The page's own faces are
// loaded, not copies: a copy of a face under another family is a second request for its file.

/** The page's font family (src/app.css), which the labels are drawn in. */
export const PAGE_FONT = 'Noto Sans JP';

/** Whether a CSS unicode-range ('U+20-7E, U+A0') has a code point. */
export function inRange(range: string, codePoint: number): boolean {
	return range.split(',').some((part) => {
		const [lo = '', hi] = part.trim().replace(/^U\+/i, '').split('-');
		if (lo.includes('?'))
			return (
				codePoint >= parseInt(lo.replace(/\?/g, '0'), 16) &&
				codePoint <= parseInt(lo.replace(/\?/g, 'F'), 16)
			);
		return codePoint >= parseInt(lo, 16) && codePoint <= parseInt(hi ?? lo, 16);
	});
}

/** The faces CSS draws `text` with: for each character, the last one whose range has it. */
export function facesFor<F extends { unicodeRange: string }>(
	faces: readonly F[],
	text: string
): F[] {
	const chosen = new Set<F>();
	for (const ch of new Set(text)) {
		const cp = ch.codePointAt(0) ?? 0;
		const face = faces.findLast((f) => inRange(f.unicodeRange || 'U+0-10FFFF', cp));
		if (face) chosen.add(face);
	}
	return [...chosen];
}

/** Every character the labels can show, in any language and name order (labels.geojson). */
export function labelText(labels: GeoJSON.FeatureCollection | undefined): string {
	const text = new Set<string>();
	for (const { properties } of labels?.features ?? [])
		for (const [key, value] of Object.entries(properties ?? {}))
			if (key.startsWith('label') && typeof value === 'string')
				for (const ch of value) if (ch.trim()) text.add(ch);
	return [...text].join('');
}

/**
 * Loads the page's faces that `text` is drawn with. A face that fails leaves its characters to a
 * system font, as before; the map starts anyway.
 */
export async function loadLabelFont(text: string): Promise<void> {
	if (typeof document === 'undefined' || !document.fonts || !text) return;
	const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === PAGE_FONT);
	await Promise.all(facesFor(faces, text).map((face) => face.load().catch(() => undefined)));
}
