// The one validator of the project's data: every hand-written data file under src/lib/data/ and
// the stored article files (content/articles/<slug>/meta.json and article.json). Each rule is
// written here once (a language tag, an http(s) address, a real date, a known source id, a slug),
// and every problem comes back as one line naming the file, the path inside it and what is wrong:
//
//   island-facts.ts: ISLAND_FACTS.shikotan.area.figures[2].sources[0]: unknown source id "S999" …
//   content/articles/x/meta.json: date.value: must be a real date written yyyy-mm-dd, got "2018-3-19"
//
// The unit tests run checkData(), the card build (scripts/og) runs assertDataValid() before it
// draws, and the article loader (src/lib/content/loader.ts) refuses a bad article, so bad data
// fails the tests and the build rather than reaching a reader. Structure is checked by valibot
// schemas; rules that relate fields (offsets that must select their text, a reference area that
// must be one of the figures) are rawCheck steps that run once the structure is sound.

import * as v from 'valibot';
import {
	CLEAN_RULES,
	DATE_PRECISIONS,
	INGEST_VERSION,
	LINK_VIAS,
	cleanedText,
	islandsOf,
	type ArticleContent,
	type ArticleMetaInput,
	type DatePrecision
} from '#lib/content/model.ts';
import { parseIsoDate } from './format.ts';
import { ISLAND_FACTS } from './island-facts.ts';
import { MEASURE_PRESETS } from './measure-presets.ts';
import { OVERLAY_TEXT } from './overlays.ts';
import {
	COLLECTIVE_TERMS,
	ISLANDS,
	ISLETS,
	LANDMARKS,
	NON_DISPUTED_TERMS,
	PLACE_KINDS,
	SETTLEMENTS,
	UNDISPUTED_ISLETS
} from './places.ts';
import { POSITIONS } from './positions.ts';
import { GENERIC_TERMS, GROUP_PHRASES, OTHER_DISPUTES, REFERENCE_TERMS } from './references.ts';
import { SOURCE_IDS, SOURCES } from './sources.ts';
import { shorten } from './text.ts';
import { TIMELINE } from './timeline.ts';
import { HOLDERS, TIMELINE_STEPS } from './timeline-steps.ts';
import {
	ISLAND_IDS,
	MAX_SLUG_LENGTH,
	OVERLAY_IDS,
	RESERVED_SLUGS,
	SLUG_PATTERN,
	TIMELINE_YEARS,
	VIEWPOINTS,
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
function got(value: unknown): string {
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
function at(input: unknown, ...keys: (string | number)[]): [PathItem, ...PathItem[]] {
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
const OneLine = v.pipe(
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
const DayDate = isoDate(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const MonthDate = isoDate(/^\d{4}-\d{2}$/, 'yyyy-mm');

/** A key of SOURCES (sources.ts). */
export const SourceIdSchema = v.picklist(
	SOURCE_IDS,
	(issue) => `unknown source id ${got(issue.input)} (not in src/lib/data/sources.ts)`
);

/** The sources of a figure or a statement: at least one, each known. */
const SourceIds = v.pipe(v.array(SourceIdSchema), v.minLength(1, 'needs at least one source id'));

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

const KebabId = v.pipe(
	v.string(textMessage),
	v.regex(
		SLUG_PATTERN,
		(issue) => `${got(issue.input)} must be a kebab-case id ("joint-economic-activities")`
	)
);

const IslandIdSchema = v.picklist(ISLAND_IDS);

function integer(min: number) {
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
const LngLatSchema = v.strictTuple([Longitude, Latitude]);
const BBox = v.pipe(
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
function object<const E extends v.ObjectEntries>(
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
function fileRoot<T>(schema: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T> {
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
function keyedBy<const K extends string, S extends v.GenericSchema>(
	ids: readonly K[],
	schema: (id: K) => S
) {
	return v.strictObject(Object.fromEntries(ids.map((id) => [id, schema(id)])) as Record<K, S>);
}

// ---------------------------------------------------------------------------------------------
// sources.ts

const SourceRecord = object({
	id: Text,
	title: Text,
	url: HttpUrl,
	publisher: Text,
	lang: LanguageTag
});

const SourcesTable = v.pipe(
	v.record(v.string(), SourceRecord),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		for (const [key, source] of Object.entries(dataset.value)) {
			if (source.id !== key)
				addIssue({
					message: `is "${source.id}", expected "${key}"`,
					path: at(dataset.value, key, 'id')
				});
		}
	})
);

// ---------------------------------------------------------------------------------------------
// island-facts.ts

type Unit = 'km2' | 'km' | 'm' | 'people';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extra fields by default
function figure<const E extends v.ObjectEntries = {}>(unit: Unit, extra: E = {} as E) {
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

interface FigureLike {
	value: number;
	asOf?: string | undefined;
}

/** Several figures for one fact; when they conflict, `disagreement` must say how. */
function disputed<S extends v.GenericSchema<unknown, FigureLike>>(figureSchema: S) {
	return v.pipe(
		object({
			figures: v.pipe(v.array(figureSchema), v.minLength(1, 'needs at least one figure')),
			disagreement: v.optional(Text)
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const { figures, disagreement } = dataset.value as {
				figures: FigureLike[];
				disagreement?: string;
			};
			const values = new Set(figures.map((f) => f.value));
			// Figures for different years (a population series) differ without disagreeing; figures for
			// the same year, or undated ones, that differ must be explained.
			const conflicting = figures.some((a, i) =>
				figures.some(
					(b, j) => j > i && a.value !== b.value && (a.asOf === b.asOf || !a.asOf || !b.asOf)
				)
			);
			const path = at(dataset.value, 'disagreement');
			if (conflicting && disagreement === undefined)
				addIssue({
					message: `missing, but the figures differ (${[...values].join(', ')})`,
					path
				});
			if (values.size <= 1 && disagreement !== undefined)
				addIssue({ message: 'present, but all figures have the same value', path });
		})
	);
}

function islandFacts(id: string) {
	return v.pipe(
		object({
			id: v.literal(id),
			area: disputed(figure('km2')),
			referenceArea: figure('km2'),
			population: object({
				current: disputed(figure('people')),
				japanese1945: disputed(figure('people'))
			}),
			russianAdministration: object({
				oblast: Text,
				district: Text,
				districtNative: Text,
				seat: v.optional(Text),
				sources: SourceIds
			}),
			japaneseCount: object({
				prefecture: Text,
				subprefecture: Text,
				municipalities: v.pipe(
					v.array(object({ name: Text, native: Text, note: v.optional(Text) })),
					v.minLength(1, 'needs at least one municipality')
				),
				sources: SourceIds
			}),
			distanceFromHokkaido: disputed(figure('km', { from: Text, to: Text })),
			highestPoint: disputed(figure('m', { peak: Text })),
			length: v.optional(disputed(figure('km')))
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const { area, referenceArea: ref } = dataset.value;
			const same = (a: readonly string[], b: readonly string[]) =>
				a.length === b.length && a.every((s, i) => s === b[i]);
			if (!area.figures.some((f) => f.value === ref.value && same(f.sources, ref.sources)))
				addIssue({
					message: `${ref.value} km² [${ref.sources.join(', ')}] is not one of area.figures`,
					path: at(dataset.value, 'referenceArea')
				});
		})
	);
}

// ---------------------------------------------------------------------------------------------
// timeline.ts and timeline-steps.ts

const TimelineEvent = object({
	date: IsoDate,
	dateNote: v.optional(Text),
	title: Text,
	summary: Text,
	sources: SourceIds
});

const Timeline = v.pipe(
	v.array(TimelineEvent),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		// A shorter date sorts before the longer dates it is a prefix of ('1945' < '1945-08').
		dataset.value.forEach((event, i) => {
			const previous = dataset.value[i - 1];
			if (previous && event.date < previous.date)
				addIssue({
					message: `"${event.date}" comes before the previous event's "${previous.date}"`,
					path: at(dataset.value, i, 'date')
				});
		});
	})
);

const TimelineStep = object({
	year: v.picklist(TIMELINE_YEARS),
	event: TimelineEvent,
	alsoThisYear: v.array(TimelineEvent),
	holder: v.picklist(HOLDERS),
	inForce: v.array(v.picklist(OVERLAY_IDS)),
	holderText: Text,
	sources: SourceIds,
	frame: v.optional(BBox)
});

const TimelineSteps = v.pipe(
	v.array(TimelineStep),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const years = dataset.value.map((s) => s.year);
		if (years.join() !== TIMELINE_YEARS.join())
			addIssue({
				message: `years must be ${TIMELINE_YEARS.join(', ')} in order, got ${years.join(', ')}`
			});
		dataset.value.forEach((step, i) => {
			const events = [step.event, ...step.alsoThisYear];
			events.forEach((event, j) => {
				if (!TIMELINE.some((e) => e.date === event.date && e.title === event.title))
					addIssue({
						message: `"${event.title}" (${event.date}) is not an event of timeline.ts`,
						path: at(dataset.value, i, ...(j === 0 ? ['event'] : ['alsoThisYear', j - 1]))
					});
				else if (!event.date.startsWith(String(step.year)))
					addIssue({
						message: `"${event.title}" is dated ${event.date}, not in ${step.year}`,
						path: at(dataset.value, i, ...(j === 0 ? ['event'] : ['alsoThisYear', j - 1]))
					});
			});
		});
	})
);

// ---------------------------------------------------------------------------------------------
// places.ts

const PlaceNames = v.pipe(
	object({
		enRu: Text,
		enJa: Text,
		ja: v.optional(object({ kanji: Text, kana: v.optional(Text), romaji: Text })),
		ru: v.optional(object({ cyrillic: Text, latin: Text })),
		aliases: v.optional(v.array(Text)),
		ambiguous: v.optional(v.array(Text))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		// An ambiguous name is one of the place's own names that the gazetteer treats with care; a
		// name listed only there would never be matched at all.
		const n = dataset.value;
		const names = [n.enRu, n.enJa, n.ja?.kanji, n.ja?.romaji, n.ru?.cyrillic, n.ru?.latin];
		const all = new Set([...names, ...(n.aliases ?? [])]);
		(n.ambiguous ?? []).forEach((name, i) => {
			if (!all.has(name))
				addIssue({
					message: `"${name}" is not one of the place's names or aliases`,
					path: at(n, 'ambiguous', i)
				});
		});
	})
);

const Place = object({
	id: KebabId,
	kind: v.picklist(PLACE_KINDS),
	island: v.optional(IslandIdSchema),
	point: LngLatSchema,
	pointSource: Text,
	names: PlaceNames,
	// Known ids, but possibly none: an islet found only in the coastline data has no written
	// source, and its pointSource says where it comes from.
	sources: v.array(SourceIdSchema),
	minzoom: v.optional(
		v.pipe(
			v.number(),
			v.check((z) => z >= 0 && z <= 24, 'must be a zoom level, 0 to 24')
		)
	),
	note: v.optional(Text),
	group: v.optional(v.boolean()),
	pointOnly: v.optional(v.boolean())
});

/** A place of the dispute: `island` says which island group it belongs to. */
const DisputedPlace = v.pipe(
	Place,
	v.check((p) => p.island !== undefined, 'must name the island group it belongs to (island)')
);

const Term = {
	id: KebabId,
	variants: v.pipe(v.array(Text), v.minLength(1, 'needs at least one variant')),
	note: Text
};

const Places = v.pipe(
	object({
		ISLANDS: keyedBy(ISLAND_IDS, (id) =>
			v.pipe(
				Place,
				v.check(
					(p) => p.id === id && p.island === id && p.kind === 'island',
					`must have id "${id}", island "${id}" and kind "island"`
				)
			)
		),
		ISLETS: v.array(DisputedPlace),
		UNDISPUTED_ISLETS: v.array(
			v.pipe(
				Place,
				v.check((p) => p.island === undefined, 'is undisputed, so it names no island group')
			)
		),
		SETTLEMENTS: v.array(DisputedPlace),
		LANDMARKS: v.array(Place),
		COLLECTIVE_TERMS: v.array(
			object({
				...Term,
				islands: v.pipe(
					v.array(IslandIdSchema),
					v.minLength(2, 'must name at least two island groups')
				)
			})
		),
		NON_DISPUTED_TERMS: v.array(object(Term))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		// Ids are how the geodata and the gazetteer refer to places and terms: one meaning each.
		const seen = new Map<string, string>();
		for (const list of [
			'ISLANDS',
			'ISLETS',
			'UNDISPUTED_ISLETS',
			'SETTLEMENTS',
			'LANDMARKS',
			'COLLECTIVE_TERMS',
			'NON_DISPUTED_TERMS'
		] as const) {
			const items = dataset.value[list];
			for (const [key, item] of Object.entries(items)) {
				const index = Array.isArray(items) ? Number(key) : key;
				const where = `${list}${typeof index === 'number' ? `[${index}]` : `.${index}`}`;
				const first = seen.get(item.id);
				if (first)
					addIssue({
						message: `id "${item.id}" is already used by ${first}`,
						path: at(dataset.value, list, index, 'id')
					});
				else seen.set(item.id, where);
			}
		}
	})
);

// ---------------------------------------------------------------------------------------------
// references.ts

const Words = v.pipe(v.array(Text), v.minLength(1, 'needs at least one entry'));

const References = v.pipe(
	object({
		GROUP_PHRASES: v.array(
			object({
				id: KebabId,
				islands: v.pipe(
					v.array(IslandIdSchema),
					v.minLength(2, 'must name at least two island groups')
				),
				leads: Words,
				modifiers: v.array(Text),
				maxModifiers: integer(0),
				nouns: Words,
				places: v.array(Text),
				placeRequired: v.boolean(),
				note: Text
			})
		),
		REFERENCE_TERMS: v.array(
			object({
				id: KebabId,
				refers: v.picklist(['named', 'islet', 'last']),
				variants: Words,
				modifiers: v.optional(Words),
				nouns: v.optional(Words),
				note: Text
			})
		),
		GENERIC_TERMS: v.array(KebabId),
		OTHER_DISPUTES: Words
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const collective = new Set(COLLECTIVE_TERMS.map((t) => t.id));
		dataset.value.GENERIC_TERMS.forEach((id, i) => {
			if (!collective.has(id))
				addIssue({
					message: `"${id}" is not a COLLECTIVE_TERMS id of places.ts`,
					path: at(dataset.value, 'GENERIC_TERMS', i)
				});
		});
	})
);

// ---------------------------------------------------------------------------------------------
// positions.ts and overlays.ts

const Position = object({ label: Text, statement: Text, mapNote: Text, sources: SourceIds });

const Year = integer(0);
const OverlayTextSchema = object({
	kind: v.picklist(['area', 'line']),
	title: OneLine,
	description: Text,
	years: v.pipe(
		v.strictTuple([Year, v.nullable(Year)]),
		v.check(
			([from, to]) => to === null || from <= to,
			'must be [from, to] with from no later than to'
		)
	),
	sources: SourceIds
});

// ---------------------------------------------------------------------------------------------
// measure-presets.ts

/**
 * The presets' schema, built only when the data is checked: its checks read the places and the
 * island facts, which the browser (loading this module for checkArticle) need not download.
 */
function measurePresetsSchema() {
	const PLACE_POINTS = new Map(
		[...Object.values(ISLANDS), ...ISLETS, ...UNDISPUTED_ISLETS, ...SETTLEMENTS, ...LANDMARKS].map(
			(p) => [p.id, p.point]
		)
	);

	const MeasureEnd = v.pipe(
		object({
			place: v.optional(v.picklist([...PLACE_POINTS.keys()])),
			label: OneLine,
			point: LngLatSchema,
			pointSource: Text
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed || dataset.value.place === undefined) return;
			const [lng, lat] = PLACE_POINTS.get(dataset.value.place) ?? [];
			const [x, y] = dataset.value.point;
			if (lng !== x || lat !== y)
				addIssue({
					message: `must be the point places.ts gives "${dataset.value.place}" (${lng}, ${lat})`,
					path: at(dataset.value, 'point')
				});
		})
	);

	const MeasurePreset = v.pipe(
		object({
			id: KebabId,
			title: OneLine,
			from: MeasureEnd,
			to: MeasureEnd,
			figures: v.pipe(
				v.array(figure('km', { panel: v.optional(IslandIdSchema) })),
				v.minLength(1, 'needs at least one figure')
			),
			disagreement: v.optional(Text)
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const preset = dataset.value;
			const values = new Set(preset.figures.map((f) => f.value));
			const path = at(preset, 'disagreement');
			if (values.size > 1 && preset.disagreement === undefined)
				addIssue({ message: `missing, but the figures differ (${[...values].join(', ')})`, path });
			if (values.size <= 1 && preset.disagreement !== undefined)
				addIssue({ message: 'present, but all figures have the same value', path });
			preset.figures.forEach((f, i) => {
				if (f.panel === undefined) return;
				const cited = ISLAND_FACTS[f.panel].distanceFromHokkaido.figures.some(
					(p) => p.value === f.value && p.sources.join() === f.sources.join()
				);
				if (!cited)
					addIssue({
						message: `${f.value} km [${f.sources.join(', ')}] is not a figure the ${f.panel} panel cites`,
						path: at(preset, 'figures', i, 'panel')
					});
			});
		})
	);

	const MeasurePresets = v.pipe(
		v.array(MeasurePreset),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const seen = new Set<string>();
			dataset.value.forEach((preset, i) => {
				if (seen.has(preset.id))
					addIssue({ message: `repeats "${preset.id}"`, path: at(dataset.value, i, 'id') });
				seen.add(preset.id);
			});
		})
	);
	return MeasurePresets;
}

// ---------------------------------------------------------------------------------------------
// The data files

/**
 * Each hand-written data file, as the object of its exports, with its schema. Built in a call marked
 * pure: the browser loads this module for checkArticle alone, and the bundler may then leave out
 * these schemas and the data files only they import (the measure tool's presets load with the tool).
 */
const DATA_FILES = /* @__PURE__ */ (() =>
	({
		'sources.ts': { schema: object({ SOURCES: SourcesTable }), exports: () => ({ SOURCES }) },
		'places.ts': {
			schema: Places,
			exports: () => ({
				ISLANDS,
				ISLETS,
				UNDISPUTED_ISLETS,
				SETTLEMENTS,
				LANDMARKS,
				COLLECTIVE_TERMS,
				NON_DISPUTED_TERMS
			})
		},
		'references.ts': {
			schema: References,
			exports: () => ({ GROUP_PHRASES, REFERENCE_TERMS, GENERIC_TERMS, OTHER_DISPUTES })
		},
		'positions.ts': {
			schema: object({ POSITIONS: keyedBy(VIEWPOINTS, () => Position) }),
			exports: () => ({ POSITIONS })
		},
		'island-facts.ts': {
			schema: object({ ISLAND_FACTS: keyedBy(ISLAND_IDS, islandFacts) }),
			exports: () => ({ ISLAND_FACTS })
		},
		'timeline.ts': { schema: object({ TIMELINE: Timeline }), exports: () => ({ TIMELINE }) },
		'timeline-steps.ts': {
			schema: object({ TIMELINE_STEPS: TimelineSteps }),
			exports: () => ({ TIMELINE_STEPS })
		},
		'overlays.ts': {
			schema: object({ OVERLAY_TEXT: keyedBy(OVERLAY_IDS, () => OverlayTextSchema) }),
			exports: () => ({ OVERLAY_TEXT })
		},
		'measure-presets.ts': {
			schema: object({ MEASURE_PRESETS: measurePresetsSchema() }),
			exports: () => ({ MEASURE_PRESETS })
		}
	}) satisfies Record<string, { schema: v.GenericSchema; exports: () => object }>)();

export type DataFile = keyof typeof DATA_FILES;
export const DATA_FILE_NAMES = /* @__PURE__ */ Object.keys(DATA_FILES) as DataFile[];

/** Checks the exports of one data file (or a broken copy of them, in tests). */
export function checkDataFile(file: DataFile, exports: unknown): string[] {
	return check(DATA_FILES[file].schema as v.GenericSchema, exports, file).problems;
}

/** Every problem in the hand-written data; empty when it is valid. */
export function checkData(): string[] {
	return DATA_FILE_NAMES.flatMap((file) => checkDataFile(file, DATA_FILES[file].exports()));
}

/** Throws a SchemaError listing every problem checkData finds. */
export function assertDataValid(): void {
	const problems = checkData();
	if (problems.length > 0) throw new SchemaError(problems);
}

// ---------------------------------------------------------------------------------------------
// meta.json

function articleDate<const P extends string>(
	precision: P,
	value: v.GenericSchema<unknown, string>
) {
	return object(
		{ precision: v.literal(precision), value, note: v.optional(Text) },
		{ unknown: { latest: 'is only for precision "approximate"' } }
	);
}

const ArticleDateSchema = v.variant(
	'precision',
	[
		articleDate('day', DayDate),
		articleDate('month', MonthDate),
		v.pipe(
			object(
				{
					precision: v.literal('approximate'),
					value: IsoDate,
					latest: v.optional(IsoDate),
					note: Text
				},
				{ missing: { note: 'must say how an approximate date was worked out' } }
			),
			v.rawCheck(({ dataset, addIssue }) => {
				if (dataset.typed && dataset.value.latest !== undefined)
					if (dataset.value.latest < dataset.value.value)
						addIssue({
							message: `is before value (${dataset.value.value})`,
							path: at(dataset.value, 'latest')
						});
			})
		)
	] satisfies { entries: { precision: v.LiteralSchema<DatePrecision, undefined> } }[],
	(issue) => `must be one of ${DATE_PRECISIONS.join(', ')}, got ${got(issue.input)}`
);

const metaEntries = {
	outlet: Text,
	url: HttpUrl,
	lang: v.optional(LanguageTag),
	date: ArticleDateSchema,
	section: v.optional(OneLine),
	title: v.optional(OneLine),
	dek: v.optional(OneLine),
	topics: v.optional(v.array(KebabId)),
	sources: v.optional(v.array(SourceIdSchema))
};

/** What an editor passes with --meta: the slug may be left to the ingester. */
export const ArticleMetaInputSchema = fileRoot(object({ slug: v.optional(Slug), ...metaEntries }));
/** A stored meta.json: the slug is its folder's name. */
export const StoredMetaSchema = fileRoot(object({ slug: Slug, ...metaEntries }));

/**
 * Checks editor metadata. With `requireSlug` (a stored meta.json) the slug must be present.
 * Normalising what an editor typed (trimming, defaults) is the ingester's; this only judges.
 */
export function checkMeta(
	value: unknown,
	file: string,
	requireSlug = false
): { meta: ArticleMetaInput | null; problems: string[] } {
	const { problems } = check<ArticleMetaInput>(
		requireSlug ? StoredMetaSchema : ArticleMetaInputSchema,
		value,
		file
	);
	// The value itself, not valibot's copy: the copy orders keys as the schema does, and the
	// ingester writes meta.json back in the order the editor used.
	return problems.length > 0
		? { meta: null, problems }
		: { meta: value as ArticleMetaInput, problems };
}

// ---------------------------------------------------------------------------------------------
// article.json

const Link = object({
	island: IslandIdSchema,
	via: v.picklist(LINK_VIAS),
	place: Text,
	match: Text,
	start: integer(0),
	end: integer(1)
});

interface Linked {
	text: string;
	islands: readonly string[];
	links: readonly {
		island: (typeof ISLAND_IDS)[number];
		via: (typeof LINK_VIAS)[number];
		match: string;
		start: number;
		end: number;
	}[];
}

type Report = (issue: { message: string; path: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void;

/**
 * Every link selects its match in the text, and `islands` are those the links name (references left
 * out), in order.
 */
function checkLinkedText(value: Linked, report: Report): void {
	const { text, islands, links } = value;
	links.forEach((l, i) => {
		if (l.end <= l.start || l.end > text.length || text.slice(l.start, l.end) !== l.match)
			report({
				message: `start/end (${l.start}–${l.end}) do not select ${got(l.match)} in the text`,
				path: at(value, 'links', i)
			});
	});
	const expected = islandsOf(links);
	if (islands.length !== expected.length || islands.some((id, i) => id !== expected[i]))
		report({
			message: `must be ${JSON.stringify(expected)} (the islands of its links in ISLAND_IDS order), got ${JSON.stringify(islands)}`,
			path: at(value, 'islands')
		});
}

const ParagraphSchema = v.pipe(
	object({
		text: v.pipe(
			Text,
			v.check(
				(t) => t === t.trim() && !t.includes('\n\n'),
				'must be trimmed and hold no blank line'
			)
		),
		islands: v.array(IslandIdSchema),
		links: v.array(Link),
		credit: v.optional(OneLine),
		cutOff: v.optional(v.literal(true))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (dataset.typed) checkLinkedText(dataset.value, addIssue);
	})
);

const CaptionSchema = v.pipe(
	object({
		text: Text,
		credit: v.nullable(Text),
		afterParagraph: integer(-1),
		islands: v.array(IslandIdSchema),
		links: v.array(Link)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (dataset.typed) checkLinkedText(dataset.value, addIssue);
	})
);

const PassageSchema = object({
	n: integer(1),
	paragraph: integer(0),
	start: integer(0),
	end: integer(0),
	text: Text,
	islands: v.array(IslandIdSchema)
});

const ArticleContentFields = v.pipe(
	object({
		ingestVersion: v.literal(
			INGEST_VERSION,
			(issue) =>
				`is ${got(issue.input)}, this code reads ${INGEST_VERSION}: re-run npm run ingest -- <folder>/raw.txt`
		),
		slug: Slug,
		rawSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
		title: Text,
		dek: v.nullable(Text),
		section: v.nullable(Text),
		dateline: v.nullable(Text),
		byline: v.nullable(Text),
		printedDate: v.nullable(Text),
		paragraphs: v.pipe(
			v.array(ParagraphSchema),
			v.minLength(1, 'must hold at least one paragraph')
		),
		captions: v.array(CaptionSchema),
		passages: v.array(PassageSchema),
		removed: v.array(object({ line: integer(1), rule: v.picklist(CLEAN_RULES), text: Text }))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const article = dataset.value;
		const count = article.paragraphs.length;
		// The copy ends inside a cut-off paragraph, so only the last one can be.
		article.paragraphs.forEach((p, i) => {
			if (p.cutOff && i !== count - 1)
				addIssue({
					message: 'only the last paragraph can be cut off',
					path: at(article, 'paragraphs', i, 'cutOff')
				});
		});
		article.captions.forEach((caption, i) => {
			if (caption.afterParagraph >= count)
				addIssue({
					message: `must be below the paragraph count (${count})`,
					path: at(article, 'captions', i, 'afterParagraph')
				});
		});
		// Passages are what readers cite and link to: each must be its paragraph's text, found at its
		// offsets in the cleaned text, with its paragraph's islands.
		const text = cleanedText(article);
		const withIslands = article.paragraphs.flatMap((p, i) => (p.islands.length > 0 ? [i] : []));
		const seen: number[] = [];
		article.passages.forEach((ps, i) => {
			const path = (...keys: (string | number)[]) => at(article, 'passages', i, ...keys);
			if (ps.n !== i + 1)
				addIssue({ message: `must be ${i + 1}, got ${got(ps.n)}`, path: path('n') });
			const para = article.paragraphs[ps.paragraph];
			if (!para) {
				addIssue({ message: `no paragraph ${ps.paragraph}`, path: path('paragraph') });
				return;
			}
			seen.push(ps.paragraph);
			if (ps.text !== para.text)
				addIssue({
					message: `must equal paragraphs[${ps.paragraph}].text`,
					path: path('text')
				});
			if (text.slice(ps.start, ps.end) !== ps.text)
				addIssue({
					message: 'start/end do not select the passage text in the cleaned text',
					path: path()
				});
			if (JSON.stringify(ps.islands) !== JSON.stringify(para.islands))
				addIssue({
					message: `must equal paragraphs[${ps.paragraph}].islands`,
					path: path('islands')
				});
		});
		if (JSON.stringify(seen) !== JSON.stringify(withIslands))
			addIssue({
				message: `must be one per paragraph with islands, in order: paragraphs ${JSON.stringify(withIslands)}`,
				path: at(article, 'passages')
			});
	})
);

export const ArticleContentSchema = fileRoot(ArticleContentFields);

/** Checks a stored article.json, including that every offset selects the text it claims to. */
export function checkArticle(value: unknown, file: string): string[] {
	return check<ArticleContent>(ArticleContentSchema, value, file).problems;
}
