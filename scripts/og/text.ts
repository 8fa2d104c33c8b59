// Text layout for the link-preview cards: widths measured from the bundled font, line wrapping
// that breaks at spaces and beside CJK characters (with Japanese line-breaking rules), and blocks of
// lines drawn as SVG text. Nothing here knows what a card holds; card.ts decides that.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK, ellipsize } from '#lib/data/text.ts';
import { readMetrics, type FontMetrics } from './font.ts';

// Noto Sans JP (OFL 1.1, the app's typeface) as OTF: the very files the page's faces are cut from
// (geodata/fonts.ts), whole, since resvg reads neither woff nor woff2 and a build-time font costs
// no reader a byte. This cut has proportional Latin and Cyrillic beside kana and kanji, so one
// family draws every card in every language (tests/unit/og.test.ts checks each character). The package exports only its index, so the font folder is found beside it.
export const FONT_FAMILY = 'Noto Sans Japanese';
const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-jp')),
	'../fonts'
);
export const FONT_FILES = [
	join(FONT_DIR, 'NotoSansJP-Regular.otf'),
	join(FONT_DIR, 'NotoSansJP-Bold.otf')
] as const;

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

/** Escapes the five XML specials and drops the control characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

export type Weight = 'regular' | 'bold';

let metricsCache: Record<Weight, FontMetrics> | undefined;
export function metrics(weight: Weight): FontMetrics {
	metricsCache ??= { regular: readMetrics(FONT_FILES[0]), bold: readMetrics(FONT_FILES[1]) };
	return metricsCache[weight];
}

/**
 * Width of text in half-ems, from the font's own advance widths: a kanji or kana counts 2, an
 * average Latin or Cyrillic letter about 1. Kerning is ignored; it only ever narrows these fonts.
 */
export function textUnits(text: string, weight: Weight = 'regular'): number {
	const m = metrics(weight);
	let em = 0;
	for (const ch of text) em += m.advance(ch.codePointAt(0) ?? 0);
	return em * 2;
}

// Japanese line-breaking rules: these never start a line, and opening brackets never end one.
const NO_LINE_START =
	/^[、。，．・：；？！ー）」』】〕〉》”’)\]}!?,.:;…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
const NO_LINE_END = /[（「『【〔〈《“‘([{]$/u;

type Token = { text: string; space: boolean };

function tokenize(text: string, cjkBreaks: boolean): Token[] {
	const tokens: Token[] = [];
	let space = false;
	let word = '';
	const flush = () => {
		if (!word) return;
		tokens.push({ text: word, space });
		space = false;
		word = '';
	};
	for (const ch of text) {
		if (/\s/u.test(ch)) {
			flush();
			space = tokens.length > 0;
			continue;
		}
		const last = word.at(-1) ?? '';
		// Japanese has no spaces: a line may break beside any CJK character, unless it would start
		// with closing punctuation or end with an opening bracket.
		if (
			cjkBreaks &&
			word &&
			(CJK.test(ch) || CJK.test(last)) &&
			!NO_LINE_START.test(ch) &&
			!NO_LINE_END.test(last)
		)
			flush();
		word += ch;
	}
	flush();
	return tokens;
}

function joinTokens(tokens: Token[]): string {
	return tokens.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
}

/** Splits a token too wide for any line into pieces that fit. */
function splitLong(token: Token, max: number, weight: Weight): Token[] {
	const out: Token[] = [];
	let piece = '';
	for (const ch of token.text) {
		if (piece && textUnits(piece + ch, weight) > max) {
			out.push({ text: piece, space: out.length === 0 && token.space });
			piece = '';
		}
		piece += ch;
	}
	if (piece) out.push({ text: piece, space: out.length === 0 && token.space });
	return out;
}

/**
 * Wraps text into at most maxLines lines of at most maxCharsPerLine units (see textUnits), breaking
 * at spaces and between CJK characters. Text that does not fit is cut at a word boundary and the
 * last line ends with '…'.
 */
export function wrapText(
	text: string,
	maxCharsPerLine: number,
	maxLines: number,
	weight: Weight = 'regular',
	/** Whether a line may break beside a CJK character; false keeps breaks to spaces. */
	cjkBreaks = true
): string[] {
	if (maxLines < 1 || maxCharsPerLine < 3) return [];
	const width = (t: string) => textUnits(t, weight);
	const tokens = tokenize(text, cjkBreaks).flatMap((t) =>
		width(t.text) > maxCharsPerLine ? splitLong(t, maxCharsPerLine, weight) : [t]
	);
	const lines: Token[][] = [];
	let line: Token[] = [];
	for (const token of tokens) {
		if (line.length && width(joinTokens([...line, token])) > maxCharsPerLine) {
			lines.push(line);
			line = [];
		}
		line.push(line.length ? token : { ...token, space: false });
	}
	if (line.length) lines.push(line);
	if (lines.length <= maxLines) return lines.map(joinTokens);

	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1] ?? [];
	while (last.length > 1 && width(joinTokens(last) + '…') > maxCharsPerLine) last.pop();
	let tail = joinTokens(last);
	while (tail && width(tail + '…') > maxCharsPerLine) tail = [...tail].slice(0, -1).join('');
	return [...kept.slice(0, -1).map(joinTokens), ellipsize(tail)];
}

/** Units (half-ems) that fit in a width at a font size. */
export function unitsFor(width: number, fontSize: number): number {
	return (2 * width) / fontSize;
}

export type TextBlock = { lines: string[]; size: number; lineHeight: number };

// Noto Sans CJK's ascender and descender, in em: a block's ink sits within these of its baselines.
const ASCENT = 0.88;
const DESCENT = 0.12;

export function blockHeight(block: TextBlock): number {
	return block.lines.length ? (block.lines.length - 1) * block.lineHeight + block.size : 0;
}

/** Draws a block with its top at y; returns the SVG and the y of its bottom. */
export function drawBlock(block: TextBlock, x: number, y: number, attrs: string): [string, number] {
	const first = y + block.size * ASCENT;
	const svg = block.lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${Math.round(first + i * block.lineHeight)}" font-size="${block.size}" ${attrs}>${escapeXml(line)}</text>`
		)
		.join('');
	return [svg, y + blockHeight(block) + block.size * DESCENT];
}
