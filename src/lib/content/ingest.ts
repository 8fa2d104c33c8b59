// Ingestion as a pure function: raw bytes and editor metadata in, the files of one article folder
// out. Nothing here touches the file system (store.ts does), so the whole path from bytes to
// article.json is testable and deterministic: the same input always yields the same bytes.

import { createHash } from 'node:crypto';
import { cleanArticle } from './clean.ts';
import { IngestError } from './errors.ts';
import { findIslandLinks } from './gazetteer.ts';
import { checkArticle, checkMeta } from '#lib/data/schema.ts';
import { INGEST_VERSION, completeMeta, islandsOf, paragraphOffsets } from './model.ts';
import type {
	ArticleContent,
	ArticleMeta,
	ArticleMetaInput,
	Caption,
	Paragraph,
	Passage
} from './model.ts';

/** One copied article is tens of kilobytes; a megabyte means the wrong file. */
export const MAX_RAW_BYTES = 1024 * 1024;

export interface IngestResult {
	slug: string;
	/** The input, unchanged: stored as raw.txt. */
	raw: Uint8Array;
	article: ArticleContent;
	/** Null when no metadata was given (a dry run can do without). */
	meta: ArticleMeta | null;
}

/** Decodes the input as UTF-8 text, refusing what is not one pasted article. */
export function decodeRaw(bytes: Uint8Array, name = 'input'): string {
	if (bytes.byteLength > MAX_RAW_BYTES) {
		throw new IngestError(
			'TOO_LARGE',
			`${name} is ${bytes.byteLength} bytes, over the ${MAX_RAW_BYTES}-byte limit for one article`
		);
	}
	if (bytes.byteLength === 0) throw new IngestError('EMPTY', `${name} is empty`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new IngestError('NOT_UTF8', `${name} is UTF-16 text: save it as UTF-8 and try again`);
	}
	// Text never holds NUL or most C0 controls; images, PDFs and office files are full of them.
	let controls = 0;
	for (const b of bytes) {
		if (b === 0) {
			throw new IngestError('BINARY', `${name} is binary (it holds NUL bytes), not copied text`);
		}
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
	}
	if (controls > 0) {
		throw new IngestError(
			'BINARY',
			`${name} holds ${controls} control character${controls === 1 ? '' : 's'}: it is binary, not copied text`
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IngestError(
			'NOT_UTF8',
			`${name} is not valid UTF-8 (${firstBadByte(bytes)}): save it as UTF-8 and try again`
		);
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') {
		throw new IngestError('EMPTY', `${name} holds only white space`);
	}
	return text;
}

function firstBadByte(bytes: Uint8Array): string {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.byteLength;
	// The longest valid prefix, found by bisection; a cut inside a character also fails, so back off.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		try {
			decoder.decode(bytes.subarray(0, mid));
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	const at = lo;
	return `byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}`;
}

/** Parses and checks a --meta file's text. */
export function parseMeta(text: string, file: string): ArticleMetaInput {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		throw new IngestError('BAD_META', `${file}: not JSON: ${(e as Error).message}`);
	}
	const { meta, problems } = checkMeta(value, file);
	if (!meta) {
		throw new IngestError(
			'BAD_META',
			problems.length === 1 ? (problems[0] as string) : problems.join('; ')
		);
	}
	return meta;
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
	return createHash('sha256').update(bytes).digest('hex');
}

/** Cleans, links and assembles one article. Throws IngestError for input it refuses. */
export function ingest(
	bytes: Uint8Array,
	options: { meta?: ArticleMetaInput | null; name?: string } = {}
): IngestResult {
	const input = options.meta ?? null;
	const text = decodeRaw(bytes, options.name);
	const cleaned = cleanArticle(text, { title: input?.title, dek: input?.dek });

	const paragraphs: Paragraph[] = cleaned.paragraphs.map((t) => {
		const links = findIslandLinks(t);
		return { text: t, islands: islandsOf(links), links };
	});
	const captions: Caption[] = cleaned.captions.map((c) => {
		const links = findIslandLinks(c.text);
		return { ...c, islands: islandsOf(links), links };
	});

	let slug = input?.slug ?? slugify(cleaned.title);
	// A headline in a script slugify cannot spell (Japanese, Russian) still needs a stable name.
	if (slug === '') slug = `article-${sha256(bytes).slice(0, 10)}`;

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

	return { slug, raw: bytes, article, meta: input ? completeMeta(input, slug) : null };
}
