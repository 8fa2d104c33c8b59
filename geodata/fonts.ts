// Self-hosted text and label font: Noto Sans JP (the OTF in @embedpdf/fonts-jp, which covers Latin,
// Cyrillic, kana and kanji), cut with harfbuzz (subset-font) to the characters the project can show,
// in three faces of one CSS family that the page tells apart by `unicode-range`:
//
//   latin  Latin, digits, punctuation and symbols of every language's pages. `optional`: every
//          machine has a Latin font, so a late file only means a system typeface for that page,
//          never boxes, and the text does not reflow under the reader when it arrives (a reading
//          page shifted by 0.086 with `swap`).
//   names  Cyrillic, and the kana and kanji every language's pages show: place names, the sides'
//          own terms, titles of Japanese sources, the English and Russian messages. `swap`: a
//          machine without a Japanese or Cyrillic font would otherwise show boxes for the whole
//          page (Chromium keeps an `optional` face that missed its window out of that page,
//          canvas included, which is how the map's labels turned into boxes on such a machine).
//          The face holds no space: with U+0020 in its range a late arrival changed the width of
//          every space of the English text (CLS 0.063 on a passage page, against 0.000 without).
//          It is preloaded, and the names in the page's HTML ask for it before MapLibre rasterises
//          its labels in this family (src/lib/map/style.ts).
//   ja     The kana and kanji only the Japanese messages use. `swap`, not preloaded, and declared
//          first with the whole of the CJK blocks as its range: the names face, declared later,
//          wins for its own characters, so an English or Russian page never asks for this file
//          and a Japanese page downloads it once.
//
// The latin and names faces are preloaded by src/routes/+layout.svelte (FONT_FACES); the rules
// are written to src/lib/data/fonts.generated.css, which src/app.css imports, so they are inlined
// with the page's CSS. tests/unit/fonts.test.ts reads the files' cmaps and checks that every
// character of every message and every name the pages draw is in the face that a browser picks.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import subsetFont from 'subset-font';

export type FaceId = 'latin' | 'names' | 'ja';

export interface FaceSpec {
	id: FaceId;
	/** File name under static/fonts/. */
	file: string;
	display: 'optional' | 'swap';
	/** Preloaded by every page (FONT_FACES); the ja face is fetched only by a page that uses it. */
	preload: boolean;
}

/** In the order the CSS declares them: a later face wins the characters two faces share. */
export const FACES: readonly FaceSpec[] = [
	{ id: 'ja', file: 'noto-sans-jp-400-ja.woff2', display: 'swap', preload: false },
	{ id: 'names', file: 'noto-sans-jp-400-names.woff2', display: 'swap', preload: true },
	{ id: 'latin', file: 'noto-sans-jp-400-latin.woff2', display: 'optional', preload: true }
];

export const FONT_CSS = 'src/lib/data/fonts.generated.css';

/** Always in the latin face, so any typed text and common punctuation render in the font. */
const LATIN_RANGES: [number, number][] = [
	[0x20, 0x7e], // Basic Latin
	[0xa0, 0x17f], // Latin-1 and Latin Extended-A (ō, ū in romaji)
	[0x2010, 0x2027], // dashes, quotes, ellipsis
	[0x2190, 0x2193] // arrows
];
/** Always in the names face. */
const NAMES_RANGES: [number, number][] = [
	[0x400, 0x45f], // Cyrillic
	[0x3000, 0x3002] // ideographic space and full stops
];
/** The ja face's declared range: the CJK blocks, wider than the file so the names face can win. */
const JA_RANGE = 'U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF';

export function isCjk(cp: number): boolean {
	return (
		(cp >= 0x2e80 && cp <= 0x9fff) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xffef) ||
		cp >= 0x20000
	);
}
const isCyrillic = (cp: number) => cp >= 0x400 && cp <= 0x52f;

/** Characters no font draws (controls, joiners, variation selectors): the browser handles them. */
export function isInvisible(cp: number): boolean {
	return (
		cp < 0x20 ||
		(cp >= 0x7f && cp < 0xa0) ||
		(cp >= 0x200b && cp <= 0x200f) ||
		(cp >= 0x2028 && cp <= 0x202e) ||
		(cp >= 0x2060 && cp <= 0x206f) ||
		(cp >= 0xfe00 && cp <= 0xfe0f) ||
		cp === 0xfeff
	);
}

// ---------------------------------------------------------------------------------------------
// What the pages can show

/** Files the app never renders text from: the ingester's rules and scoring scripts. */
const NOT_SHOWN = /(^|\/)(clean[^/]*|ingest|[^/]*\.score|[^/]*\.test)\.ts$/;

function filesUnder(root: string, dir: string, ext: RegExp): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && ext.test(e.name))
		.map((e) => relative(root, join(e.parentPath, e.name)))
		.filter((f) => !NOT_SHOWN.test(f) && !f.startsWith('src/lib/paraglide/'))
		.sort();
}

/** Every string value of a message file (keys and the file's $schema are not shown). */
export function messageTexts(root: string, locale: string): string[] {
	const out: string[] = [];
	const walk = (v: unknown): void => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	const json = JSON.parse(readFileSync(join(root, 'messages', `${locale}.json`), 'utf8')) as Record<
		string,
		unknown
	>;
	for (const [key, value] of Object.entries(json)) if (key !== '$schema') walk(value);
	return out;
}

/**
 * What Intl writes in a language beside the messages: month and weekday names, date ranges, units
 * and list words (2018年3月19日, 19 марта 2018 г., 12 км², A、B、C).
 */
export function intlSamples(tag: string): string[] {
	const out: string[] = [];
	const day = (m: number, d = 19) => new Date(Date.UTC(2018, m, d));
	const dateStyles: Intl.DateTimeFormatOptions[] = [
		{ year: 'numeric', month: 'long', day: 'numeric' },
		{ year: 'numeric', month: 'short', day: 'numeric' },
		{ year: 'numeric', month: 'long' },
		{ month: 'long' },
		{ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
		{ weekday: 'short' },
		{ dateStyle: 'full' },
		{ dateStyle: 'medium' }
	];
	for (const style of dateStyles) {
		const f = new Intl.DateTimeFormat(tag, { ...style, timeZone: 'UTC' });
		for (let m = 0; m < 12; m++) out.push(f.format(day(m)));
		for (let d = 12; d < 19; d++) out.push(f.format(day(0, d)));
		out.push(f.formatRange(day(2), day(2, 20)), f.formatRange(day(2), day(5)));
		out.push(f.formatRange(day(2), new Date(Date.UTC(2019, 1, 1))));
	}
	for (const unit of ['kilometer', 'meter', 'mile', 'percent', 'year', 'day'])
		for (const unitDisplay of ['short', 'long', 'narrow'] as const)
			out.push(new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay }).format(1234.5));
	out.push(
		new Intl.NumberFormat(tag, { notation: 'compact' }).format(12345),
		new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(-1234567.8)
	);
	for (const type of ['conjunction', 'disjunction', 'unit'] as const)
		out.push(new Intl.ListFormat(tag, { type }).format(['a', 'b', 'c']));
	const names = new Intl.DisplayNames(tag, { type: 'language' });
	for (const lang of ['en', 'ja', 'ru']) out.push(names.of(lang) ?? '');
	return out;
}

/**
 * An article's date note in Japanese (meta.json, date.noteIn.ja) shows on /ja pages only, so its
 * characters go to the ja face, not the names face every page preloads; the rest of the file is
 * returned as it is shown. Null for a file without one.
 */
export function japaneseNote(metaJson: string): { ja: string; rest: string } | null {
	let meta: { date?: { noteIn?: { ja?: unknown } } };
	try {
		meta = JSON.parse(metaJson) as typeof meta;
	} catch {
		return null;
	}
	const ja = meta.date?.noteIn?.ja;
	if (typeof ja !== 'string' || !meta.date?.noteIn) return null;
	delete meta.date.noteIn.ja;
	return { ja, rest: JSON.stringify(meta) };
}

/** The text each face is cut to, as sorted code points. */
export function faceCharacters(root: string): Record<FaceId, number[]> {
	const shown: string[] = [];
	const sources = [
		...filesUnder(root, 'src/lib', /\.(ts|svelte|json)$/),
		...filesUnder(root, 'src/routes', /\.(ts|svelte)$/),
		...filesUnder(root, 'content/articles', /\.json$/),
		'static/geo/labels.geojson'
	];
	const japanese = [...messageTexts(root, 'ja'), ...intlSamples('ja-JP')];
	for (const file of sources) {
		const text = readFileSync(join(root, file), 'utf8');
		const note = file.endsWith('/meta.json') ? japaneseNote(text) : null;
		if (note) japanese.push(note.ja);
		shown.push(note ? note.rest : text);
	}
	for (const locale of ['en', 'ru']) shown.push(...messageTexts(root, locale));
	shown.push(...intlSamples('en-GB'), ...intlSamples('ru-RU'));

	const latin = new Set<number>();
	const names = new Set<number>();
	const ja = new Set<number>();
	for (const [lo, hi] of LATIN_RANGES) for (let c = lo; c <= hi; c++) latin.add(c);
	for (const [lo, hi] of NAMES_RANGES) for (let c = lo; c <= hi; c++) names.add(c);
	const sort = (inJa: boolean) => (text: string) => {
		for (const ch of text) {
			const cp = ch.codePointAt(0) ?? 0;
			if (isInvisible(cp)) continue;
			if (isCyrillic(cp)) names.add(cp);
			else if (!isCjk(cp)) latin.add(cp);
			else if (inJa) ja.add(cp);
			else names.add(cp);
		}
	};
	shown.forEach(sort(false));
	japanese.forEach(sort(true));
	for (const cp of names) ja.delete(cp);
	const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
	return { latin: sorted(latin), names: sorted(names), ja: sorted(ja) };
}

/** A CSS unicode-range for a set of code points, consecutive ones merged: 'U+20-7E, U+A0'. */
export function unicodeRange(codePoints: readonly number[]): string {
	const parts: string[] = [];
	const hex = (n: number) => n.toString(16).toUpperCase();
	for (let i = 0; i < codePoints.length;) {
		const start = codePoints[i] as number;
		let end = start;
		while (codePoints[i + 1] === end + 1) end = codePoints[++i] as number;
		parts.push(end === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
		i++;
	}
	return parts.join(', ');
}

export interface BuiltFace extends FaceSpec {
	unicodeRange: string;
	bytes: number;
	characters: number;
}

function fontFaceCss(faces: readonly BuiltFace[]): string {
	const rules = faces.map((f) =>
		[
			'@font-face {',
			"\tfont-family: 'Noto Sans JP';",
			'\tfont-style: normal;',
			'\tfont-weight: 400;',
			`\tfont-display: ${f.display};`,
			`\tsrc: url('/fonts/${f.file}') format('woff2');`,
			`\tunicode-range: ${f.unicodeRange};`,
			'}'
		].join('\n')
	);
	return [
		'/* Generated by geodata/fonts.ts (npm run geodata) from the messages, the data and the content;',
		'   do not edit. Why three faces, their order and their font-display: see that file. */',
		...rules,
		''
	].join('\n');
}

/** Cuts the faces into outDir (static/fonts), writes the CSS, and returns what it wrote. */
export async function buildFonts(root: string, outDir: string): Promise<BuiltFace[]> {
	const pkg = join(root, 'node_modules/@embedpdf/fonts-jp');
	const source = readFileSync(join(pkg, 'fonts', 'NotoSansJP-Regular.otf'));
	const chars = faceCharacters(root);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const built: BuiltFace[] = [];
	// Regular only: a bold cut would double the bytes, and browsers embolden headings well enough.
	for (const face of FACES) {
		const text = String.fromCodePoint(...chars[face.id]);
		const woff2 = await subsetFont(source, text, { targetFormat: 'woff2' });
		writeFileSync(join(outDir, face.file), woff2);
		built.push({
			...face,
			unicodeRange: face.id === 'ja' ? JA_RANGE : unicodeRange(chars[face.id]),
			bytes: woff2.byteLength,
			characters: chars[face.id].length
		});
	}
	copyFileSync(join(pkg, 'LICENSE'), join(outDir, 'LICENSE-NotoSansJP.txt'));
	writeFileSync(join(root, FONT_CSS), fontFaceCss(built));
	return built;
}
