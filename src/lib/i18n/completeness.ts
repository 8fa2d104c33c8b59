// Whether messages/{ja,ru}.json say everything messages/en.json says, in the same shape: every key,
// the same placeholders, the plural forms each language needs, and a translation rather than a copy
// of the English. Pure logic over the parsed files, so the unit test (messages.test.ts) and the
// readable report (`npm run check:messages`, scripts/i18n/check.ts) judge alike.
//
// The files are in the inlang message format (project.inlang/settings.json): a value is either a
// pattern string with `{name}` placeholders, or a one-element array of
// `{ declarations, selectors, match }` for variants (see the plural in src/lib/strings/README.md).

/** One entry of the reviewed list of texts that stay as they are in every language. */
export interface SameInAll {
	/** A message key; or, for data prose (whose keys are hashes), `en` below. */
	key?: string;
	/** The English text; the entry then covers whichever key holds it. */
	en?: string;
	/** Why a translation would be wrong: a name, a unit, a brand. */
	reason: string;
}

export type ProblemKind =
	| 'missing'
	| 'extra'
	| 'malformed'
	| 'shape'
	| 'placeholders'
	| 'inputs'
	| 'plural'
	| 'same-as-english'
	| 'prose'
	| 'same-in-all';

export interface Problem {
	kind: ProblemKind;
	locale: string;
	key: string;
	detail: string;
}

type Messages = Record<string, unknown>;

interface Complex {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}

/** A message's value in a normal form: its patterns, and its variant machinery if it has any. */
interface Parsed {
	patterns: string[];
	complex?: Complex;
}

const isStringArray = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A value as the plugin reads it, or why it cannot be read. */
export function parseValue(value: unknown): Parsed | string {
	if (typeof value === 'string') return { patterns: [value] };
	if (!Array.isArray(value) || value.length !== 1)
		return 'neither a string nor a one-element array of variants';
	const first: unknown = value[0];
	if (first === null || typeof first !== 'object') return 'the variants are not an object';
	const { declarations = [], selectors = [], match } = first as Record<string, unknown>;
	if (!isStringArray(declarations)) return '`declarations` is not a list of strings';
	if (!isStringArray(selectors)) return '`selectors` is not a list of strings';
	if (match === null || typeof match !== 'object' || Array.isArray(match))
		return '`match` is not an object';
	const entries = Object.entries(match as Record<string, unknown>);
	if (entries.length === 0) return '`match` has no variant';
	if (!entries.every(([, p]) => typeof p === 'string')) return 'a variant is not a string';
	return {
		patterns: entries.map(([, p]) => p as string),
		complex: { declarations, selectors, match: match as Record<string, string> }
	};
}

/** The `{…}` placeholders of a pattern (variables and markup alike); `\{` is a literal brace. */
export function placeholdersOf(pattern: string): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '\\') i++;
		else if (c === '{') {
			const end = pattern.indexOf('}', i + 1);
			if (end === -1) break;
			out.add(pattern.slice(i + 1, end).trim());
			i = end;
		}
	}
	return out;
}

/** The inputs a message declares (`input count`), sorted. */
const inputsOf = (c: Complex): string[] =>
	c.declarations
		.filter((d) => d.startsWith('input '))
		.map((d) => d.slice(6).trim())
		.sort();

/** Which declared locals select by plural (`local countPlural = count: plural`). */
const pluralLocals = (c: Complex): Set<string> =>
	new Set(
		c.declarations
			.map((d) => /^local\s+(\w+)\s*=\s*\w+\s*:\s*plural\b/.exec(d)?.[1])
			.filter((x): x is string => x !== undefined)
	);

/** What `count=one, kind=*` selects, by selector. */
function matchParts(match: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of match.split(',')) {
		const [k, v] = part.split('=').map((s) => s.trim());
		if (k && v) out.set(k, v);
	}
	return out;
}

/**
 * The plural categories a language's messages must give, from the CLDR rules Intl carries: one
 * and other for English, other alone for Japanese, one/few/many/other for Russian.
 */
export function pluralCategories(locale: string): string[] {
	return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
}

const setText = (s: Iterable<string>): string => {
	const list = [...s].sort();
	return list.length ? list.map((x) => `{${x}}`).join(' ') : 'none';
};
const sameSet = (a: Set<string>, b: Set<string>): boolean =>
	a.size === b.size && [...a].every((x) => b.has(x));
const union = (patterns: string[]): Set<string> =>
	new Set(patterns.flatMap((p) => [...placeholdersOf(p)]));

/** How one translation's shape differs from the English message's. */
function compareShape(
	locale: string,
	key: string,
	en: Parsed,
	tr: Parsed,
	categories: string[]
): Problem[] {
	const problems: Problem[] = [];
	const say = (kind: ProblemKind, detail: string) => problems.push({ kind, locale, key, detail });

	const enPlaceholders = union(en.patterns);
	const trPlaceholders = union(tr.patterns);
	if (!sameSet(enPlaceholders, trPlaceholders))
		say(
			'placeholders',
			`placeholders ${setText(trPlaceholders)}, English has ${setText(enPlaceholders)}`
		);
	if (!en.complex || !tr.complex) {
		if (en.complex || tr.complex)
			say(
				'shape',
				en.complex
					? 'a plain string where English has variants'
					: 'variants where English has a plain string'
			);
		return problems;
	}

	const enInputs = inputsOf(en.complex);
	const trInputs = inputsOf(tr.complex);
	if (enInputs.join() !== trInputs.join())
		say('inputs', `declares inputs ${setText(trInputs)}, English ${setText(enInputs)}`);
	const norm = (ds: string[]) =>
		ds
			.map((d) => d.replace(/\s+/g, ' ').trim())
			.sort()
			.join('; ');
	if (norm(en.complex.declarations) !== norm(tr.complex.declarations))
		say(
			'shape',
			`declarations [${norm(tr.complex.declarations)}], English [${norm(en.complex.declarations)}]`
		);
	if (en.complex.selectors.join() !== tr.complex.selectors.join())
		say(
			'shape',
			`selectors [${tr.complex.selectors.join(', ')}], English [${en.complex.selectors.join(', ')}]`
		);

	const plural = pluralLocals(tr.complex);
	const used = (c: Complex, selector: string): Set<string> =>
		new Set(
			Object.keys(c.match)
				.map((m) => matchParts(m).get(selector))
				.filter((v): v is string => v !== undefined)
		);
	for (const selector of tr.complex.selectors) {
		const trValues = used(tr.complex, selector);
		if (plural.has(selector)) {
			// A catch-all (`*`) stands for `other`.
			const given = new Set([...trValues].map((v) => (v === '*' ? 'other' : v)));
			const lacking = categories.filter((c) => !given.has(c));
			const unknown = [...given].filter((c) => !categories.includes(c));
			if (lacking.length || unknown.length)
				say(
					'plural',
					`${selector} gives ${[...given].sort().join('/') || 'nothing'}; ${locale} needs ${categories.join('/')}` +
						(lacking.length ? ` (lacks ${lacking.join(', ')})` : '') +
						(unknown.length ? ` (${unknown.join(', ')} never selected in ${locale})` : '')
				);
		} else {
			const enValues = used(en.complex, selector);
			if (!sameSet(enValues, trValues))
				say(
					'shape',
					`${selector} selects ${[...trValues].sort().join('/')}, English ${[...enValues].sort().join('/')}`
				);
		}
	}
	return problems;
}

export interface CheckInput {
	/** The parsed message files by locale; `$schema` is not a message. */
	files: Record<string, Messages>;
	base: string;
	sameInAll: readonly SameInAll[];
	/** Every data prose text by key (scripts/i18n/extract.ts `proseMessages()`), if checked. */
	prose?: ReadonlyMap<string, string>;
}

/** The start of a message, to tell a hashed prose key's text at a glance. */
const excerpt = (value: unknown): string => {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return JSON.stringify(text.length > 72 ? `${text.slice(0, 71)}…` : text);
};

export const messageKeys = (messages: Messages): string[] =>
	Object.keys(messages).filter((k) => k !== '$schema');

/** Everything that keeps the translations from being complete, in a stable order. */
export function checkMessages({ files, base, sameInAll, prose }: CheckInput): Problem[] {
	const problems: Problem[] = [];
	const en = files[base] ?? {};
	const enKeys = messageKeys(en);
	const enParsed = new Map<string, Parsed>();
	for (const key of enKeys) {
		const parsed = parseValue(en[key]);
		if (typeof parsed === 'string')
			problems.push({ kind: 'malformed', locale: base, key, detail: parsed });
		else enParsed.set(key, parsed);
	}

	const reviewedKeys = new Set(sameInAll.flatMap((s) => (s.key ? [s.key] : [])));
	const reviewedTexts = new Set(sameInAll.flatMap((s) => (s.en ? [s.en] : [])));
	for (const s of sameInAll) {
		if (!s.reason.trim() || (s.key === undefined) === (s.en === undefined))
			problems.push({
				kind: 'same-in-all',
				locale: base,
				key: s.key ?? s.en ?? '',
				detail: 'each entry needs a reason and exactly one of key or en'
			});
	}

	for (const locale of Object.keys(files).filter((l) => l !== base)) {
		const messages = files[locale] ?? {};
		const keys = new Set(messageKeys(messages));
		const categories = pluralCategories(locale);
		for (const key of enKeys) {
			if (!keys.has(key)) {
				problems.push({ kind: 'missing', locale, key, detail: excerpt(en[key]) });
				continue;
			}
			const enValue = enParsed.get(key);
			const parsed = parseValue(messages[key]);
			if (typeof parsed === 'string') {
				problems.push({ kind: 'malformed', locale, key, detail: parsed });
				continue;
			}
			if (!enValue) continue;
			problems.push(...compareShape(locale, key, enValue, parsed, categories));
			const same = JSON.stringify(messages[key]) === JSON.stringify(en[key]);
			if (same && !reviewedKeys.has(key) && !reviewedTexts.has(en[key] as string))
				problems.push({
					kind: 'same-as-english',
					locale,
					key,
					detail: `identical to English: ${excerpt(en[key])}`
				});
		}
		for (const key of keys)
			if (!(key in en)) problems.push({ kind: 'extra', locale, key, detail: 'not in English' });
	}

	if (prose) {
		const enProse = new Set(enKeys.filter((k) => k.startsWith('prose_')));
		for (const [key, text] of prose) {
			if (!enProse.has(key))
				problems.push({
					kind: 'prose',
					locale: base,
					key,
					detail: `a data text with no English message: ${excerpt(text)}`
				});
			else if (en[key] !== text)
				problems.push({
					kind: 'prose',
					locale: base,
					key,
					detail: 'the English message differs from the data text'
				});
		}
		for (const key of enProse)
			if (!prose.has(key))
				problems.push({
					kind: 'prose',
					locale: base,
					key,
					detail: 'no data text has this key any more'
				});
	}
	return problems;
}

const HEADINGS: Record<ProblemKind, string> = {
	missing: 'Missing (not translated yet)',
	extra: 'Extra (not in English)',
	malformed: 'Not a message the inlang message format can read',
	shape: 'Variants shaped unlike English',
	placeholders: 'Placeholders unlike English',
	inputs: 'Declared inputs unlike English',
	plural: 'Plural forms the language needs',
	'same-as-english':
		'Identical to English (translate, or add to src/lib/i18n/same-in-all.ts with a reason)',
	prose:
		'messages/en.json does not match the data prose: run `npm run messages` (scripts/i18n/extract.ts)',
	'same-in-all': 'src/lib/i18n/same-in-all.ts'
};

/**
 * Entries of the reviewed list that no English message matches any more: worth pruning, but no
 * failure, since an entry may wait for a message another change brings.
 */
export function unusedSameInAll(en: Messages, sameInAll: readonly SameInAll[]): SameInAll[] {
	const values = new Set(messageKeys(en).map((k) => en[k]));
	return sameInAll.filter((s) =>
		s.key !== undefined ? !(s.key in en) : s.en !== undefined && !values.has(s.en)
	);
}

/** A report a translator can work from: by kind, then language, each key with what is wrong. */
export function formatReport(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'Messages complete: every key in every language, same shape.';
	const lines: string[] = [];
	for (const kind of Object.keys(HEADINGS) as ProblemKind[]) {
		const ofKind = problems.filter((p) => p.kind === kind);
		if (!ofKind.length) continue;
		lines.push(`${HEADINGS[kind]}:`);
		for (const locale of [...new Set(ofKind.map((p) => p.locale))]) {
			const here = ofKind.filter((p) => p.locale === locale);
			lines.push(`  ${locale} (${here.length}):`);
			for (const p of here) lines.push(`    ${p.key}: ${p.detail}`);
		}
	}
	const counts = [...new Set(problems.map((p) => p.locale))]
		.map((l) => `${l} ${problems.filter((p) => p.locale === l).length}`)
		.join(', ');
	lines.push(`${problems.length} problems (${counts}).`);
	return lines.join('\n');
}
