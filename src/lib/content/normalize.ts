// Rules for editor metadata that go beyond its shape, as pure functions: the URL is normalised, one-line
// fields hold one line, no field carries invisible bidirectional formatting, and a slug can be a
// folder name on every system the repository is checked out on. The ingester runs normalizeMeta on a
// --meta file (and on a stored meta.json) before model.ts checks its shape; each rule is also exported
// on its own so that a schema can call it per field.
//
// Why refuse instead of repair: metadata is typed by an editor, so a newline in "outlet" or a bidi
// override in "title" is a paste accident the editor should see, not something to guess at. Only the
// URL is rewritten, and only into the form the WHATWG URL parser gives for the same address.
//
// Bidi controls in the article text itself are a different matter, since the text is verbatim: see
// bidiControlIn, which ingest.ts uses to refuse them in the lines a reader would see.

import { RESERVED_SLUGS, isReservedSlug } from '#lib/data/types.ts';

/** A checked value, or why it was refused (a sentence fragment: "must be http(s), got ftp:"). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Explicit bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI):
 * they reorder the characters around them when shown, so what a reader sees is not what is stored.
 */
const BIDI_EXPLICIT = /[\u202A-\u202E\u2066-\u2069]/u;
/** The explicit controls and the implicit marks (ALM, LRM, RLM), which metadata never needs either. */
const BIDI_ANY = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Every way a line can end, including the Unicode separators a JSON string may hold. */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
/** C0 and C1 control characters (tab and line ends included) and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** What the URL parser would silently drop or re-encode, so a URL must not hold it at all. */
// eslint-disable-next-line no-control-regex -- as above
const URL_UNSAFE = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/u;

/** "U+202E" */
function codePoint(ch: string): string {
	return `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

function describeAt(text: string, re: RegExp): { ch: string; at: number } | null {
	const m = re.exec(text);
	return m ? { ch: m[0], at: m.index } : null;
}

/**
 * The first explicit bidi control (embedding, override or isolate) in a text, with its UTF-16
 * offset, or null. Implicit marks (LRM, RLM, ALM) only nudge neutral characters and are left alone.
 */
export function bidiControlIn(text: string): { codePoint: string; at: number } | null {
	const found = describeAt(text, BIDI_EXPLICIT);
	return found ? { codePoint: codePoint(found.ch), at: found.at } : null;
}

/** A one-line field: no line break, no other control character, no bidi control or mark, no markup. */
export function checkOneLine(value: string): Checked<string> {
	const lineBreak = describeAt(value, LINE_BREAK);
	if (lineBreak) {
		return {
			ok: false,
			problem: `must be one line, got a line break (${codePoint(lineBreak.ch)}) at character ${lineBreak.at + 1}`
		};
	}
	return checkText(value);
}

/**
 * A free-text field that may run over several lines (a date note): line feeds are allowed, other
 * control characters, bidi controls or marks, and HTML markup are not.
 */
export function checkText(value: string): Checked<string> {
	const control = describeAt(value.replace(/\n/g, ' '), CONTROL);
	if (control) {
		return {
			ok: false,
			problem: `holds the control character ${codePoint(control.ch)} at character ${control.at + 1}`
		};
	}
	const bidi = describeAt(value, BIDI_ANY);
	if (bidi) {
		return {
			ok: false,
			problem: `holds the invisible bidi control ${codePoint(bidi.ch)} at character ${bidi.at + 1}; delete it (it reorders what a reader sees)`
		};
	}
	const markup = MARKUP.exec(value);
	if (markup) {
		return {
			ok: false,
			problem: `must be plain text, got markup ${JSON.stringify(markup[0])} at character ${markup.index + 1} (it would be shown as typed, not rendered)`
		};
	}
	return { ok: true, value };
}

/**
 * An HTML or XML tag, comment or character reference: pasted from a page's source rather than its
 * text. A lone "<" or "&" ("AT&T", "a < b") is plain text.
 */
const MARKUP = /<\/?[A-Za-z][^<>]{0,200}>|<!--|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * An article address as the WHATWG URL parser writes it (lower-case scheme and host, IDN host in
 * punycode, default port dropped, dot segments resolved, unsafe characters percent-encoded). Only
 * http and https, no user name or password, no white space or control characters anywhere: the
 * parser would drop a tab or newline without a word, so such input is refused rather than repaired.
 */
export function normalizeUrl(value: string): Checked<string> {
	const unsafe = describeAt(value, URL_UNSAFE);
	if (unsafe) {
		return {
			ok: false,
			problem: `must not hold white space or control characters, got ${codePoint(unsafe.ch)} at character ${unsafe.at + 1}`
		};
	}
	const bidi = describeAt(value, BIDI_ANY);
	if (bidi) {
		return {
			ok: false,
			problem: `holds the invisible bidi control ${codePoint(bidi.ch)} at character ${bidi.at + 1}`
		};
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return { ok: false, problem: `${JSON.stringify(value)} does not parse as a URL` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, problem: `must be http(s), got ${url.protocol}` };
	}
	if (url.username !== '' || url.password !== '') {
		return { ok: false, problem: 'must not hold a user name or password (user:pass@)' };
	}
	if (url.hostname === '') return { ok: false, problem: 'has no host' };
	return { ok: true, value: url.href };
}

/** Device names Windows reserves in every folder, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** True for con, prn, aux, nul, com1–com9 and lpt1–lpt9 in any case: no Windows checkout can hold them. */
export function isReservedName(name: string): boolean {
	return WINDOWS_RESERVED.test(name);
}

/** A slug's folder-name rule; its shape (lower-case words and hyphens) is model.ts's. */
export function checkSlugName(slug: string): Checked<string> {
	if (isReservedSlug(slug)) {
		return {
			ok: false,
			problem: `"${slug}" is the name of a page under /articles/ (${RESERVED_SLUGS.join(', ')}), so an article with that slug could never be opened; choose another slug`
		};
	}
	if (isReservedName(slug)) {
		return {
			ok: false,
			problem: `"${slug}" is a reserved device name on Windows (con, prn, aux, nul, com1–9, lpt1–9), so its folder could not be checked out there; choose another slug`
		};
	}
	return { ok: true, value: slug };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Meta fields that hold one line of text; url and slug have rules of their own. */
const ONE_LINE_FIELDS = ['outlet', 'lang', 'section', 'title', 'dek'] as const;

export interface NormalizedMeta {
	/** The input with its URL normalised; the input itself when it is not an object. */
	value: unknown;
	/** "file: path: message", as model.ts words its problems. */
	problems: string[];
	/** The JSON paths these problems are about, so a shape check can skip repeating them. */
	paths: string[];
}

/**
 * Applies the rules above to editor metadata (the JSON of a --meta file or a stored meta.json) before
 * its shape is checked. Fields of the wrong type are left for the shape check to report. Pure: the
 * input is not modified.
 */
export function normalizeMeta(input: unknown, file: string): NormalizedMeta {
	const problems: string[] = [];
	const paths: string[] = [];
	if (!isObject(input)) return { value: input, problems, paths };
	const value: Json = { ...input };
	const fail = (path: string, problem: string) => {
		problems.push(`${file}: ${path}: ${problem}`);
		paths.push(path);
	};
	const apply = (path: string, v: unknown, rule: (s: string) => Checked<string>) => {
		if (typeof v !== 'string') return v;
		const r = rule(v);
		if (!r.ok) fail(path, r.problem);
		return r.ok ? r.value : v;
	};

	if (typeof value.slug === 'string') {
		apply('slug', value.slug, checkOneLine);
		apply('slug', value.slug, checkSlugName);
	}
	if (typeof value.url === 'string') value.url = apply('url', value.url, normalizeUrl);
	for (const key of ONE_LINE_FIELDS) apply(key, value[key], checkOneLine);
	for (const key of ['topics', 'sources'] as const) {
		const list = value[key];
		if (Array.isArray(list)) list.forEach((v, i) => apply(`${key}[${i}]`, v, checkOneLine));
	}
	if (isObject(value.date)) {
		for (const key of ['value', 'precision', 'latest'] as const) {
			apply(`date.${key}`, value.date[key], checkOneLine);
		}
		apply('date.note', value.date.note, checkText);
		const noteIn = value.date.noteIn;
		if (isObject(noteIn))
			for (const [locale, note] of Object.entries(noteIn))
				apply(`date.noteIn.${locale}`, note, checkText);
	}
	return { value, problems, paths };
}
