// The map draws its labels with the page's font, cut to the characters the project shows
// (fonts.ts): every label, in every language and name order, must be in the cut, or a reader with
// no Japanese or Cyrillic system font sees empty boxes on the map. Read from the built file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '#lib/data/geodata.generated.ts';

const root = new URL('..', import.meta.url).pathname;

/** The tables of a WOFF2 file (https://www.w3.org/TR/WOFF2/), untransformed ones only. */
function woff2Tables(file: Buffer): Map<string, Buffer> {
	if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
	const KNOWN =
		'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
			.match(/.{4}\s?/g)!
			.map((t) => t.slice(0, 4));
	const count = file.readUInt16BE(12);
	const compressedSize = file.readUInt32BE(20);
	let at = 48;
	const base128 = () => {
		let value = 0;
		for (let i = 0; i < 5; i++) {
			const byte = file.readUInt8(at++);
			value = value * 128 + (byte & 0x7f);
			if (!(byte & 0x80)) return value;
		}
		throw new Error('bad UIntBase128');
	};
	const entries: { tag: string; length: number; transformed: boolean }[] = [];
	for (let i = 0; i < count; i++) {
		const flags = file.readUInt8(at++);
		let tag = KNOWN[flags & 0x3f] ?? '';
		if ((flags & 0x3f) === 63) {
			tag = file.toString('latin1', at, at + 4);
			at += 4;
		}
		const version = flags >> 6;
		const origLength = base128();
		// glyf and loca are transformed at version 0; every other table at any other version.
		const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
		entries.push({ tag, length: transformed ? base128() : origLength, transformed });
	}
	const data = brotliDecompressSync(file.subarray(at, at + compressedSize));
	const tables = new Map<string, Buffer>();
	let offset = 0;
	for (const { tag, length, transformed } of entries) {
		if (!transformed) tables.set(tag, data.subarray(offset, offset + length));
		offset += length;
	}
	return tables;
}

/** Whether the font's Unicode cmap (format 4 or 12) maps a code point to a glyph. */
function hasGlyph(cmap: Buffer): (codePoint: number) => boolean {
	const subtables = new Map<number, number>();
	for (let i = 0; i < cmap.readUInt16BE(2); i++) {
		const record = 4 + i * 8;
		const format = cmap.readUInt16BE(cmap.readUInt32BE(record + 4));
		if (cmap.readUInt16BE(record) === 3 || cmap.readUInt16BE(record) === 0)
			subtables.set(format, cmap.readUInt32BE(record + 4));
	}
	const full = subtables.get(12);
	if (full !== undefined) {
		const groups = cmap.readUInt32BE(full + 12);
		return (c) => {
			for (let g = 0; g < groups; g++) {
				const at = full + 16 + g * 12;
				if (c >= cmap.readUInt32BE(at) && c <= cmap.readUInt32BE(at + 4)) return true;
			}
			return false;
		};
	}
	const bmp = subtables.get(4);
	if (bmp === undefined) throw new Error('no Unicode cmap');
	const segments = cmap.readUInt16BE(bmp + 6) / 2;
	const ends = bmp + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	return (c) => {
		if (c > 0xffff) return false;
		for (let s = 0; s < segments; s++) {
			if (c > cmap.readUInt16BE(ends + s * 2)) continue;
			const start = cmap.readUInt16BE(starts + s * 2);
			if (c < start) return false;
			const delta = cmap.readUInt16BE(deltas + s * 2);
			const rangeAt = rangeOffsets + s * 2;
			const range = cmap.readUInt16BE(rangeAt);
			if (range === 0) return ((c + delta) & 0xffff) !== 0;
			const glyph = cmap.readUInt16BE(rangeAt + range + (c - start) * 2);
			return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
		}
		return false;
	};
}

describe('the label font', () => {
	it('has a glyph for every character of every map label, in every language and name order', () => {
		const file = FONT_FACES[0]?.file ?? 'no font file';
		const cmap = woff2Tables(readFileSync(join(root, 'static/fonts', file))).get('cmap');
		if (!cmap) throw new Error(`${file}: no cmap`);
		const covered = hasGlyph(cmap);
		const labels = JSON.parse(readFileSync(join(root, 'static/geo/labels.geojson'), 'utf8')) as {
			features: { properties: Record<string, unknown> }[];
		};
		const drawn = new Set<string>();
		for (const { properties } of labels.features)
			for (const [key, value] of Object.entries(properties))
				if (key.startsWith('label') && typeof value === 'string')
					for (const ch of value) if (ch !== '\n') drawn.add(ch);
		expect(drawn.size).toBeGreaterThan(100);
		// Spot checks that the reader works: a kanji and a Cyrillic letter every label has.
		expect(['択', 'Ж', 'A'].map((ch) => covered(ch.codePointAt(0) ?? 0))).toEqual([
			true,
			true,
			true
		]);
		expect(covered(0x9b31), '鬱 is in no file of the project, so not in the cut').toBe(false);
		const missing = [...drawn].filter((ch) => !covered(ch.codePointAt(0) ?? 0));
		expect(missing, missing.join('')).toEqual([]);
	});
});
