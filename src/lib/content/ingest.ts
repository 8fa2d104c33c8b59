// Ingestion as a pure function: raw bytes and editor metadata in, the files of one article folder
// out. Nothing here touches the file system (store.ts does), so the whole path from bytes to
// article.json is testable and deterministic: the same input always yields the same bytes.
// No Node built-ins either: /articles/try runs this same function in the browser, so what a reader
// sees there is what `npm run ingest` would store.

import { cleanArticle } from './clean.ts';
import type { Cleaned, HeadingNote } from './clean.ts';
import { detectLang, readDate } from './lang.ts';
import { IngestError } from './errors.ts';
import { linkCleaned } from './gazetteer.ts';
import { sha256Hex } from './loader.ts';
import { decodeRaw } from './raw.ts';
import { checkArticle, checkMeta } from './schema.ts';
import { INGEST_VERSION, completeMeta, islandsOf, paragraphOffsets } from './model.ts';
import { bidiControlIn, isReservedName, normalizeMeta } from './normalize.ts';
import { isReservedSlug } from '#lib/data/types.ts';
import type {
	ArticleContent,
	ArticleMeta,
	ArticleMetaInput,
	Caption,
	IslandLink,
	Paragraph,
	Passage
} from './model.ts';

// The input check lives in raw.ts (no Node built-ins); the CLI and the tests import it from here.
export { MAX_RAW_BYTES, decodeRaw } from './raw.ts';

// Limits on what one article may become, each far above any news article (a long feature has about
// a hundred paragraphs of at most a few hundred words). Without them a megabyte of short island
// lines became 16,383 passages and a 10 MB article.json, and one megabyte-long line went whole into
// island linking, whose cost grows faster than the length of a text.

/** Paragraphs in one article. */
export const MAX_PARAGRAPHS = 2000;
/** Photo captions in one article. */
export const MAX_CAPTIONS = 500;
/** Paragraphs that name an island. */
export const MAX_PASSAGES = 1000;
/** UTF-16 code units in one paragraph, caption, headline or dek: about 1,700 words. */
export const MAX_PARAGRAPH_CHARS = 10_000;
/** Bytes of the article.json written (the seed's is 11 KB). */
export const MAX_ARTICLE_JSON_BYTES = 2 * 1024 * 1024;

export interface IngestResult {
	slug: string;
	/** The input, unchanged: stored as raw.txt. */
	raw: Uint8Array;
	article: ArticleContent;
	/** Null when no metadata was given (a dry run can do without). */
	meta: ArticleMeta | null;
	/** The article's language: the metadata's `lang`, or the one its text is written in. */
	lang: string;
	/** The day the page's printed date gives (yyyy-mm-dd), or null: a default for the metadata. */
	date: string | null;
	/** Why each header line was taken as headline, dek, label or left out (clean.ts). */
	heading: HeadingNote[];
}

/** Parses and checks a --meta file's text. */
export function parseMeta(text: string, file: string): ArticleMetaInput {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		throw new IngestError('BAD_META', `${file}: not JSON: ${(e as Error).message}`);
	}
	return checkedMeta(value, file);
}

/**
 * Editor metadata normalised (normalize.ts) and then checked for shape (model.ts), every problem of
 * both in one BAD_META message; a field normalize.ts refused is not reported twice.
 */
export function checkedMeta(value: unknown, file: string, requireSlug = false): ArticleMetaInput {
	const normalized = normalizeMeta(value, file);
	const checked = checkMeta(normalized.value, file, requireSlug);
	const repeated = (problem: string) =>
		normalized.paths.some((path) =>
			[':', '.', '['].some((end) => problem.startsWith(`${file}: ${path}${end}`))
		);
	const problems = [...normalized.problems, ...checked.problems.filter((p) => !repeated(p))];
	if (problems.length > 0 || !checked.meta) {
		// The address is what a reader follows from the page: a bad one gets its own code.
		const url = problems.some(
			(p) => p.startsWith(`${file}: url:`) || p.startsWith(`${file}: url `)
		);
		throw new IngestError(
			url ? 'BAD_URL' : 'BAD_META',
			problems.length === 1 ? (problems[0] as string) : problems.join('; ')
		);
	}
	return checked.meta;
}

/** A URL-safe slug from a headline: "Putin's win raises..." → "putins-win-raises...". */
export function slugify(title: string): string {
	const ascii = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (ascii.length <= 80) return ascii;
	const cut = ascii.slice(0, 81);
	return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

export function sha256(bytes: Uint8Array): string {
	return sha256Hex(bytes);
}

function excerpt(text: string): string {
	return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Refuses what the cleaner kept when it is too much for one article, or when a line a reader would
 * see holds an explicit bidi control. Runs before island linking, so that linking only ever sees
 * bounded input.
 *
 * The text is verbatim, so a bidi control can neither be dropped (the quote would change) nor shown
 * (an override such as U+202E reverses the characters after it, so the quote on screen would not be
 * the quote stored, searched or copied). The editor decides: the message says which line and where.
 * The implicit marks (U+200E, U+200F, U+061C) stay: they cannot reorder letters, and right-to-left
 * quotes need them. Lines the cleaner removed may hold anything; no reader sees them.
 */
function checkKept(cleaned: Cleaned): void {
	if (cleaned.paragraphs.length > MAX_PARAGRAPHS) {
		throw new IngestError(
			'TOO_MANY_PARAGRAPHS',
			`the text gives ${cleaned.paragraphs.length} paragraphs, over the limit of ${MAX_PARAGRAPHS} for one article: is it one news article?`
		);
	}
	if (cleaned.captions.length > MAX_CAPTIONS) {
		throw new IngestError(
			'TOO_MANY_PARAGRAPHS',
			`the text gives ${cleaned.captions.length} photo captions, over the limit of ${MAX_CAPTIONS} for one article: is it one news article?`
		);
	}
	const shown: [string, string | null][] = [
		['the headline', cleaned.title],
		['the dek', cleaned.dek],
		['the section', cleaned.section],
		['the byline', cleaned.byline],
		['the printed date', cleaned.printedDate],
		...cleaned.paragraphs.map((p, i): [string, string] => [`paragraph ${i + 1}`, p]),
		...cleaned.credits.map((c): [string, string] => [
			`the credit of paragraph ${c.paragraph + 1}`,
			c.text
		]),
		...cleaned.captions.flatMap((c, i): [string, string | null][] => [
			[`caption ${i + 1}`, c.text],
			[`the credit of caption ${i + 1}`, c.credit]
		])
	];
	for (const [what, text] of shown) {
		if (text !== null && text.length > MAX_PARAGRAPH_CHARS) {
			throw new IngestError(
				'PARAGRAPH_TOO_LONG',
				`${what} (${excerpt(text)}) is ${text.length} characters long, over the limit of ${MAX_PARAGRAPH_CHARS}: is the text missing its line breaks (one paragraph per line)?`
			);
		}
	}
	for (const [what, text] of shown) {
		const bidi = text === null ? null : bidiControlIn(text);
		if (bidi) {
			throw new IngestError(
				'BIDI_CONTROL',
				`${what} (${excerpt(text as string)}) holds the invisible bidi control ${bidi.codePoint} at character ${bidi.at + 1}, which would reorder the quote on screen; delete it from the text (and only it) and ingest again`
			);
		}
	}
}

/** Cleans, links and assembles one article. Throws IngestError for input it refuses. */
export function ingest(
	bytes: Uint8Array,
	options: { meta?: ArticleMetaInput | null; name?: string } = {}
): IngestResult {
	// Already done by parseMeta for a --meta file; repeated for metadata built in code.
	const input = options.meta ? (normalized(options.meta) as ArticleMetaInput) : null;
	const text = decodeRaw(bytes, options.name);
	const cleaned = cleanArticle(text, {
		title: input?.title,
		dek: input?.dek,
		outlet: input?.outlet
	});
	checkKept(cleaned);

	const { paragraphLinks, captionLinks } = linkCleaned(cleaned);
	const paragraphs: Paragraph[] = cleaned.paragraphs.map((t, i) => {
		const links = paragraphLinks[i] as IslandLink[];
		const p: Paragraph = { text: t, islands: islandsOf(links), links };
		const credit = cleaned.credits.find((c) => c.paragraph === i);
		if (credit) p.credit = credit.text;
		if (cleaned.cutOff === i) p.cutOff = true;
		return p;
	});
	const captions: Caption[] = cleaned.captions.map((c, i) => {
		const links = captionLinks[i] as IslandLink[];
		return { ...c, islands: islandsOf(links), links };
	});

	let slug = input?.slug ?? slugify(cleaned.title);
	// A headline in a script slugify cannot spell (Japanese, Russian) still needs a stable name.
	if (slug === '') slug = `article-${sha256(bytes).slice(0, 10)}`;
	// A headline "Aux" or "Con" must not make a folder no Windows checkout can hold.
	// Nor may it take the name of a page under /articles/ ("Try" → try-article).
	if (isReservedName(slug) || isReservedSlug(slug)) slug = `${slug}-article`;

	const partial = { title: cleaned.title, dek: cleaned.dek, paragraphs };
	const offsets = paragraphOffsets(partial);
	const passages: Passage[] = [];
	paragraphs.forEach((p, i) => {
		if (p.islands.length === 0) return;
		const start = offsets[i] as number;
		passages.push({
			n: passages.length + 1,
			paragraph: i,
			start,
			end: start + p.text.length,
			text: p.text,
			islands: p.islands
		});
	});

	if (passages.length > MAX_PASSAGES) {
		throw new IngestError(
			'TOO_MANY_PASSAGES',
			`${passages.length} paragraphs name an island, over the limit of ${MAX_PASSAGES} passages for one article: is it one news article?`
		);
	}

	const article: ArticleContent = {
		ingestVersion: INGEST_VERSION,
		slug,
		rawSha256: sha256(bytes),
		title: cleaned.title,
		dek: cleaned.dek,
		section: cleaned.section,
		dateline: cleaned.dateline,
		byline: cleaned.byline,
		printedDate: cleaned.printedDate,
		paragraphs,
		captions,
		passages,
		removed: cleaned.removed
	};
	// The model's own check: a failure here is a bug in the ingester, not in the input.
	const problems = checkArticle(article, `${slug}/article.json`);
	if (problems.length > 0)
		throw new Error(`ingester produced an invalid article: ${problems.join('; ')}`);
	const size = articleJsonBound(article);
	if (size > MAX_ARTICLE_JSON_BYTES) {
		throw new IngestError(
			'ARTICLE_TOO_LARGE',
			`its article.json would be up to ${size} bytes, over the limit of ${MAX_ARTICLE_JSON_BYTES}: is it one news article?`
		);
	}

	// The metadata's language wins (`"lang"` in the --meta file); without it, the text's own.
	const lang = input?.lang ?? detectLang([cleaned.title, ...cleaned.paragraphs]);
	const date = cleaned.printedDate === null ? null : readDate(cleaned.printedDate);
	return {
		slug,
		raw: bytes,
		article,
		meta: input ? completeMeta({ ...input, lang }, slug) : null,
		lang,
		date,
		heading: cleaned.heading
	};
}

/** Metadata built in code, normalised as a --meta file is; refused with BAD_URL or BAD_META. */
function normalized(meta: ArticleMetaInput): unknown {
	const n = normalizeMeta(meta, 'metadata');
	if (n.problems.length > 0)
		throw new IngestError(n.paths.includes('url') ? 'BAD_URL' : 'BAD_META', n.problems.join('; '));
	return n.value;
}

/**
 * The most bytes article.json can take: Prettier (store.ts) writes the same JSON, indented with tabs,
 * except that it puts an object or array that fits in the line width on one line, which is shorter,
 * and it adds a final newline. Known before formatting, so a dry run refuses what a write would.
 */
export function articleJsonBound(article: ArticleContent): number {
	return new TextEncoder().encode(JSON.stringify(article, null, '\t')).byteLength + 1;
}
