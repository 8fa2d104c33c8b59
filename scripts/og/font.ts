// Advance widths straight from an OpenType file (cmap format 12 + hmtx), so that text on the cards
// is wrapped by the widths resvg will actually draw, for Latin, Cyrillic and CJK alike.

import { readFileSync } from 'node:fs';

export type FontMetrics = {
	/** Advance width of a code point in em; the font's .notdef width when it has no glyph. */
	advance(codePoint: number): number;
	/** Whether the font has a glyph for the code point (a card drawn without one shows a box). */
	has(codePoint: number): boolean;
};

export function readMetrics(file: string): FontMetrics {
	const data = readFileSync(file);
	const tables = new Map<string, number>();
	const numTables = data.readUInt16BE(4);
	for (let i = 0; i < numTables; i++) {
		const at = 12 + i * 16;
		tables.set(data.toString('latin1', at, at + 4), data.readUInt32BE(at + 8));
	}
	const table = (tag: string): number => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
		return offset;
	};

	const unitsPerEm = data.readUInt16BE(table('head') + 18);
	const numberOfHMetrics = data.readUInt16BE(table('hhea') + 34);
	const hmtx = table('hmtx');
	const advanceOf = (glyph: number) =>
		data.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

	// Format 12 (platform 3, encoding 10) is the one subtable that reaches past the BMP.
	const cmap = table('cmap');
	let groups = -1;
	for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
		const at = cmap + 4 + i * 8;
		const sub = cmap + data.readUInt32BE(at + 4);
		if (
			data.readUInt16BE(at) === 3 &&
			data.readUInt16BE(at + 2) === 10 &&
			data.readUInt16BE(sub) === 12
		)
			groups = sub;
	}
	if (groups < 0) throw new Error(`${file}: no Unicode full-repertoire cmap`);
	const count = data.readUInt32BE(groups + 12);
	const group = (i: number) => groups + 16 + i * 12;

	const glyphOf = (codePoint: number): number => {
		let lo = 0;
		let hi = count - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const start = data.readUInt32BE(group(mid));
			const end = data.readUInt32BE(group(mid) + 4);
			if (codePoint < start) hi = mid - 1;
			else if (codePoint > end) lo = mid + 1;
			else return data.readUInt32BE(group(mid) + 8) + codePoint - start;
		}
		return 0;
	};

	const cache = new Map<number, number>();
	return {
		advance(codePoint) {
			const hit = cache.get(codePoint);
			if (hit !== undefined) return hit;
			const width = advanceOf(glyphOf(codePoint));
			cache.set(codePoint, width);
			return width;
		},
		has: (codePoint) => glyphOf(codePoint) !== 0
	};
}
