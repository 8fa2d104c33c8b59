// Link-preview cards (og:image), 1200×630: the map of the islands on the left (map.ts), the title,
// names or quote and attribution on the right (laid out with text.ts), rasterised by resvg. No
// browser is involved, so the build stays fast and the bytes depend only on the input, the geodata
// and the bundled font.

import { Resvg } from '@resvg/resvg-js';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { COLORS } from '#lib/data/colors.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { mapSvg } from './map.ts';
import {
	FONT_FAMILY,
	FONT_FILES,
	blockHeight,
	drawBlock,
	escapeXml,
	textUnits,
	unitsFor,
	wrapText,
	type TextBlock
} from './text.ts';

export type Card = {
	title: string;
	/** Native-script names or a short second line; '\n' starts another line. */
	subtitle?: string;
	quote?: string;
	/** Where the quote comes from, e.g. 'Nikkei Asian Review, about 19–20 March 2018'. */
	attribution?: string;
	/** Highlighted on the map, which is fitted to them; empty means all four, none highlighted. */
	islands: IslandId[];
	/** Replaces the site name at the bottom of the card. */
	footer?: string;
	/** The language of the card's own words: the map's names and units follow it. English when absent. */
	locale?: Locale;
};

export const WIDTH = 1200;
export const HEIGHT = 630;
export const MAP_WIDTH = 640;
export const SITE_NAME = 'Southern Kurils / Northern Territories explorer';

export const PANEL_X = MAP_WIDTH + 48;
export const PANEL_RIGHT = WIDTH - 48;
const PANEL_WIDTH = PANEL_RIGHT - PANEL_X;
const FOOTER_BASELINE = HEIGHT - 40;

const INK = COLORS.label;
const INK_SOFT = '#4d4a45';
const INK_MUTED = '#6f6a62';
export const PANEL_BG = '#fbfaf7';
const RULE = '#d9d3c7';

// ---------------------------------------------------------------------------------------------
// Fitting the text

const TITLE_FITS: [size: number, lines: number][] = [
	[64, 1],
	[56, 1],
	[50, 1],
	[44, 1],
	[52, 2],
	[46, 2],
	[40, 2],
	[36, 3]
];

function fitTitle(title: string): TextBlock {
	// A title with spaces breaks only at them, so that a name in kana or kanji (南クリル諸島) stays
	// whole on its line; one without (a Japanese headline) breaks between its characters.
	const cjkBreaks = !/\s/u.test(title.trim());
	const wrap = (size: number, lines: number) =>
		wrapText(title, unitsFor(PANEL_WIDTH, size), lines, 'bold', cjkBreaks);
	// One big line reads best at thumbnail size; long titles step down and wrap before they shrink.
	for (const [size, maxLines] of TITLE_FITS) {
		const lines = wrap(size, maxLines + 1);
		if (lines.length <= maxLines) return { lines, size, lineHeight: Math.round(size * 1.2) };
	}
	return { lines: wrap(36, 3), size: 36, lineHeight: 43 };
}

const QUOTE_INDENT = 36;
const FOOTER_SIZES = [19, 18, 17, 16, 15, 14] as const;
const FOOTER_SMALLEST = 14;

function fitQuote(quote: string, height: number): TextBlock {
	const block = (size: number, wrapAt: number): TextBlock => ({
		lines: wrapText(quote, unitsFor(PANEL_WIDTH - QUOTE_INDENT, size), wrapAt),
		size,
		lineHeight: Math.round(size * 1.4)
	});
	for (const size of [32, 28, 26]) {
		const maxLines = Math.floor(height / Math.round(size * 1.4));
		const fit = block(size, maxLines + 1);
		if (fit.lines.length <= maxLines) return fit;
	}
	const maxLines = Math.max(1, Math.floor(height / Math.round(24 * 1.4)));
	return block(24, maxLines);
}

// ---------------------------------------------------------------------------------------------
// The card

const TOP = 60;
const FOOTER_RULE = FOOTER_BASELINE - 34;
const CONTENT_BOTTOM = FOOTER_RULE - 28;

/** The card as SVG text (1200×630), exposed so tests can inspect what is drawn. */
export function cardSvg(card: Card): string {
	for (const id of card.islands)
		if (!ISLAND_IDS.includes(id)) throw new Error(`unknown island id in og card: ${String(id)}`);
	const title = fitTitle(card.title);
	const subtitle: TextBlock = {
		lines: (card.subtitle ?? '')
			.split('\n')
			.flatMap((s) => (s.trim() ? wrapText(s, unitsFor(PANEL_WIDTH, 30), 2) : [])),
		size: 30,
		lineHeight: 42
	};
	const quoteText = card.quote?.trim() ?? '';
	const attribution: TextBlock = {
		lines: card.attribution?.trim()
			? wrapText(`— ${card.attribution.trim()}`, unitsFor(PANEL_WIDTH, 20), 2)
			: [],
		size: 20,
		lineHeight: 28
	};
	const gap = (block: TextBlock, space: number) => (block.lines.length ? space : 0);
	const headHeight = blockHeight(title) + gap(subtitle, 18) + blockHeight(subtitle);
	const tailHeight = gap(attribution, 22) + blockHeight(attribution);

	const parts: string[] = [];
	// A name alone would hang at the top of an empty panel: centre it beside the map instead.
	let y = quoteText ? TOP : Math.max(TOP, (TOP + CONTENT_BOTTOM - headHeight - tailHeight) / 2);
	let svg: string;
	[svg, y] = drawBlock(title, PANEL_X, y, `font-weight="700" fill="${INK}"`);
	parts.push(svg);
	if (subtitle.lines.length) {
		[svg, y] = drawBlock(subtitle, PANEL_X, y + 18, `fill="${INK_SOFT}"`);
		parts.push(svg);
	}
	if (quoteText) {
		y += 26;
		parts.push(
			`<rect x="${PANEL_X}" y="${Math.round(y)}" width="64" height="4" fill="${COLORS.island}"/>`
		);
		y += 30;
		const quote = fitQuote(quoteText, CONTENT_BOTTOM - tailHeight - y);
		parts.push(
			`<text x="${PANEL_X - 2}" y="${Math.round(y + quote.size * 1.45)}" font-size="${Math.round(quote.size * 2)}" font-weight="700" fill="${COLORS.island}">“</text>`
		);
		[svg, y] = drawBlock(quote, PANEL_X + QUOTE_INDENT, y, `class="quote" fill="${INK}"`);
		parts.push(svg);
	}
	if (attribution.lines.length)
		parts.push(drawBlock(attribution, PANEL_X, y + 22, `fill="${INK_MUTED}"`)[0]);

	// A long site name (the Russian one) steps down in size before it is cut.
	const footerText = card.footer?.trim() || SITE_NAME;
	const footerSize =
		FOOTER_SIZES.find((size) => textUnits(footerText) <= unitsFor(PANEL_WIDTH - 24, size)) ??
		FOOTER_SMALLEST;
	const footer = wrapText(footerText, unitsFor(PANEL_WIDTH - 24, footerSize), 1);
	parts.push(
		`<rect x="${PANEL_X}" y="${FOOTER_RULE}" width="${PANEL_WIDTH}" height="1" fill="${RULE}"/>`,
		`<rect x="${PANEL_X}" y="${FOOTER_BASELINE - 14}" width="14" height="14" rx="3" fill="${COLORS.island}"/>`,
		`<text x="${PANEL_X + 24}" y="${FOOTER_BASELINE}" font-size="${footerSize}" fill="${INK_MUTED}">${escapeXml(footer[0] ?? '')}</text>`
	);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT_FAMILY}">`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${PANEL_BG}"/>`,
		mapSvg([...new Set(card.islands)], { width: MAP_WIDTH, height: HEIGHT }, card.locale),
		`<rect x="${MAP_WIDTH}" width="1" height="${HEIGHT}" fill="${RULE}"/>`,
		...parts,
		`</svg>`
	].join('');
}

/** Renders the card to a 1200×630 PNG. Only the bundled font is loaded, so output is reproducible. */
export function renderCard(card: Card): Buffer {
	const resvg = new Resvg(cardSvg(card), {
		fitTo: { mode: 'original' },
		font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
		logLevel: 'off'
	});
	return resvg.render().asPng();
}
