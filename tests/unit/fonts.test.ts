// The shipped faces (static/fonts, declared by src/lib/data/fonts.generated.css) draw every
// character of every message in en, ja and ru, every name and text the data shows, and what Intl
// writes in each language, so no page shows boxes on a machine without a Japanese or Cyrillic
// font. The check is made as a browser makes it: for each character, the last declared face whose
// unicode-range holds it must have it in its cmap. An English or Russian page must also never need
// the Japanese face. The cmaps are read from the WOFF2 files themselves (a WOFF2 file is a table
// directory and one Brotli stream, and the cmap is stored untransformed), with Node's own zlib.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FACES, intlSamples, isInvisible, messageTexts } from '../../geodata/fonts.ts';
import { FONT_FACES } from '#lib/data/geodata.generated.ts';
import { ALL_PLACES } from '#lib/data/places.ts';
import {
	COLLECTIVE_TERMS,
	NON_DISPUTED_TERMS,
	KURIL_NAMES,
	PLACE_ALIASES
} from '#lib/data/terms.ts';
import { SOURCES } from '#lib/data/sources.ts';
import { GLOSSARY } from '#lib/data/glossary.ts';
import { POSITIONS } from '#lib/data/positions.ts';
import { TIMELINE } from '#lib/data/timeline.ts';
import { ISLAND_FACTS } from '#lib/data/island-facts.ts';
import { OVERLAY_TEXT } from '#lib/data/overlays.ts';
import { readArticles } from '#lib/content/article-files.ts';
import type { Article } from '#lib/content/model.ts';

const ROOT = join(import.meta.dirname, '../..');
const RECUT =
	'a character the faces lack: `npm run geodata` cuts them again from the messages and data';

// ---------------------------------------------------------------------------------------------
// Reading a font's cmap

/** The code points an sfnt's cmap maps to a glyph other than .notdef (formats 4 and 12). */
export function sfntCmap(font: Buffer, cmapOffset: number): Set<number> {
	const out = new Set<number>();
	const n = font.readUInt16BE(cmapOffset + 2);
	for (let i = 0; i < n; i++) {
		const rec = cmapOffset + 4 + i * 8;
		const platform = font.readUInt16BE(rec);
		const sub = cmapOffset + font.readUInt32BE(rec + 4);
		const format = font.readUInt16BE(sub);
		if (platform !== 0 && platform !== 3) continue;
		if (format === 12) {
			const groups = font.readUInt32BE(sub + 12);
			for (let g = 0; g < groups; g++) {
				const at = sub + 16 + g * 12;
				const [start, end, glyph] = [0, 4, 8].map((o) => font.readUInt32BE(at + o)) as [
					number,
					number,
					number
				];
				for (let c = start; c <= end; c++) if (glyph + c - start !== 0) out.add(c);
			}
		} else if (format === 4) {
			const segs = font.readUInt16BE(sub + 6) / 2;
			const ends = sub + 14;
			const starts = ends + segs * 2 + 2;
			const deltas = starts + segs * 2;
			const rangeOffsets = deltas + segs * 2;
			for (let s = 0; s < segs; s++) {
				const end = font.readUInt16BE(ends + s * 2);
				const start = font.readUInt16BE(starts + s * 2);
				const delta = font.readInt16BE(deltas + s * 2);
				const ro = font.readUInt16BE(rangeOffsets + s * 2);
				for (let c = start; c <= end && c !== 0xffff; c++) {
					let glyph: number;
					if (ro === 0) glyph = (c + delta) & 0xffff;
					else {
						const g = font.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
						glyph = g === 0 ? 0 : (g + delta) & 0xffff;
					}
					if (glyph !== 0) out.add(c);
				}
			}
		}
	}
	return out;
}

/** The cmap of an OpenType (sfnt) file. */
function otfCmap(file: string): Set<number> {
	const font = readFileSync(file);
	for (let i = 0; i < font.readUInt16BE(4); i++) {
		const at = 12 + i * 16;
		if (font.toString('latin1', at, at + 4) === 'cmap')
			return sfntCmap(font, font.readUInt32BE(at + 8));
	}
	throw new Error(`${file}: no cmap`);
}

/** WOFF2's table tags by their index in the format's known-tags list (cmap is 0). */
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm'];

/** The cmap of a WOFF2 file. */
function woff2Cmap(file: string): Set<number> {
	const data = readFileSync(file);
	expect(data.toString('latin1', 0, 4)).toBe('wOF2');
	const numTables = data.readUInt16BE(12);
	let at = 48;
	const base128 = () => {
		let value = 0;
		for (let i = 0; i < 5; i++) {
			const byte = data.readUInt8(at++);
			value = value * 128 + (byte & 0x7f);
			if (!(byte & 0x80)) return value;
		}
		throw new Error('bad UIntBase128');
	};
	let offset = 0;
	let cmap: { offset: number; length: number } | undefined;
	for (let t = 0; t < numTables; t++) {
		const flags = data.readUInt8(at++);
		let tag: string;
		if ((flags & 0x3f) === 0x3f) {
			tag = data.toString('latin1', at, at + 4);
			at += 4;
		} else tag = KNOWN_TAGS[flags & 0x3f] ?? `#${flags & 0x3f}`;
		const origLength = base128();
		const version = flags >> 6;
		const glyfOrLoca = tag === 'glyf' || tag === 'loca';
		const length = (glyfOrLoca ? version === 0 : version !== 0) ? base128() : origLength;
		if (tag === 'cmap') cmap = { offset, length };
		offset += length;
	}
	if (!cmap) throw new Error(`${file}: no cmap`);
	const compressed = data.readUInt32BE(20);
	const tables = brotliDecompressSync(data.subarray(at, at + compressed));
	return sfntCmap(tables.subarray(cmap.offset, cmap.offset + cmap.length), 0);
}

// ---------------------------------------------------------------------------------------------
// The faces as the page declares them

type Face = { file: string; ranges: [number, number][]; cmap: Set<number> };

const css = readFileSync(join(ROOT, 'src/lib/data/fonts.generated.css'), 'utf8');
const faces: Face[] = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
	const file = /url\('\/fonts\/([^']+)'\)/.exec(body)?.[1] ?? '';
	const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '';
	const ranges = range.split(',').map((r) => {
		const [lo = '', hi = lo] = r.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(lo, 16), parseInt(hi, 16)] as [number, number];
	});
	return { file, ranges, cmap: woff2Cmap(join(ROOT, 'static/fonts', file)) };
});

/** The face a browser draws a character with: the last declared one whose range holds it. */
function faceFor(cp: number): Face | undefined {
	return faces.findLast((f) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
}

/**
 * Unicode's spaces (thin, narrow no-break…, which Intl writes): HarfBuzz, which browsers shape
 * with, draws them with the font's U+0020 at their own width when the font has no glyph.
 */
const isSpace = (cp: number) => (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;

/**
 * Characters the source font itself lacks, each reviewed. The browser draws them from a system
 * font; only a machine with no font for their script at all would show a box.
 */
const NOT_IN_NOTO_SANS_JP = new Map([
	[0x406, "Ukrainian І, in one source's own title (Ітуруп, src/lib/data/sources.ts)"]
]);

/** Characters a browser would draw from no face, or from a face that lacks them. */
function missing(texts: readonly string[]): string[] {
	const bad = new Set<string>();
	for (const text of texts)
		for (const ch of text) {
			const cp = ch.codePointAt(0) ?? 0;
			if (isInvisible(cp) || NOT_IN_NOTO_SANS_JP.has(cp)) continue;
			const face = faceFor(cp);
			if (face?.cmap.has(cp) || (isSpace(cp) && face?.cmap.has(0x20))) continue;
			bad.add(`${ch} U+${cp.toString(16).toUpperCase()} (${face?.file ?? 'no face'})`);
		}
	return [...bad];
}

/** Characters that would make a page download the Japanese-only face. */
function needJapaneseFace(texts: readonly string[]): string[] {
	const ja = FACES.find((f) => f.id === 'ja')?.file;
	const out = new Set<string>();
	for (const text of texts)
		for (const ch of text) if (faceFor(ch.codePointAt(0) ?? 0)?.file === ja) out.add(ch);
	return [...out];
}

/** Every string inside a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

// What every language's pages draw besides the messages: names, the data's texts, the articles.
const labels = JSON.parse(readFileSync(join(ROOT, 'static/geo/labels.geojson'), 'utf8')) as unknown;
const DATA: string[] = strings([
	ALL_PLACES,
	PLACE_ALIASES,
	COLLECTIVE_TERMS,
	NON_DISPUTED_TERMS,
	KURIL_NAMES,
	SOURCES,
	GLOSSARY,
	POSITIONS,
	TIMELINE,
	ISLAND_FACTS,
	OVERLAY_TEXT,
	labels,
	readArticles().map(withoutJapaneseNote)
]);
/** Article date notes in Japanese: shown on /ja pages only, so drawn from the Japanese face. */
const JA_NOTES: string[] = readArticles().flatMap((a) => a.date.noteIn?.ja ?? []);

function withoutJapaneseNote(article: Article): Article {
	const { ja: _, ...noteIn } = article.date.noteIn ?? {};
	return { ...article, date: { ...article.date, noteIn } };
}

describe('the shipped font', () => {
	it('is declared as the three faces geodata/fonts.ts builds, each file present', () => {
		expect(faces.map((f) => f.file)).toEqual(FACES.map((f) => f.file));
		for (const f of faces) expect(existsSync(join(ROOT, 'static/fonts', f.file))).toBe(true);
		expect(existsSync(join(ROOT, 'static/fonts/LICENSE-NotoSansJP.txt'))).toBe(true);
		// Every page preloads the Latin and names faces; the Japanese one only when a page uses it.
		expect(FONT_FACES.map((f) => f.file)).toEqual(
			FACES.filter((f) => f.preload).map((f) => f.file)
		);
		expect(FONT_FACES.map((f) => f.file)).not.toContain(FACES.find((f) => f.id === 'ja')?.file);
		// Only the Latin face holds the space: a space in a `swap` face reflowed English text when
		// that face came late (geodata/fonts.ts).
		const withSpace = faces.filter((f) => f.ranges.some(([lo, hi]) => lo <= 0x20 && 0x20 <= hi));
		expect(withSpace.map((f) => f.file)).toEqual([FACES.find((f) => f.id === 'latin')?.file]);
	});

	it('reads cmaps right: the subsets are inside the source font, which has no private-use glyph', () => {
		const source = otfCmap(
			join(ROOT, 'node_modules/@embedpdf/fonts-jp/fonts/NotoSansJP-Regular.otf')
		);
		expect(source.has(0x629e)).toBe(true); // 択
		expect(source.has(0xe000)).toBe(false);
		for (const f of faces) {
			expect(f.cmap.size).toBeGreaterThan(30);
			for (const cp of f.cmap) expect(source.has(cp)).toBe(true);
		}
		expect(faceFor('A'.codePointAt(0) ?? 0)?.cmap.has(0x41)).toBe(true);
	});

	it.each(['en', 'ja', 'ru'])('draws every character of messages/%s.json', (locale) => {
		expect(missing(messageTexts(ROOT, locale)), RECUT).toEqual([]);
	});

	it.each([
		['en-GB', 'en'],
		['ja-JP', 'ja'],
		['ru-RU', 'ru']
	])('draws what Intl writes in %s (dates, units, lists)', (tag) => {
		expect(missing(intlSamples(tag))).toEqual([]);
	});

	it('draws every name, data text and article the pages show', () => {
		expect(DATA.length).toBeGreaterThan(1000);
		expect(missing(DATA), RECUT).toEqual([]);
		expect(JA_NOTES.length).toBeGreaterThan(0);
		expect(missing(JA_NOTES), RECUT).toEqual([]);
		// The names in each script are really there, not only in the data.
		expect(missing(['国後島', 'Кунашир', 'くなしり', '日本語', 'Русский'])).toEqual([]);
		// The exceptions are still needed: the day the source font has them, they go.
		const source = otfCmap(
			join(ROOT, 'node_modules/@embedpdf/fonts-jp/fonts/NotoSansJP-Regular.otf')
		);
		for (const cp of NOT_IN_NOTO_SANS_JP.keys()) {
			expect(source.has(cp)).toBe(false);
			expect(DATA.some((t) => t.includes(String.fromCodePoint(cp)))).toBe(true);
		}
	});

	it('leaves the Japanese face to Japanese pages', () => {
		expect(
			needJapaneseFace([
				...messageTexts(ROOT, 'en'),
				...messageTexts(ROOT, 'ru'),
				...intlSamples('en-GB'),
				...intlSamples('ru-RU'),
				...DATA
			])
		).toEqual([]);
	});
});
