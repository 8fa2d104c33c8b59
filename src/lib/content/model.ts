// The article content model: what `npm run ingest` writes under content/articles/<slug>/ and what
// the app reads back at build time (articles.ts). The shapes are declared here; every stored file is
// checked against them by the schemas (schema.ts), so a bad edit fails the build with
// the file, the JSON path and what is wrong, never a blank page for a reader.
//
// One folder per article:
//   raw.txt       the editor's input, byte for byte (the evidence every passage is checked against)
//   meta.json     editor-provided facts the page text does not carry reliably (ArticleMeta)
//   article.json  derived by the ingester from raw.txt and meta.json (ArticleContent); re-run
//                 `npm run ingest -- content/articles/<slug>/raw.txt` rather than editing it
//
// The cleaned text of an article is its title, then its dek if it has one, then its paragraphs in
// order, joined by one blank line ("\n\n"); captions are not part of it (see cleanedText). Passage
// offsets count UTF-16 code units into that string, as String.prototype.slice does.

import { formatDate, formatDayRange, parseIsoDate } from '#lib/data/format.ts';
import { getLocale, type Locale } from '#lib/i18n/locale.ts';
import { m } from '#lib/paraglide/messages.js';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { IslandId, SourceId } from '#lib/data/types.ts';

/** Bumped when the ingester would derive a different article.json from the same input. */
export const INGEST_VERSION = 4;

export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * When an article was published. `day`: value is yyyy-mm-dd. `month`: value is yyyy-mm.
 * `approximate`: the page does not print its date; value is the earliest likely day (or month),
 * `latest` the last one, and `note` says how the range was worked out. The note is the site's own
 * words, in English; `noteIn` has it in the site's other languages, and a page in a language it
 * lacks shows the English.
 */
export interface ArticleDate {
	value: string;
	precision: DatePrecision;
	latest?: string;
	note?: string;
	noteIn?: Partial<Record<Locale, string>>;
}

/** The date note in the page's language where the metadata has it, else in English. */
export function dateNote(
	date: ArticleDate,
	locale: Locale = getLocale()
): { text: string; lang: Locale } | null {
	const own = date.noteIn?.[locale];
	if (own) return { text: own, lang: locale };
	return date.note ? { text: date.note, lang: 'en' } : null;
}

/** meta.json: the facts an editor supplies. */
export interface ArticleMeta {
	slug: string;
	outlet: string;
	/** The original address of the article. */
	url: string;
	/** BCP 47 language of the text. */
	lang: string;
	date: ArticleDate;
	/** The outlet's section; when absent the one found on the page is used. */
	section?: string;
	/** Headline and dek as printed, when the ingester cannot find them; each must occur in raw.txt. */
	title?: string;
	dek?: string;
	/** Kebab-case topic ids. */
	topics: string[];
	/** Ids of SOURCES (src/lib/data/sources.ts) that cite this article. */
	sources: SourceId[];
}

/** What an editor may pass with --meta: slug, lang, topics and sources have defaults. */
export type ArticleMetaInput = Omit<ArticleMeta, 'slug' | 'lang' | 'topics' | 'sources'> &
	Partial<Pick<ArticleMeta, 'slug' | 'lang' | 'topics' | 'sources'>>;

/**
 * How a link was found: the island's own name, one of its islets, one of its settlements, a term for
 * several islands at once ("the Northern Territories", "four Russian-held islands near Hokkaido"), the
 * chain's name read as the four disputed islands in an article about the dispute ("visit graves on
 * the Kurile Islands": `kurils`, the Russian side's way of writing), or a reference back to islands
 * the article has already named ("the islands", "the territorial row", 同島). A reference is not a
 * mention: it does not count in a paragraph's `islands` or make a passage.
 */
export const LINK_VIAS = [
	'name',
	'islet',
	'settlement',
	'collective',
	'kurils',
	'reference'
] as const;
export type LinkVia = (typeof LINK_VIAS)[number];

export interface IslandLink {
	island: IslandId;
	via: LinkVia;
	/** The place id (places.ts), collective or reference term id (references.ts) that matched. */
	place: string;
	/** The matched characters, exactly as in the text. */
	match: string;
	/** Offsets into the paragraph's or caption's own text. */
	start: number;
	end: number;
}

export interface Paragraph {
	/**
	 * Verbatim: one line of raw.txt with only its ends trimmed, less the credit when one was stuck to
	 * its end.
	 */
	text: string;
	/** The islands it names (every link but references), in ISLAND_IDS order. */
	islands: IslandId[];
	links: IslandLink[];
	/** A credit or agency name the line ended with ("Jiji Press"), split off the paragraph. */
	credit?: string;
	/** True for a last paragraph the copied page itself cut off mid-sentence. */
	cutOff?: true;
}

export interface Caption {
	/** Verbatim caption text without its credit. */
	text: string;
	/** The credit as printed ("© Reuters"), or null. */
	credit: string | null;
	/** Index of the paragraph the caption follows; -1 when it comes before the first. */
	afterParagraph: number;
	islands: IslandId[];
	links: IslandLink[];
}

/** A quotable paragraph that refers to at least one island. */
export interface Passage {
	/** 1-based number within the article, for citing ("passage 3"). */
	n: number;
	/** 0-based index into paragraphs. */
	paragraph: number;
	/** Offsets into cleanedText(article). */
	start: number;
	end: number;
	text: string;
	islands: IslandId[];
}

/**
 * Why the ingester dropped a line of raw.txt: the line rules are in clean-rules.ts, `masthead` in
 * clean-header.ts, `header-extra` and `outside-article` in clean.ts.
 */
export const CLEAN_RULES = [
	'icon-sprite',
	'template-placeholder',
	'paywall',
	'offer',
	'sponsored',
	'appeal',
	'page-control',
	'masthead',
	'header-extra',
	'outside-article'
] as const;
export type CleanRule = (typeof CLEAN_RULES)[number];

export interface RemovedLine {
	/** 1-based line number in raw.txt. */
	line: number;
	rule: CleanRule;
	/** The line as removed, its ends trimmed: nothing leaves the article unseen. */
	text: string;
}

/** article.json: derived by the ingester; never edited by hand. */
export interface ArticleContent {
	ingestVersion: number;
	slug: string;
	/** SHA-256 of raw.txt, hex: shows which input this was derived from. */
	rawSha256: string;
	title: string;
	dek: string | null;
	/** The section label printed on the page. */
	section: string | null;
	/** The place of the dateline ("TOKYO" from "TOKYO -- ..."); the paragraph keeps it verbatim. */
	dateline: string | null;
	byline: string | null;
	/** A date line as printed on the page, if any. */
	printedDate: string | null;
	paragraphs: Paragraph[];
	captions: Caption[];
	passages: Passage[];
	removed: RemovedLine[];
}

/** An article as the app shows it: article.json joined with meta.json. */
export interface Article {
	slug: string;
	title: string;
	dek: string | null;
	section: string | null;
	dateline: string | null;
	byline: string | null;
	outlet: string;
	url: string;
	lang: string;
	date: ArticleDate;
	topics: string[];
	sources: SourceId[];
	paragraphs: Paragraph[];
	captions: Caption[];
	passages: Passage[];
}

/** Title, dek and paragraphs joined by blank lines: what passage offsets count into. */
export function cleanedText(article: Pick<ArticleContent, 'title' | 'dek' | 'paragraphs'>): string {
	const parts = [article.title];
	if (article.dek !== null) parts.push(article.dek);
	for (const p of article.paragraphs) parts.push(p.text);
	return parts.join('\n\n');
}

/** Where each paragraph starts in cleanedText(article). */
export function paragraphOffsets(
	article: Pick<ArticleContent, 'title' | 'dek' | 'paragraphs'>
): number[] {
	let at = article.title.length + 2 + (article.dek === null ? 0 : article.dek.length + 2);
	return article.paragraphs.map((p) => {
		const start = at;
		at += p.text.length + 2;
		return start;
	});
}

/** The islands a set of links names (references left out), once each, in ISLAND_IDS order. */
export function islandsOf(links: readonly { island: IslandId; via?: LinkVia }[]): IslandId[] {
	return ISLAND_IDS.filter((id) => links.some((l) => l.island === id && l.via !== 'reference'));
}

/** The text of the first link that reads the chain's name as the disputed islands, or null. */
export function kurilsMatch(links: readonly Pick<IslandLink, 'via' | 'match'>[]): string | null {
	return links.find((l) => l.via === 'kurils')?.match ?? null;
}

/** The islands a set of links refers back to (references only), in ISLAND_IDS order. */
export function referencesOf(links: readonly { island: IslandId; via: LinkVia }[]): IslandId[] {
	return ISLAND_IDS.filter((id) => links.some((l) => l.island === id && l.via === 'reference'));
}

/**
 * "19 March 2018", "March 2018", "about 19–20 March 2018" in the page's language (Intl for the
 * dates, messages format_approximate and format_date_range for the words and the dash):
 * "2018年3月19～20日頃", "примерно 19–20 марта 2018 г.".
 */
export function describeDate(date: ArticleDate, locale: Locale = getLocale()): string {
	const day = (value: string) => formatDate(value, locale);
	if (date.precision !== 'approximate') return day(date.value);
	const about = (text: string) => m.format_approximate({ date: text }, { locale });
	if (!date.latest || date.latest === date.value) return about(day(date.value));
	const a = parseIsoDate(date.value);
	const b = parseIsoDate(date.latest);
	// Two days of one month read as a range of days: "about 19–20 March 2018".
	if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month) {
		return about(formatDayRange(a.year, a.month as number, a.day, b.day, locale));
	}
	return about(m.format_date_range({ from: day(date.value), to: day(date.latest) }, { locale }));
}

/** A key that sorts dates oldest first as strings; month and year values sort at their start. */
export function dateSortKey(date: ArticleDate): string {
	return date.value;
}

/** Fills the defaults of editor metadata. */
export function completeMeta(input: ArticleMetaInput, slug: string): ArticleMeta {
	const meta: ArticleMeta = {
		slug,
		outlet: input.outlet,
		url: input.url,
		lang: input.lang ?? 'en',
		date: input.date,
		topics: input.topics ?? [],
		sources: input.sources ?? []
	};
	if (input.section !== undefined) meta.section = input.section;
	if (input.title !== undefined) meta.title = input.title;
	if (input.dek !== undefined) meta.dek = input.dek;
	return meta;
}
