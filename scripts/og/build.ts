// Writes the link-preview images: `node scripts/og/build.ts [--out static/og]` (run by npm run build).
// The site's own cards (the default and one per island) come from siteCards(); article and passage
// cards from articles.ts. Every card is drawn once per language, with that language's words and
// name order, at that language's path (src/lib/data/preview-images.ts). The cards are drawn from the data, so the data is checked first: this is
// the build step where a bad data file stops `npm run build`.
//
// Each drawn card is kept in a cache folder (.cache/og/, git-ignored) under a hash of what it
// draws: the card's own texts and islands, and every file the drawing reads (this folder's code,
// the colours, the coastlines, the font) and the versions of the renderer and the encoder. Adding
// one article then draws only its cards; changing the drawing redraws all. The cards a build lacks
// are drawn with the fonts cut to their characters (subset.ts), each card's map copied in from one
// drawing per island set and language (card.ts), and encoded while the next card is drawn; when
// many are new, a worker thread draws half of them, so both cores work.

import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, threadId, Worker } from 'node:worker_threads';
import { placeName, nativeNames } from '#lib/data/names.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { ISLANDS } from '#lib/data/places.ts';
import { previewImageFile, PREVIEW_IMAGE_DIR } from '#lib/data/preview-images.ts';
import { assertDataValid } from '#lib/data/schema.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import {
	cardDrawing,
	drawingPixels,
	HEIGHT,
	mapDocument,
	renderCard,
	WIDTH,
	type Card,
	type Drawing
} from './card.ts';
import { ENCODER_VERSIONS, encodePng } from './encode.ts';
import { subsetFonts, svgText } from './subset.ts';
import { FONT_FILES } from './text.ts';
import { CARD_LOCALES, message } from './messages.ts';

export type OgEntry = {
	/** Output path relative to outDir, e.g. 'islands/iturup.png'; served as /og/<path>. */
	path: string;
	card: Card;
};

/** `drawn` is false when the image came from the cache; `written` when the output file changed. */
export type OgResult = {
	path: string;
	bytes: number;
	ms: number;
	written: boolean;
	drawn: boolean;
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where drawn cards are kept between builds (git-ignored). */
export const OG_CACHE_DIR = join(ROOT, '.cache/og');

/** Every file a card's pixels depend on besides the card itself. */
function drawingInputs(): string[] {
	const here = fileURLToPath(new URL('./', import.meta.url));
	const geo = join(ROOT, 'static/geo');
	return [
		...readdirSync(here)
			.filter((f) => f.endsWith('.ts'))
			.map((f) => join(here, f)),
		...[
			'data/colors.ts',
			'data/names.ts',
			'data/places.ts',
			'data/text.ts',
			'data/types.ts',
			'i18n/locale.ts'
		].map((f) => join(ROOT, 'src/lib', f)),
		...readdirSync(geo)
			.filter((f) => f.endsWith('.geojson'))
			.map((f) => join(geo, f)),
		...FONT_FILES
	].sort();
}

let drawingHash: string | undefined;
/** The hash of how cards are drawn: a change to any input redraws every card. */
export function drawingVersion(): string {
	if (drawingHash) return drawingHash;
	const hash = createHash('sha256');
	for (const file of drawingInputs())
		hash.update(file.slice(ROOT.length)).update(readFileSync(file));
	// A new resvg may rasterise differently, and a new libimagequant or zlib encode differently.
	const resvg = createRequire(import.meta.url)('@resvg/resvg-js/package.json') as {
		version: string;
	};
	hash.update(JSON.stringify({ resvg: resvg.version, ...ENCODER_VERSIONS }));
	drawingHash = hash.digest('hex');
	return drawingHash;
}

/** The cache key of one card: what it draws and how. */
export function cardKey(card: Card, version: string = drawingVersion()): string {
	return createHash('sha256')
		.update(version)
		.update(JSON.stringify(card))
		.digest('hex')
		.slice(0, 32);
}

/** Keeps a drawn card (written whole, then renamed, so a killed build leaves no half). */
function keep(cacheDir: string, key: string, png: Buffer): void {
	mkdirSync(cacheDir, { recursive: true });
	const tmp = join(cacheDir, `.${key}.${process.pid}.${threadId}.tmp`);
	writeFileSync(tmp, png);
	renameSync(tmp, join(cacheDir, `${key}.png`));
}

/** A card to draw into the cache: its key and what it draws. */
export type Job = { key: string; drawing: Drawing };

/**
 * Draws jobs into the cache with the given fonts, one thread's share: each card is rasterised on
 * this thread while the one before it is encoded on libuv's pool, so both keep a core busy.
 */
export async function drawJobs(cacheDir: string, fonts: readonly string[], jobs: Job[]) {
	let encoding: Promise<void> = Promise.resolve();
	for (const { key, drawing } of jobs) {
		const pixels = drawingPixels(drawing, fonts);
		await encoding;
		encoding = encodePng(pixels, WIDTH, HEIGHT).then((png) => keep(cacheDir, key, png));
	}
	await encoding;
}

/**
 * Draws the cards the cache lacks, a worker thread taking half of them when there are enough to
 * be worth a thread's start-up and the machine has a second core. Returns how many were drawn.
 */
export async function fillCache(cacheDir: string, cards: OgEntry[]): Promise<number> {
	const version = drawingVersion();
	const missing = new Map<string, Card>();
	for (const { card } of cards) {
		const key = cardKey(card, version);
		if (!existsSync(join(cacheDir, `${key}.png`))) missing.set(key, card);
	}
	if (missing.size === 0) return 0;
	const jobs: Job[] = [...missing].map(([key, card]) => ({ key, drawing: cardDrawing(card) }));
	// The fonts are cut to every character the batch draws: its panels and its maps.
	const text = new Set<string>();
	const maps = new Set<string>();
	for (const { drawing } of jobs) {
		for (const ch of svgText(drawing.panel)) text.add(ch);
		const map = JSON.stringify([drawing.islands, drawing.locale]);
		if (maps.has(map)) continue;
		maps.add(map);
		for (const ch of svgText(mapDocument(drawing.islands, drawing.locale))) text.add(ch);
	}
	mkdirSync(cacheDir, { recursive: true });
	const fontDir = mkdtempSync(join(cacheDir, '.fonts-'));
	try {
		const fonts = await subsetFonts([...text].join(''), fontDir);
		const threads = Math.min(availableParallelism(), 2);
		const split = threads > 1 && jobs.length >= 8 ? Math.floor(jobs.length / 2) : 0;
		const theirs = jobs.slice(0, split);
		const worker =
			theirs.length > 0
				? new Promise<void>((done, fail) => {
						const w = new Worker(new URL('./worker.ts', import.meta.url), {
							workerData: { cacheDir, fonts, jobs: theirs }
						});
						w.once('error', fail);
						w.once('exit', (code) =>
							code === 0 ? done() : fail(new Error(`og worker exited with ${code}`))
						);
					})
				: Promise.resolve();
		await Promise.all([drawJobs(cacheDir, fonts, jobs.slice(split)), worker]);
	} finally {
		rmSync(fontDir, { recursive: true, force: true });
	}
	return jobs.length;
}

/** Each side's own name for the four islands, and the neutral English pair. */
const AREA_NAMES = ['Южные Курилы', '北方領土', 'Southern Kurils / Northern Territories'];

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * An island's title and second line in a language: the language's own name leads (国後島,
 * Кунашир; in English both English forms), and the other scripts follow, so every card names the
 * island the three ways.
 */
export function islandTitle(id: IslandId, locale: Locale): { title: string; subtitle: string } {
	const place = ISLANDS[id];
	const ja = place.names.ja?.kanji ?? placeName(place, 'ja');
	const ru = upperFirst(place.names.ru?.cyrillic ?? placeName(place, 'ru'));
	if (locale === 'ja') return { title: ja, subtitle: `${ru} · ${placeName(place, 'ja')}` };
	if (locale === 'ru') return { title: ru, subtitle: `${ja} · ${placeName(place, 'ru')}` };
	return {
		title: placeName(place),
		subtitle: nativeNames(place)
			.map((n) => n.text)
			.join(' · ')
	};
}

export function siteCards(locales: readonly Locale[] = CARD_LOCALES): OgEntry[] {
	return locales.flatMap((locale) => {
		const footer = message(locale, 'site_title');
		const title = `${message(locale, 'site_name_first')} / ${message(locale, 'site_name_second')}`;
		return [
			{
				path: previewImageFile({ kind: 'home' }, locale),
				card: {
					title,
					// The names the title does not already give, each side's own first.
					subtitle: AREA_NAMES.filter(
						(n) => !n.split(' / ').every((part) => title.includes(part))
					).join(' · '),
					islands: [...ISLAND_IDS],
					footer,
					locale
				}
			},
			...ISLAND_IDS.map((id) => ({
				path: previewImageFile({ kind: 'island', id }, locale),
				card: { ...islandTitle(id, locale), islands: [id], footer, locale }
			}))
		];
	});
}

function checkedPath(outDir: string, path: string): string {
	const clean = normalize(path);
	if (isAbsolute(path) || clean.startsWith('..') || !clean.endsWith('.png'))
		throw new Error(`og image path must be a relative .png path inside the output: ${path}`);
	const full = resolve(outDir, clean);
	if (!full.startsWith(resolve(outDir) + sep)) throw new Error(`og image path escapes: ${path}`);
	return full;
}

/**
 * Removes every .png under outDir that is not one of `keep` (paths relative to outDir), and the
 * folders that leaves empty: the cards of an article removed or renamed, or of a passage an
 * ingest no longer finds, would otherwise be served, and copied into every later build, forever.
 * Only cards live in outDir (the build's own folder for them), so anything else is left alone.
 */
export function removeStale(outDir: string, keep: ReadonlySet<string>): string[] {
	const removed: string[] = [];
	const walk = (dir: string): boolean => {
		let empty = true;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (walk(full)) rmSync(full, { recursive: true });
				else empty = false;
			} else if (entry.name.endsWith('.png') && !keep.has(relative(outDir, full))) {
				rmSync(full);
				removed.push(relative(outDir, full));
			} else empty = false;
		}
		return empty;
	};
	if (existsSync(outDir)) walk(outDir);
	return removed.sort();
}

/**
 * Renders every card to outDir/<path>. A file whose bytes are already right is left alone, so a rebuild does not
 * touch timestamps the dev server watches.
 */
export async function buildOgImages({
	outDir,
	cards,
	cacheDir
}: {
	outDir: string;
	cards: OgEntry[];
	/** Where drawn cards are kept; without one, every card is drawn. */
	cacheDir?: string;
}): Promise<OgResult[]> {
	const seen = new Set<string>();
	for (const { path } of cards) {
		if (seen.has(normalize(path))) throw new Error(`two og cards for ${path}`);
		seen.add(normalize(path));
	}
	const results: OgResult[] = [];
	for (const { path, card } of cards) {
		const file = checkedPath(outDir, path);
		const start = performance.now();
		const key = cacheDir ? cardKey(card) : '';
		const cached = cacheDir ? join(cacheDir, `${key}.png`) : '';
		const hit = cacheDir !== undefined && existsSync(cached);
		const png = hit ? readFileSync(cached) : await renderCard(card);
		if (!hit && cacheDir) keep(cacheDir, key, png);
		const ms = performance.now() - start;
		const same = existsSync(file) && readFileSync(file).equals(png);
		if (!same) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, png);
		}
		results.push({ path, bytes: png.length, ms, written: !same, drawn: !hit });
	}
	return results;
}

// The worker imports this module under the same argv: only the main thread runs the script.
if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({
		options: { out: { type: 'string', default: `static/${PREVIEW_IMAGE_DIR}` } }
	});
	const outDir = resolve(values.out);
	assertDataValid();
	const { articleCards } = await import('./articles.ts');
	const { readArticles } = await import('#lib/content/article-files.ts');
	const cards = [...siteCards(), ...articleCards(readArticles())];
	const start = performance.now();
	const drawn = await fillCache(OG_CACHE_DIR, cards);
	const results = await buildOgImages({ outDir, cards, cacheDir: OG_CACHE_DIR });
	const removed = removeStale(outDir, new Set(cards.map(({ path }) => normalize(path))));
	for (const path of removed) console.log(`${join(values.out, path)}  removed: no longer a card`);
	const written = results.filter((r) => r.written);
	for (const r of written.slice(0, 20))
		console.log(`${join(values.out, r.path)}  ${(r.bytes / 1024).toFixed(0)} KB`);
	if (written.length > 20) console.log(`… and ${written.length - 20} more`);
	// The bench (bench/scale.ts) reads this line.
	console.log(
		`${results.length} og images: ${drawn} drawn, ${results.length - drawn} from the cache, ${written.length} written, in ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}
