// The article content model: what `npm run ingest` writes under content/articles/<slug>/ and what
// the app reads back at build time (articles.ts). Every stored file is checked here, so a bad edit
// fails the build with the file, the JSON path and what is wrong, never a blank page for a reader.
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

import { SOURCES } from '#lib/data/sources.ts';
import { ISLAND_IDS, isIslandId } from '#lib/data/types.ts';
import type { IslandId, SourceId } from '#lib/data/types.ts';

/** Bumped when the ingester would derive a different article.json from the same input. */
export const INGEST_VERSION = 1;

export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * When an article was published. `day`: value is yyyy-mm-dd. `month`: value is yyyy-mm.
 * `approximate`: the page does not print its date; value is the earliest likely day (or month),
 * `latest` the last one, and `note` says how the range was worked out.
 */
export interface ArticleDate {
	value: string;
	precision: DatePrecision;
	latest?: string;
	note?: string;
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
 * How a link was found: the island's own name, one of its islets, one of its settlements, or a
 * term for several islands at once ("the Northern Territories").
 */
export const LINK_VIAS = ['name', 'islet', 'settlement', 'collective'] as const;
export type LinkVia = (typeof LINK_VIAS)[number];

export interface IslandLink {
	island: IslandId;
	via: LinkVia;
	/** The place id (places.ts) or collective term id that matched. */
	place: string;
	/** The matched characters, exactly as in the text. */
	match: string;
	/** Offsets into the paragraph's or caption's own text. */
	start: number;
	end: number;
}

export interface Paragraph {
	/** Verbatim: one line of raw.txt with only its ends trimmed. */
	text: string;
	/** The islands it refers to, in ISLAND_IDS order. */
	islands: IslandId[];
	links: IslandLink[];
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

/** Why the ingester dropped a line of raw.txt (see clean.ts for each rule). */
export const CLEAN_RULES = [
	'icon-sprite',
	'template-placeholder',
	'paywall',
	'offer',
	'sponsored',
	'page-control',
	'header-extra',
	'outside-article'
] as const;
export type CleanRule = (typeof CLEAN_RULES)[number];

export interface RemovedLine {
	/** 1-based line number in raw.txt. */
	line: number;
	rule: CleanRule;
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

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOPIC_PATTERN = SLUG_PATTERN;
const MAX_SLUG_LENGTH = 80;

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

/** The islands of a set of links, once each, in ISLAND_IDS order. */
export function islandsOf(links: readonly { island: IslandId }[]): IslandId[] {
	return ISLAND_IDS.filter((id) => links.some((l) => l.island === id));
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function dateParts(value: string): { y: number; m?: number; d?: number } {
	const [y, m, d] = value.split('-').map(Number);
	return { y: y as number, m, d };
}

/** "19 March 2018", "March 2018", "about 19–20 March 2018": fixed English, no locale data. */
export function describeDate(date: ArticleDate): string {
	const one = (value: string): string => {
		const { y, m, d } = dateParts(value);
		if (m === undefined) return String(y);
		const month = MONTHS[m - 1] as string;
		return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
	};
	if (date.precision !== 'approximate') return one(date.value);
	if (!date.latest || date.latest === date.value) return `about ${one(date.value)}`;
	const a = dateParts(date.value);
	const b = dateParts(date.latest);
	if (a.y === b.y && a.m !== undefined && a.m === b.m && a.d !== undefined && b.d !== undefined) {
		return `about ${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
	}
	return `about ${one(date.value)} – ${one(date.latest)}`;
}

/** A key that sorts dates oldest first as strings; month and year values sort at their start. */
export function dateSortKey(date: ArticleDate): string {
	return date.value;
}

/** Problems found in a content file; the message lists every one. */
export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(
			problems.length === 1
				? (problems[0] as string)
				: `${problems.length} problems:\n  ${problems.join('\n  ')}`
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects "file: path: message" lines; paths read like JSON paths ("paragraphs[3].links[0].start"). */
class Checker {
	readonly problems: string[] = [];
	readonly file: string;
	constructor(file: string) {
		this.file = file;
	}
	add(path: string, message: string): void {
		this.problems.push(`${this.file}: ${path || '(root)'}: ${message}`);
	}
	object(value: unknown, path: string): value is Json {
		if (isObject(value)) return true;
		this.add(path, `must be an object, got ${describe(value)}`);
		return false;
	}
	array(value: unknown, path: string): value is unknown[] {
		if (Array.isArray(value)) return true;
		this.add(path, `must be an array, got ${describe(value)}`);
		return false;
	}
	string(value: unknown, path: string): value is string {
		if (typeof value === 'string' && value.trim() !== '') return true;
		this.add(path, `must be a non-empty string, got ${describe(value)}`);
		return false;
	}
	nullableString(value: unknown, path: string): value is string | null {
		return value === null || this.string(value, path);
	}
	integer(value: unknown, path: string, min: number): value is number {
		if (typeof value === 'number' && Number.isInteger(value) && value >= min) return true;
		this.add(path, `must be an integer ≥ ${min}, got ${describe(value)}`);
		return false;
	}
	/** Reports keys the model does not know, which are usually typos ("titel"). */
	keys(value: Json, path: string, allowed: readonly string[]): void {
		for (const key of Object.keys(value)) {
			if (!allowed.includes(key)) {
				this.add(join(path, key), `unknown field (allowed: ${allowed.join(', ')})`);
			}
		}
	}
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path ? `${path}.${key}` : key;
}

const DATE_FORMATS: Record<DatePrecision, RegExp> = {
	day: /^\d{4}-\d{2}-\d{2}$/,
	month: /^\d{4}-\d{2}$/,
	approximate: /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
};

function realDate(value: string): boolean {
	const { y, m, d } = dateParts(value);
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function checkDate(c: Checker, value: unknown, path: string): void {
	if (!c.object(value, path)) return;
	c.keys(value, path, ['value', 'precision', 'latest', 'note']);
	const precision = value.precision;
	if (!DATE_PRECISIONS.includes(precision as DatePrecision)) {
		c.add(
			join(path, 'precision'),
			`must be one of ${DATE_PRECISIONS.join(', ')}, got ${describe(precision)}`
		);
		return;
	}
	const p = precision as DatePrecision;
	const format = DATE_FORMATS[p];
	const expected =
		p === 'day' ? 'yyyy-mm-dd' : p === 'month' ? 'yyyy-mm' : 'yyyy, yyyy-mm or yyyy-mm-dd';
	for (const key of ['value', 'latest'] as const) {
		const v = value[key];
		if (key === 'latest' && v === undefined) continue;
		if (typeof v !== 'string' || !format.test(v) || !realDate(v)) {
			c.add(join(path, key), `must be a real date written ${expected}, got ${describe(v)}`);
		}
	}
	if (p !== 'approximate' && value.latest !== undefined) {
		c.add(join(path, 'latest'), 'is only for precision "approximate"');
	}
	if (
		typeof value.latest === 'string' &&
		typeof value.value === 'string' &&
		value.latest < value.value
	) {
		c.add(join(path, 'latest'), `is before value (${value.value})`);
	}
	if (p === 'approximate' && !(typeof value.note === 'string' && value.note.trim() !== '')) {
		c.add(join(path, 'note'), 'must say how an approximate date was worked out');
	} else if (value.note !== undefined) {
		c.string(value.note, join(path, 'note'));
	}
}

const META_KEYS = [
	'slug',
	'outlet',
	'url',
	'lang',
	'date',
	'section',
	'title',
	'dek',
	'topics',
	'sources'
] as const;

/**
 * Checks editor metadata and fills the defaults (lang "en", no topics, no sources). With
 * `requireSlug` (stored meta.json) the slug must be present.
 */
export function checkMeta(
	value: unknown,
	file: string,
	requireSlug = false
): { meta: ArticleMetaInput | null; problems: string[] } {
	const c = new Checker(file);
	if (!c.object(value, '')) return { meta: null, problems: c.problems };
	c.keys(value, '', META_KEYS);
	if (value.slug !== undefined || requireSlug) {
		if (c.string(value.slug, 'slug') && !isSlug(value.slug)) {
			c.add(
				'slug',
				`must be lower-case words joined by hyphens, at most ${MAX_SLUG_LENGTH} characters`
			);
		}
	}
	c.string(value.outlet, 'outlet');
	if (c.string(value.url, 'url')) {
		let url: URL | null = null;
		try {
			url = new URL(value.url);
		} catch {
			c.add('url', `${describe(value.url)} does not parse as a URL`);
		}
		if (url && url.protocol !== 'https:' && url.protocol !== 'http:') {
			c.add('url', `must be http(s), got ${url.protocol}`);
		}
	}
	if (value.lang !== undefined && c.string(value.lang, 'lang')) {
		if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value.lang))
			c.add('lang', 'is not a BCP 47 tag');
	}
	checkDate(c, value.date, 'date');
	for (const key of ['section', 'title', 'dek'] as const) {
		if (value[key] !== undefined && c.string(value[key], key) && /[\r\n]/.test(value[key])) {
			c.add(key, 'must be one line');
		}
	}
	if (value.topics !== undefined && c.array(value.topics, 'topics')) {
		value.topics.forEach((t, i) => {
			if (c.string(t, `topics[${i}]`) && !TOPIC_PATTERN.test(t)) {
				c.add(
					`topics[${i}]`,
					`${describe(t)} must be a kebab-case id ("joint-economic-activities")`
				);
			}
		});
	}
	if (value.sources !== undefined && c.array(value.sources, 'sources')) {
		value.sources.forEach((s, i) => {
			if (c.string(s, `sources[${i}]`) && !Object.hasOwn(SOURCES, s)) {
				c.add(`sources[${i}]`, `unknown source id ${describe(s)} (not in src/lib/data/sources.ts)`);
			}
		});
	}
	if (c.problems.length > 0) return { meta: null, problems: c.problems };
	return { meta: value as unknown as ArticleMetaInput, problems: [] };
}

export function isSlug(value: string): boolean {
	return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
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

function checkLinks(c: Checker, value: unknown, path: string, text: string): IslandLink[] {
	if (!c.array(value, path)) return [];
	const good: IslandLink[] = [];
	value.forEach((link, i) => {
		const at = join(path, i);
		if (!c.object(link, at)) return;
		c.keys(link, at, ['island', 'via', 'place', 'match', 'start', 'end']);
		let ok = true;
		if (!isIslandId(link.island)) {
			c.add(
				join(at, 'island'),
				`must be one of ${ISLAND_IDS.join(', ')}, got ${describe(link.island)}`
			);
			ok = false;
		}
		if (!LINK_VIAS.includes(link.via as LinkVia)) {
			c.add(join(at, 'via'), `must be one of ${LINK_VIAS.join(', ')}, got ${describe(link.via)}`);
			ok = false;
		}
		ok = c.string(link.place, join(at, 'place')) && ok;
		ok = c.string(link.match, join(at, 'match')) && ok;
		ok = c.integer(link.start, join(at, 'start'), 0) && ok;
		ok = c.integer(link.end, join(at, 'end'), 1) && ok;
		if (!ok) return;
		const l = link as unknown as IslandLink;
		// Kept even with bad offsets, so that the islands check does not repeat this problem.
		good.push(l);
		if (l.end <= l.start || l.end > text.length || text.slice(l.start, l.end) !== l.match) {
			c.add(at, `start/end (${l.start}–${l.end}) do not select ${describe(l.match)} in the text`);
		}
	});
	return good;
}

function checkIslands(c: Checker, value: unknown, path: string, links: IslandLink[]): IslandId[] {
	if (!c.array(value, path)) return [];
	const expected = islandsOf(links);
	if (value.length !== expected.length || value.some((v, i) => v !== expected[i])) {
		c.add(
			path,
			`must be ${JSON.stringify(expected)} (the islands of its links in ISLAND_IDS order), got ${JSON.stringify(value)}`
		);
	}
	return expected;
}

const ARTICLE_KEYS = [
	'ingestVersion',
	'slug',
	'rawSha256',
	'title',
	'dek',
	'section',
	'dateline',
	'byline',
	'printedDate',
	'paragraphs',
	'captions',
	'passages',
	'removed'
] as const;

/** Checks a stored article.json, including that every offset selects the text it claims to. */
export function checkArticle(value: unknown, file: string): string[] {
	const c = new Checker(file);
	if (!c.object(value, '')) return c.problems;
	c.keys(value, '', ARTICLE_KEYS);
	if (value.ingestVersion !== INGEST_VERSION) {
		c.add(
			'ingestVersion',
			`is ${describe(value.ingestVersion)}, this code reads ${INGEST_VERSION}: re-run npm run ingest -- <folder>/raw.txt`
		);
	}
	if (c.string(value.slug, 'slug') && !isSlug(value.slug)) c.add('slug', 'is not a valid slug');
	if (typeof value.rawSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.rawSha256)) {
		c.add('rawSha256', 'must be 64 lower-case hex digits');
	}
	c.string(value.title, 'title');
	for (const key of ['dek', 'section', 'dateline', 'byline', 'printedDate'] as const) {
		c.nullableString(value[key], key);
	}

	const paragraphs: { text: string; islands: IslandId[] }[] = [];
	if (c.array(value.paragraphs, 'paragraphs')) {
		if (value.paragraphs.length === 0) c.add('paragraphs', 'must hold at least one paragraph');
		value.paragraphs.forEach((p, i) => {
			const at = `paragraphs[${i}]`;
			if (!c.object(p, at)) return;
			c.keys(p, at, ['text', 'islands', 'links']);
			if (!c.string(p.text, `${at}.text`)) return;
			if (p.text !== p.text.trim() || p.text.includes('\n\n')) {
				c.add(`${at}.text`, 'must be trimmed and hold no blank line');
			}
			const links = checkLinks(c, p.links, `${at}.links`, p.text);
			paragraphs[i] = { text: p.text, islands: checkIslands(c, p.islands, `${at}.islands`, links) };
		});
	}

	if (c.array(value.captions, 'captions')) {
		value.captions.forEach((cap, i) => {
			const at = `captions[${i}]`;
			if (!c.object(cap, at)) return;
			c.keys(cap, at, ['text', 'credit', 'afterParagraph', 'islands', 'links']);
			if (!c.string(cap.text, `${at}.text`)) return;
			c.nullableString(cap.credit, `${at}.credit`);
			const count = Array.isArray(value.paragraphs) ? value.paragraphs.length : 0;
			if (
				c.integer(cap.afterParagraph, `${at}.afterParagraph`, -1) &&
				cap.afterParagraph >= count
			) {
				c.add(`${at}.afterParagraph`, `must be below the paragraph count (${count})`);
			}
			checkIslands(
				c,
				cap.islands,
				`${at}.islands`,
				checkLinks(c, cap.links, `${at}.links`, cap.text)
			);
		});
	}

	if (c.array(value.passages, 'passages') && c.problems.length === 0) {
		const article = value as unknown as ArticleContent;
		const text = cleanedText(article);
		const withIslands = paragraphs.flatMap((p, i) => (p.islands.length > 0 ? [i] : []));
		const seen: number[] = [];
		value.passages.forEach((ps, i) => {
			const at = `passages[${i}]`;
			if (!c.object(ps, at)) return;
			c.keys(ps, at, ['n', 'paragraph', 'start', 'end', 'text', 'islands']);
			if (ps.n !== i + 1) c.add(`${at}.n`, `must be ${i + 1}, got ${describe(ps.n)}`);
			if (!c.integer(ps.paragraph, `${at}.paragraph`, 0)) return;
			const para = paragraphs[ps.paragraph];
			if (!para) {
				c.add(`${at}.paragraph`, `no paragraph ${ps.paragraph}`);
				return;
			}
			seen.push(ps.paragraph);
			if (ps.text !== para.text) c.add(`${at}.text`, `must equal paragraphs[${ps.paragraph}].text`);
			if (
				!c.integer(ps.start, `${at}.start`, 0) ||
				!c.integer(ps.end, `${at}.end`, 0) ||
				text.slice(ps.start, ps.end) !== ps.text
			) {
				c.add(at, 'start/end do not select the passage text in the cleaned text');
			}
			if (JSON.stringify(ps.islands) !== JSON.stringify(para.islands)) {
				c.add(`${at}.islands`, `must equal paragraphs[${ps.paragraph}].islands`);
			}
		});
		if (JSON.stringify(seen) !== JSON.stringify(withIslands)) {
			c.add(
				'passages',
				`must be one per paragraph with islands, in order: paragraphs ${JSON.stringify(withIslands)}`
			);
		}
	}

	if (c.array(value.removed, 'removed')) {
		value.removed.forEach((r, i) => {
			const at = `removed[${i}]`;
			if (!c.object(r, at)) return;
			c.integer(r.line, `${at}.line`, 1);
			if (!CLEAN_RULES.includes(r.rule as CleanRule)) {
				c.add(`${at}.rule`, `must be one of ${CLEAN_RULES.join(', ')}, got ${describe(r.rule)}`);
			}
		});
	}
	return c.problems;
}

/** article.json and meta.json of one folder, joined; throws ContentError naming file and path. */
export function joinArticle(
	content: unknown,
	meta: unknown,
	files: { article: string; meta: string },
	folderSlug: string
): Article {
	const problems = checkArticle(content, files.article);
	const checked = checkMeta(meta, files.meta, true);
	problems.push(...checked.problems);
	if (problems.length === 0) {
		const a = content as ArticleContent;
		const m = checked.meta as ArticleMetaInput & { slug: string };
		if (a.slug !== folderSlug)
			problems.push(`${files.article}: slug: is "${a.slug}", the folder is "${folderSlug}"`);
		if (m.slug !== folderSlug)
			problems.push(`${files.meta}: slug: is "${m.slug}", the folder is "${folderSlug}"`);
		if (problems.length === 0) {
			const full = completeMeta(m, m.slug);
			return {
				slug: a.slug,
				title: a.title,
				dek: a.dek,
				section: full.section ?? a.section,
				dateline: a.dateline,
				byline: a.byline,
				outlet: full.outlet,
				url: full.url,
				lang: full.lang,
				date: full.date,
				topics: full.topics,
				sources: full.sources,
				paragraphs: a.paragraphs,
				captions: a.captions,
				passages: a.passages
			};
		}
	}
	throw new ContentError(problems);
}
