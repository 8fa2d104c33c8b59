// The message layer and the shared rules of every schema in the project: the data files' schemas
// (schema.ts beside this file) and the stored articles' (src/lib/content/schema.ts) both build on
// them, so each rule is written once (a language tag, an http(s) address, a real date, a known
// source id, a slug), and every problem comes back as one line naming the file, the path inside it
// and what is wrong:
//
//   island-facts.ts: ISLAND_FACTS.shikotan.area.figures[2].sources[0]: unknown source id "S999" …
//   content/articles/x/meta.json: date.value: must be a real date written yyyy-mm-dd, got "2018-3-19"
//
// It lives in data/ because data/ imports nothing above it; content/ may import from here.

import * as v from 'valibot';
import { parseIsoDate } from './format.ts';
import { SOURCE_IDS } from './sources.ts';
import { shorten } from './text.ts';
import {
	ISLAND_IDS,
	MAX_SLUG_LENGTH,
	RESERVED_SLUGS,
	SLUG_PATTERN,
	isReservedSlug,
	isSlug
} from './types.ts';

// ---------------------------------------------------------------------------------------------
// Problems

/** Bad data: `problems` holds one "file: path: message" line per problem. */
export class SchemaError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(
			problems.length === 1
				? (problems[0] as string)
				: `${problems.length} problems:\n  ${problems.join('\n  ')}`
		);
		this.name = 'SchemaError';
		this.problems = problems;
	}
}

type Issue = v.BaseIssue<unknown>;

/** The value a check received, in words: nothing, null, an array, "text", number 3. */
export function got(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return JSON.stringify(shorten(value, 41));
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function pathOf(issue: Issue): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(root)';
}

function lastKey(issue: Issue): unknown {
	return issue.path?.at(-1)?.key;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	boolean: 'true or false',
	array: 'an array',
	object: 'an object',
	strict_object: 'an object',
	record: 'an object',
	tuple: 'a list',
	strict_tuple: 'a list',
	null: 'null'
};

/** "("a" | "b")" → "a, b". */
function options(expected: string | null): string {
	return (expected ?? '')
		.replace(/^\(|\)$/g, '')
		.split(' | ')
		.map((o) => o.replace(/^"|"$/g, ''))
		.join(', ');
}

/** The message of every issue that its schema does not word itself. */
function fallbackMessage(issue: Issue): string {
	if (issue.type === 'strict_object' || issue.type === 'object') {
		if (issue.expected === 'never') return 'unknown field';
		if (issue.path && issue.input === undefined) return 'is missing';
	}
	if (issue.type === 'picklist' || issue.type === 'variant')
		return `must be one of ${options(issue.expected)}, got ${got(issue.input)}`;
	if (issue.type === 'literal') return `must be ${issue.expected}, got ${got(issue.input)}`;
	const what = TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
	return `must be ${what}, got ${got(issue.input)}`;
}

const CONFIG = { abortPipeEarly: true, message: fallbackMessage } as const;

/** Checks a value; problems read "file: path: message", the path from the value's root. */
export function check<T>(
	schema: v.GenericSchema<unknown, T>,
	value: unknown,
	file: string
): { output: T; problems: [] } | { output: null; problems: string[] } {
	const result = v.safeParse(schema, value, CONFIG);
	if (result.success) return { output: result.output, problems: [] };
	return {
		output: null,
		problems: result.issues.map((issue) => `${file}: ${pathOf(issue)}: ${issue.message}`)
	};
}

// A rawCheck reports on a field of the value it checks; valibot wants each step of that path.
type PathItem = v.IssuePathItem;
export function at(input: unknown, ...keys: (string | number)[]): [PathItem, ...PathItem[]] {
	const items: PathItem[] = [];
	let value: unknown = input;
	for (const key of keys) {
		const parent = value as Record<string | number, unknown>;
		value = parent?.[key];
		items.push(
			Array.isArray(parent)
				? { type: 'array', origin: 'value', input: parent, key: key as number, value }
				: {
						type: 'object',
						origin: 'value',
						input: parent as Record<string, unknown>,
						key: String(key),
						value
					}
		);
	}
	return items as [PathItem, ...PathItem[]];
}

// ---------------------------------------------------------------------------------------------
// Shared rules: each is written once and used by every file that needs it.

function nonBlank(value: string): boolean {
	return value.trim() !== '';
}

const textMessage = (issue: Issue) => `must be a non-empty string, got ${got(issue.input)}`;

/** A string with something in it besides spaces. */
export const Text = v.pipe(v.string(textMessage), v.check(nonBlank, textMessage));

/** Text without line breaks (a headline, a section label). */
export const OneLine = v.pipe(
	Text,
	v.check((s) => !/[\r\n]/.test(s), 'must be one line')
);

/** BCP 47, as far as this project writes it: "en", "ja", "ru", "zh-Hant", "en-GB". */
export const LanguageTag = v.pipe(
	Text,
	v.regex(
		/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
		(issue) => `${got(issue.input)} is not a BCP 47 language tag ("en", "ja", "zh-Hant")`
	)
);

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** An absolute http or https address that parses. */
export const HttpUrl = v.pipe(
	Text,
	v.check(isHttpUrl, (issue) => `must be http(s) and parse as a URL, got ${got(issue.input)}`)
);

function isoDate(format: RegExp, written: string) {
	return v.pipe(
		v.string((issue) => `must be a date written ${written}, got ${got(issue.input)}`),
		v.check(
			(s) => format.test(s) && parseIsoDate(s) !== null,
			(issue) => `must be a real date written ${written}, got ${got(issue.input)}`
		)
	);
}

/** yyyy, yyyy-mm or yyyy-mm-dd, with a month and day that exist. */
export const IsoDate = isoDate(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'yyyy, yyyy-mm or yyyy-mm-dd');
export const DayDate = isoDate(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
export const MonthDate = isoDate(/^\d{4}-\d{2}$/, 'yyyy-mm');

/** A key of SOURCES (sources.ts). */
export const SourceIdSchema = v.picklist(
	SOURCE_IDS,
	(issue) => `unknown source id ${got(issue.input)} (not in src/lib/data/sources.ts)`
);

/** The sources of a figure or a statement: at least one, each known. */
export const SourceIds = v.pipe(
	v.array(SourceIdSchema),
	v.minLength(1, 'needs at least one source id')
);

export const Slug = v.pipe(
	v.string(textMessage),
	v.check(
		(s: string) => isSlug(s),
		(issue) =>
			isReservedSlug(String(issue.input))
				? `must not be ${RESERVED_SLUGS.map((r) => `"${r}"`).join(' or ')}: /articles/${String(issue.input)} is a page of its own`
				: `must be lower-case words joined by hyphens, at most ${MAX_SLUG_LENGTH} characters`
	)
);

export const KebabId = v.pipe(
	v.string(textMessage),
	v.regex(
		SLUG_PATTERN,
		(issue) => `${got(issue.input)} must be a kebab-case id ("joint-economic-activities")`
	)
);

export const IslandIdSchema = v.picklist(ISLAND_IDS);

export function integer(min: number) {
	const message = (issue: Issue) => `must be an integer ≥ ${min}, got ${got(issue.input)}`;
	return v.pipe(
		v.number(message),
		v.check((n) => Number.isInteger(n) && n >= min, message)
	);
}

const Longitude = v.pipe(
	v.number(),
	v.check((n) => n >= -180 && n <= 180, 'must be a longitude, -180 to 180')
);
const Latitude = v.pipe(
	v.number(),
	v.check((n) => n >= -90 && n <= 90, 'must be a latitude, -90 to 90')
);
export const LngLatSchema = v.strictTuple([Longitude, Latitude]);
export const BBox = v.pipe(
	v.strictTuple([Longitude, Latitude, Longitude, Latitude]),
	v.check(
		([w, s, e, n]) => w < e && s < n,
		'must be [west, south, east, north] with west < east and south < north'
	)
);

/**
 * A strictObject whose missing and unknown keys can carry their own words ("is only for precision
 * approximate") instead of the general "is missing" and "unknown field".
 */
export function object<const E extends v.ObjectEntries>(
	entries: E,
	words: { missing?: Record<string, string>; unknown?: Record<string, string> } = {}
) {
	return v.strictObject(entries, (issue) => {
		const key = String(lastKey(issue));
		if (issue.expected === 'never' && words.unknown?.[key]) return words.unknown[key];
		if (issue.expected !== 'never' && issue.path && words.missing?.[key]) return words.missing[key];
		return fallbackMessage(issue);
	});
}

/** A JSON file's root: valibot's objects would take an array as an object without fields. */
export function fileRoot<T>(schema: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T> {
	return v.pipe(
		v.unknown(),
		v.check(
			(x) => typeof x === 'object' && x !== null && !Array.isArray(x),
			(issue) => `must be an object, got ${got(issue.input)}`
		),
		schema
	);
}

/** An object with one entry per id, no more and no fewer: ISLAND_FACTS, POSITIONS, OVERLAY_TEXT. */
export function keyedBy<const K extends string, S extends v.GenericSchema>(
	ids: readonly K[],
	schema: (id: K) => S
) {
	return v.strictObject(Object.fromEntries(ids.map((id) => [id, schema(id)])) as Record<K, S>);
}

export type Unit = 'km2' | 'km' | 'm' | 'people';

/** A figure as the data cites it (an island's area, a preset's distance): value, label, sources. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extra fields by default
export function figure<const E extends v.ObjectEntries = {}>(unit: Unit, extra: E = {} as E) {
	const minimum = unit === 'people' ? 'zero or more' : 'positive';
	return object({
		value: v.pipe(
			v.number(),
			v.check(
				(n) => Number.isFinite(n) && (unit === 'people' ? n >= 0 : n > 0),
				(issue) => `must be a finite ${minimum} number, got ${got(issue.input)}`
			)
		),
		unit: v.literal(unit),
		label: Text,
		asOf: v.optional(IsoDate),
		sources: SourceIds,
		...extra
	});
}
