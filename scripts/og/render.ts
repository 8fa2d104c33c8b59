// Link-preview cards (og:image): an SVG drawn from the app's own geodata with d3-geo, rasterised by
// resvg. No browser is involved, so the build stays fast and the bytes depend only on the input,
// the geodata and the bundled font.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import {
	geoArea,
	geoBounds,
	geoConicConformal,
	geoDistance,
	geoGraticule,
	geoPath,
	type GeoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { englishName } from '../../src/lib/data/names.ts';
import { ISLANDS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { COLORS } from '../../src/lib/map/style.ts';
import { readMetrics, type FontMetrics } from './font.ts';

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
};

export const WIDTH = 1200;
export const HEIGHT = 630;
export const MAP_WIDTH = 640;
export const SITE_NAME = 'Southern Kurils / Northern Territories explorer';

export const PANEL_X = MAP_WIDTH + 48;
export const PANEL_RIGHT = WIDTH - 48;
const PANEL_WIDTH = PANEL_RIGHT - PANEL_X;
const FOOTER_BASELINE = HEIGHT - 40;

// Noto Sans CJK JP (OFL 1.1, the app's typeface) as OTF: resvg reads neither woff nor woff2, and
// this cut has proportional Latin and Cyrillic beside kana and kanji, so one family covers every
// name. The package exports only its index, so the font folder is found beside it.
export const FONT_FAMILY = 'Noto Sans Japanese';
const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-jp')),
	'../fonts'
);
export const FONT_FILES = [
	join(FONT_DIR, 'NotoSansJP-Regular.otf'),
	join(FONT_DIR, 'NotoSansJP-Bold.otf')
] as const;

const INK = COLORS.label;
const INK_SOFT = '#4d4a45';
const INK_MUTED = '#6f6a62';
export const PANEL_BG = '#fbfaf7';
const RULE = '#d9d3c7';

// ---------------------------------------------------------------------------------------------
// Text

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
function metrics(weight: Weight): FontMetrics {
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

const CJK = /[\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/u;
// Japanese line-breaking rules: these never start a line, and opening brackets never end one.
const NO_LINE_START =
	/^[、。，．・：；？！ー）」』】〕〉》”’)\]}!?,.:;…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
const NO_LINE_END = /[（「『【〔〈《“‘([{]$/u;

type Token = { text: string; space: boolean };

function tokenize(text: string): Token[] {
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
	weight: Weight = 'regular'
): string[] {
	if (maxLines < 1 || maxCharsPerLine < 3) return [];
	const width = (t: string) => textUnits(t, weight);
	const tokens = tokenize(text).flatMap((t) =>
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
	// A cut right after a comma or dash reads as if the author stopped there.
	tail = tail.replace(/[\s,;:.\-–—、。・]+$/u, '');
	return [...kept.slice(0, -1).map(joinTokens), tail + '…'];
}

/** Units (half-ems) that fit in a width at a font size. */
function unitsFor(width: number, fontSize: number): number {
	return (2 * width) / fontSize;
}

type TextBlock = { lines: string[]; size: number; lineHeight: number };

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
	// One big line reads best at thumbnail size; long titles step down and wrap before they shrink.
	for (const [size, maxLines] of TITLE_FITS) {
		const lines = wrapText(title, unitsFor(PANEL_WIDTH, size), maxLines + 1, 'bold');
		if (lines.length <= maxLines) return { lines, size, lineHeight: Math.round(size * 1.2) };
	}
	return { lines: wrapText(title, unitsFor(PANEL_WIDTH, 36), 3, 'bold'), size: 36, lineHeight: 43 };
}

const QUOTE_INDENT = 36;

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

// Noto Sans CJK's ascender and descender, in em: a block's ink sits within these of its baselines.
const ASCENT = 0.88;
const DESCENT = 0.12;

function blockHeight(block: TextBlock): number {
	return block.lines.length ? (block.lines.length - 1) * block.lineHeight + block.size : 0;
}

/** Draws a block with its top at y; returns the SVG and the y of its bottom. */
function drawBlock(block: TextBlock, x: number, y: number, attrs: string): [string, number] {
	const first = y + block.size * ASCENT;
	const svg = block.lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${Math.round(first + i * block.lineHeight)}" font-size="${block.size}" ${attrs}>${escapeXml(line)}</text>`
		)
		.join('');
	return [svg, y + blockHeight(block) + block.size * DESCENT];
}

// ---------------------------------------------------------------------------------------------
// Map

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
type Geo = { islands: Map<IslandId, Area>; land: Area[]; context: Area[] };

const GEO_DIR = fileURLToPath(new URL('../../static/geo/', import.meta.url));
let geoCache: Geo | undefined;

/**
 * d3-geo reads a ring's winding as which side is inside (clockwise encloses the small side), while
 * GeoJSON files often follow RFC 7946's opposite rule; an inverted polygon would fill the globe.
 */
function rewound(feature: Area): Area {
	const fix = (rings: Position[][]): Position[][] =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
			? rings.map((r) => [...r].reverse())
			: rings;
	const g = feature.geometry;
	const geometry: Polygon | MultiPolygon =
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: fix(g.coordinates) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
	return { ...feature, geometry };
}

function readAreas(name: string): Area[] {
	const fc = JSON.parse(readFileSync(`${GEO_DIR}${name}.geojson`, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon,
		Record<string, unknown>
	>;
	return fc.features.map(rewound);
}

function geo(): Geo {
	if (geoCache) return geoCache;
	const islands = new Map<IslandId, Area>();
	for (const f of readAreas('islands')) {
		const id = f.properties.id ?? f.id;
		if (ISLAND_IDS.includes(id as IslandId)) islands.set(id as IslandId, f);
	}
	for (const id of ISLAND_IDS)
		if (!islands.has(id)) throw new Error(`islands.geojson has no ${id}`);
	geoCache = { islands, land: readAreas('land'), context: readAreas('context') };
	return geoCache;
}

// Small islands alone would fill the frame with no coast around them; a view spans at least this.
const MIN_SPAN_KM = 60;
const MAP_MARGIN = 56;

function fittedProjection(focus: Area[]): GeoProjection {
	const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features: focus });
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const halfLat = MIN_SPAN_KM / 2 / 111.2;
	const halfLon = halfLat / Math.cos((cy * Math.PI) / 180);
	const frame: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[cx - halfLon, cy - halfLat],
				[cx + halfLon, cy + halfLat]
			]
		}
	};
	// Conformal, so island shapes keep their proportions; the parallels bracket the four islands.
	return geoConicConformal()
		.parallels([43.5, 45.5])
		.rotate([-146.5, 0])
		.fitExtent(
			[
				[MAP_MARGIN, MAP_MARGIN],
				[MAP_WIDTH - MAP_MARGIN, HEIGHT - MAP_MARGIN]
			],
			{ type: 'FeatureCollection', features: [...focus, frame] }
		)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, HEIGHT]
		]);
}

const NICE = [0.1, 0.25, 0.5, 1, 2, 5];
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200];

function graticule(projection: GeoProjection, path: (g: Geometry) => string | null): string {
	const corners = [
		[0, 0],
		[MAP_WIDTH, 0],
		[0, HEIGHT],
		[MAP_WIDTH, HEIGHT]
	].map((p) => projection.invert?.(p as [number, number]) ?? [0, 0]);
	const lons = corners.map((c) => c[0] ?? 0);
	const lats = corners.map((c) => c[1] ?? 0);
	const span = Math.max(...lons) - Math.min(...lons);
	const step = NICE.find((d) => span / d <= 8) ?? 5;
	const lines = geoGraticule()
		.extent([
			[
				Math.floor(Math.min(...lons) / step) * step - step,
				Math.floor(Math.min(...lats) / step) * step - step
			],
			[
				Math.ceil(Math.max(...lons) / step) * step + step,
				Math.ceil(Math.max(...lats) / step) * step + step
			]
		])
		.step([step, step])
		.precision(step / 4)();
	return `<path d="${path(lines) ?? ''}" fill="none" stroke="${COLORS.graticule}" stroke-width="1" stroke-opacity="0.7"/>`;
}

function scaleBar(projection: GeoProjection): string {
	const y = HEIGHT - 30;
	const a = projection.invert?.([MAP_WIDTH / 2, HEIGHT / 2]);
	const b = projection.invert?.([MAP_WIDTH / 2 + 100, HEIGHT / 2]);
	if (!a || !b) return '';
	const pxPerKm = 100 / (geoDistance(a, b) * 6371.0088);
	const km = [...NICE_KM].reverse().find((k) => k * pxPerKm <= 150) ?? 1;
	const len = Math.round(km * pxPerKm);
	const x1 = MAP_WIDTH - 28;
	const x0 = x1 - len;
	return (
		`<rect x="${x0 - 10}" y="${y - 30}" width="${len + 20}" height="40" rx="4" fill="#ffffff" fill-opacity="0.75"/>` +
		`<path d="M${x0} ${y - 6}V${y}H${x1}V${y - 6}" fill="none" stroke="${INK}" stroke-width="2"/>` +
		`<text x="${(x0 + x1) / 2}" y="${y - 10}" font-size="16" text-anchor="middle" fill="${INK}">${km} km</text>`
	);
}

/**
 * Names on the map when several islands are highlighted, where the title cannot say which is
 * which. Groups of islets too small to carry a label get theirs underneath.
 */
function islandLabels(
	ids: IslandId[],
	projection: GeoProjection,
	path: GeoPath<unknown, GeoPermissibleObjects>
): string {
	const { islands } = geo();
	return ids
		.map((id) => {
			const [[x0], [x1, y1]] = path.bounds(islands.get(id) as Area);
			const [px, py] = projection(ISLANDS[id].point as [number, number]) ?? [0, 0];
			const small = x1 - x0 < 120;
			const x = Math.round(small ? (x0 + x1) / 2 : px);
			const y = Math.round(small ? y1 + 22 : py + 6);
			return `<text x="${x}" y="${y}" font-size="18" font-weight="700" text-anchor="middle" fill="${INK}" stroke="#ffffff" stroke-width="4" stroke-opacity="0.85" stroke-linejoin="round" paint-order="stroke">${escapeXml(englishName(ISLANDS[id]))}</text>`;
		})
		.join('');
}

function mapSvg(highlight: IslandId[]): string {
	const { islands, land, context } = geo();
	const all = ISLAND_IDS.map((id) => islands.get(id) as Area);
	const focus = highlight.length ? highlight.map((id) => islands.get(id) as Area) : all;
	const projection = fittedProjection(focus);
	const path = geoPath(projection).digits(1);
	const d = (features: Area[]) => features.map((f) => path(f) ?? '').join('');

	const muted = ISLAND_IDS.filter((id) => !highlight.includes(id));
	const islandPaths = (ids: IslandId[], attrs: string) =>
		ids
			.map(
				(id) => `<path data-island="${id}" d="${path(islands.get(id) as Area) ?? ''}" ${attrs}/>`
			)
			.join('');
	// A single highlighted island is the page's subject: the app's "selected" colour marks it.
	const fill = highlight.length === 1 ? COLORS.islandSelected : COLORS.island;

	return [
		`<clipPath id="map"><rect width="${MAP_WIDTH}" height="${HEIGHT}"/></clipPath>`,
		`<g clip-path="url(#map)">`,
		`<rect width="${MAP_WIDTH}" height="${HEIGHT}" fill="${COLORS.sea}"/>`,
		graticule(projection, (g) => path(g)),
		`<path d="${d(context)}" fill="${COLORS.land}"/>`,
		`<path d="${d(land)}" fill="${COLORS.land}" stroke="${COLORS.landOutline}" stroke-width="0.8" stroke-linejoin="round"/>`,
		islandPaths(
			muted,
			`fill="${COLORS.island}" fill-opacity="0.35" stroke="${COLORS.islandOutline}" stroke-opacity="0.45" stroke-width="0.8" stroke-linejoin="round"`
		),
		islandPaths(
			highlight,
			`class="highlight" fill="${fill}" stroke="${COLORS.islandOutline}" stroke-width="1.5" stroke-linejoin="round"`
		),
		highlight.length > 1 ? islandLabels(highlight, projection, path) : '',
		scaleBar(projection),
		`<rect x="12" y="${HEIGHT - 38}" width="236" height="26" rx="4" fill="#ffffff" fill-opacity="0.75"/>`,
		`<text x="20" y="${HEIGHT - 19}" font-size="15" fill="${INK}">© OpenStreetMap contributors</text>`,
		`</g>`
	].join('');
}

// ---------------------------------------------------------------------------------------------
// Card

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

	const footer = wrapText(card.footer?.trim() || SITE_NAME, unitsFor(PANEL_WIDTH - 24, 19), 1);
	parts.push(
		`<rect x="${PANEL_X}" y="${FOOTER_RULE}" width="${PANEL_WIDTH}" height="1" fill="${RULE}"/>`,
		`<rect x="${PANEL_X}" y="${FOOTER_BASELINE - 14}" width="14" height="14" rx="3" fill="${COLORS.island}"/>`,
		`<text x="${PANEL_X + 24}" y="${FOOTER_BASELINE}" font-size="19" fill="${INK_MUTED}">${escapeXml(footer[0] ?? '')}</text>`
	);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT_FAMILY}">`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${PANEL_BG}"/>`,
		mapSvg([...new Set(card.islands)]),
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
