// What /articles/try runs in the browser: the ingester itself (ingest.ts, with the cleaner and the
// gazetteer), on text that never leaves the page, and the two files that let an editor add the same
// article to the repository with `npm run ingest`. The page loads this module on demand (a dynamic
// import), so no other page downloads the cleaner or the gazetteer.

import { IngestError, type IngestErrorCode } from './errors.ts';
import { checkedMeta, ingest, type IngestResult } from './ingest.ts';
import type { ArticleDate, ArticleMetaInput, DatePrecision } from './model.ts';
import { checkRawSize } from './raw.ts';

export { MAX_RAW_BYTES } from './raw.ts';
export type { IngestResult };

export type DraftOutcome =
	{ ok: true; result: IngestResult } | { ok: false; code: IngestErrorCode; message: string };

/**
 * Ingests text as `npm run ingest -- <file> --dry-run` would (no metadata: the slug comes from the
 * headline), turning a refusal into its code and message, worded as the CLI words it.
 */
export function tryArticle(bytes: Uint8Array, name: string): DraftOutcome {
	try {
		return { ok: true, result: ingest(bytes, { name }) };
	} catch (e) {
		if (e instanceof IngestError) return { ok: false, code: e.code, message: e.message };
		throw e;
	}
}

/** Refuses a file by its size before it is read, as the CLI does (scripts/ingest.ts). */
export function checkFileSize(byteLength: number, name: string): DraftOutcome | null {
	try {
		checkRawSize(byteLength, name);
		return null;
	} catch (e) {
		if (e instanceof IngestError) return { ok: false, code: e.code, message: e.message };
		throw e;
	}
}

/** What the try page's form holds: the facts the text cannot give (model.ts ArticleMeta). */
export interface MetaForm {
	slug: string;
	outlet: string;
	url: string;
	date: string;
	precision: DatePrecision;
	/** Only for an approximate date. */
	latest: string;
	/** Only for an approximate date: how it was worked out. */
	note: string;
	/** The text's language as the ingester found it (blank: left to the ingester). */
	lang?: string;
}

export interface DraftFiles {
	/** `<slug>.txt`: the input, byte for byte. */
	rawName: string;
	/** `<slug>.meta.json`: ready for `--meta`. */
	metaName: string;
	/** The meta file's text (tab-indented JSON and a final newline, as the repository writes JSON). */
	metaText: string;
	/** The command that ingests the two files from the repository's root. */
	command: string;
}

export type MetaOutcome = { ok: true; files: DraftFiles } | { ok: false; message: string };

/** The metadata as JSON the ingester accepts: blank optional fields are left out, the rest trimmed. */
export function metaValue(form: MetaForm): ArticleMetaInput & { slug: string } {
	const date: ArticleDate = { value: form.date.trim(), precision: form.precision };
	if (form.precision === 'approximate') {
		if (form.latest.trim() !== '') date.latest = form.latest.trim();
		if (form.note.trim() !== '') date.note = form.note.trim();
	}
	const value: ArticleMetaInput & { slug: string } = {
		slug: form.slug.trim(),
		outlet: form.outlet.trim(),
		url: form.url.trim(),
		date
	};
	if (form.lang && form.lang.trim() !== '') value.lang = form.lang.trim();
	return value;
}

/**
 * The two files for the repository, or every problem with the metadata in the ingester's own words
 * (the same checks and message as `npm run ingest -- … --meta`).
 */
export function draftFiles(form: MetaForm): MetaOutcome {
	const value = metaValue(form);
	const metaName = `${value.slug || 'article'}.meta.json`;
	let meta: ArticleMetaInput;
	try {
		meta = checkedMeta(value, metaName, true);
	} catch (e) {
		if (!(e instanceof IngestError)) throw e;
		return { ok: false, message: e.message };
	}
	const rawName = `${value.slug}.txt`;
	return {
		ok: true,
		files: {
			rawName,
			metaName,
			metaText: `${JSON.stringify(meta, null, '\t')}\n`,
			command: `npm run ingest -- ${rawName} --meta ${metaName}`
		}
	};
}
