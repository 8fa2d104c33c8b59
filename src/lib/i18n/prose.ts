// Data prose (the timeline's events, each side's case, the island facts' notes, the overlays'
// explanations, the sources' descriptions) is written in English beside its sources in
// src/lib/data/, and translated in messages/{ja,ru}.json under a key made from its domain and a hash
// of the English: `prose_timeline_3k9x0a1b2c3d`. messages/en.json holds the English under the same keys,
// written by `npm run messages` (scripts/i18n/extract.ts) and checked against the data by
// src/lib/i18n/messages.test.ts. When an English text changes, its key changes, so its translations
// go missing and the completeness check names them: a translation never silently describes an
// older text.
//
// The data endpoints (src/routes/data/) localise on the server while prerendering, so a reader
// downloads the prose of their own language only, as JSON; no page's JavaScript carries it.

/** Turns an English text into the page's language; `domain` keeps each part's keys apart. */
export type Translate = (english: string) => string;

/** The domains of data prose, each with its localiser in src/lib/data/prose.ts. */
export const PROSE_DOMAINS = [
	'timeline',
	'positions',
	'facts',
	'overlays',
	'sources',
	'presets'
] as const;
export type ProseDomain = (typeof PROSE_DOMAINS)[number];

/**
 * A short, stable hash of a text (two 32-bit FNV-1a passes with different seeds, base 36). Six
 * hundred texts in a 64-bit space: a collision is vanishingly unlikely, and the extraction refuses
 * one anyway.
 */
export function textHash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
	}
	return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}

export const proseKey = (domain: ProseDomain, english: string): string =>
	`prose_${domain}_${textHash(english)}`;

/** How a key's whole value is localised where the field rule would be wrong (a quote: see prose.ts). */
export type Special = Readonly<Record<string, (value: never, tr: Translate) => unknown>>;

/**
 * A copy of `value` with every string under one of `fields` translated, at any depth. A key in
 * `special` is handed to its own function instead, whatever it holds: a quote keeps its words and
 * has only its attribution translated.
 */
export function translateFields<T>(
	value: T,
	fields: ReadonlySet<string>,
	tr: Translate,
	special: Special = {}
): T {
	if (Array.isArray(value)) return value.map((v) => translateFields(v, fields, tr, special)) as T;
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(value)) {
		const own = Object.hasOwn(special, key) ? special[key] : undefined;
		if (own) out[key] = own(v as never, tr);
		else if (typeof v === 'string' && fields.has(key)) out[key] = tr(v);
		else out[key] = translateFields(v, fields, tr, special);
	}
	return out as T;
}
