// Link-preview cards (og:image), 1200×630: the map of the islands on the left (map.ts), the title,
// names or quote and attribution on the right (laid out with text.ts), rasterised by resvg. No
// browser is involved, so the build stays fast and the bytes depend only on the input, the geodata
// and the bundled font.

import { Resvg } from '@resvg/resvg-js';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { COLORS } from '#lib/data/colors.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { encodePng } from './encode.ts';
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

/** The card's islands, each once, in the order given; an unknown id stops the build. */
function cardIslands(card: Card): IslandId[] {
	for (const id of card.islands)
		if (!ISLAND_IDS.includes(id)) throw new Error(`unknown island id in og card: ${String(id)}`);
	return [...new Set(card.islands)];
}

/** The text side of the card (everything right of the map) as SVG elements. */
function panelParts(card: Card): string[] {
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

	return parts;
}

const svgOpen = (width: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" font-family="${FONT_FAMILY}">`;
const BACKGROUND = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${PANEL_BG}"/>`;
const MAP_RULE = `<rect x="${MAP_WIDTH}" width="1" height="${HEIGHT}" fill="${RULE}"/>`;

/** The card as SVG text (1200×630), exposed so tests can inspect what is drawn. */
export function cardSvg(card: Card): string {
	const islands = cardIslands(card);
	return [
		svgOpen(WIDTH),
		BACKGROUND,
		mapSvg(islands, { width: MAP_WIDTH, height: HEIGHT }, card.locale),
		MAP_RULE,
		...panelParts(card),
		`</svg>`
	].join('');
}

/** The card without its map, which renderCard lays over the left MAP_WIDTH pixels. */
export function panelSvg(card: Card): string {
	cardIslands(card);
	return [svgOpen(WIDTH), BACKGROUND, MAP_RULE, ...panelParts(card), `</svg>`].join('');
}

/** The map half alone, MAP_WIDTH × HEIGHT: the same for every card with its islands and language. */
export function mapDocument(islands: IslandId[], locale?: Locale): string {
	return [
		svgOpen(MAP_WIDTH),
		mapSvg(islands, { width: MAP_WIDTH, height: HEIGHT }, locale),
		`</svg>`
	].join('');
}

// ---------------------------------------------------------------------------------------------
// Drawing

/**
 * Rasterises an SVG to RGBA pixels. Only the given fonts are loaded (the bundled ones, or a cut of
 * them from subset.ts), never the system's, so the output is reproducible.
 */
export function rasterise(svg: string, fonts: readonly string[] = FONT_FILES): Buffer {
	return new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { fontFiles: [...fonts], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
		logLevel: 'off'
	}).render().pixels;
}

// A map depends only on its islands (in their order, in which the highlighted ones are drawn) and
// its language, so an archive of thousands of cards has a few dozen maps: each is drawn once per
// thread and copied into every card that shows it. Its sea is opaque and it is clipped to its
// frame, so the copy holds exactly the pixels of the whole card drawn at once (tests/unit/og.test.ts).
const maps = new Map<string, Buffer>();
function mapPixels(islands: IslandId[], locale: Locale | undefined, fonts: readonly string[]) {
	const key = `${locale ?? ''}:${islands.join(',')}`;
	let pixels = maps.get(key);
	if (!pixels) {
		pixels = rasterise(mapDocument(islands, locale), fonts);
		maps.set(key, pixels);
	}
	return pixels;
}

/** What one card draws: its panel as SVG and which map goes beside it. */
export type Drawing = { panel: string; islands: IslandId[]; locale?: Locale };

export function cardDrawing(card: Card): Drawing {
	const drawing: Drawing = { panel: panelSvg(card), islands: cardIslands(card) };
	if (card.locale) drawing.locale = card.locale;
	return drawing;
}

/**
 * The card as RGBA pixels, WIDTH × HEIGHT: its panel rasterised, its map copied in. The fonts must
 * hold every character of the panel and the map (subset.ts).
 */
export function drawingPixels(drawing: Drawing, fonts: readonly string[] = FONT_FILES): Buffer {
	const pixels = rasterise(drawing.panel, fonts);
	const map = mapPixels(drawing.islands, drawing.locale, fonts);
	const row = MAP_WIDTH * 4;
	for (let y = 0; y < HEIGHT; y++) map.copy(pixels, y * WIDTH * 4, y * row, (y + 1) * row);
	return pixels;
}

export function cardPixels(card: Card): Buffer {
	return drawingPixels(cardDrawing(card));
}

/** Renders the card to a 1200×630 palette PNG (encode.ts), with the whole fonts. */
export function renderCard(card: Card): Promise<Buffer> {
	return encodePng(cardPixels(card), WIDTH, HEIGHT);
}
