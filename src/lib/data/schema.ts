// The validator of the project's hand-written data: every data file under src/lib/data/, each
// against its schema, built on the shared rules and message layer of check.ts. Every problem comes
// back as one line naming the file, the path inside it and what is wrong:
//
//   island-facts.ts: ISLAND_FACTS.shikotan.area.figures[2].sources[0]: unknown source id "S999" …
//
// The unit tests run checkData() and the card build (scripts/og) runs assertDataValid() before it
// draws, so bad data fails the tests and the build rather than reaching a reader. The stored
// articles have their own schemas, in src/lib/content/schema.ts. Structure is checked by valibot
// schemas; rules that relate fields (a reference area that must be one of the figures) are rawCheck
// steps that run once the structure is sound.

import * as v from 'valibot';
import {
	BBox,
	HttpUrl,
	IslandIdSchema,
	IsoDate,
	KebabId,
	LanguageTag,
	LngLatSchema,
	OneLine,
	SchemaError,
	SourceIdSchema,
	SourceIds,
	Text,
	at,
	check,
	got,
	figure,
	integer,
	keyedBy,
	object
} from './check.ts';
import { ISLAND_FACTS } from './island-facts.ts';
import { MEASURE_PRESETS } from './measure-presets.ts';
import { measurePresetsSchema } from './measure-presets.schema.ts';
import { OVERLAY_TEXT } from './overlays.ts';
import {
	ALL_PLACES,
	ISLANDS,
	ISLETS,
	LANDMARKS,
	PLACE_KINDS,
	SETTLEMENTS,
	UNDISPUTED_ISLETS
} from './places.ts';
import { COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES } from './terms.ts';
import { POSITIONS } from './positions.ts';
import { GENERIC_TERMS, GROUP_PHRASES, OTHER_DISPUTES, REFERENCE_TERMS } from './references.ts';
import { SOURCES } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { HOLDERS, TIMELINE_STEPS } from './timeline-steps.ts';
import { ISLAND_IDS, OVERLAY_IDS, SOURCE_KINDS, TIMELINE_YEARS, VIEWPOINTS } from './types.ts';

// ---------------------------------------------------------------------------------------------
// sources.ts

const SourceRecord = object(
	{
		id: Text,
		title: Text,
		described: v.optional(v.literal(true)),
		note: v.optional(Text),
		url: HttpUrl,
		publisher: Text,
		kind: v.picklist(
			SOURCE_KINDS,
			(issue) =>
				`must be one of ${SOURCE_KINDS.join(', ')}, got ${got(issue.input)}: a copy of Wikipedia, a blog, a personal, travel or hiking page, an aggregator or a content farm is not a source to cite`
		),
		via: v.optional(Text),
		lang: LanguageTag
	},
	{ missing: { kind: `is missing: say what the source is (${SOURCE_KINDS.join(', ')})` } }
);

const SourcesTable = v.pipe(
	v.record(v.string(), SourceRecord),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const byUrl = new Map<string, string>();
		for (const [key, source] of Object.entries(dataset.value)) {
			if (source.id !== key)
				addIssue({
					message: `is "${source.id}", expected "${key}"`,
					path: at(dataset.value, key, 'id')
				});
			// One page, one entry: two ids for the same page hide that a fact has a single source.
			const other = byUrl.get(source.url);
			if (other)
				addIssue({
					message: `is the same page as ${other}; cite that entry instead`,
					path: at(dataset.value, key, 'url')
				});
			else byUrl.set(source.url, key);
		}
	})
);

// ---------------------------------------------------------------------------------------------
// island-facts.ts

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

/** A side's own words: verbatim, in their language, with who said them. */
const QuoteSchema = object({ text: Text, lang: LanguageTag, by: Text });

const SideAccount = object({ text: Text, quote: v.optional(QuoteSchema), sources: SourceIds });

const TimelineEvent = object({
	date: IsoDate,
	dateNote: v.optional(Text),
	title: Text,
	summary: Text,
	sources: SourceIds,
	accounts: v.optional(object({ ja: SideAccount, ru: SideAccount }))
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
	earlier: v.array(TimelineEvent),
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
		// Every event of the timeline is reachable from exactly one step.
		const shown = dataset.value.flatMap((step) => [
			step.event,
			...step.alsoThisYear,
			...step.earlier
		]);
		for (const event of TIMELINE) {
			const times = shown.filter((e) => e.date === event.date && e.title === event.title).length;
			if (times !== 1)
				addIssue({
					message: `"${event.title}" (${event.date}) is shown by ${times} steps, expected 1`
				});
		}
	})
);

// ---------------------------------------------------------------------------------------------
// places.ts

const PlaceNames = object({
	enRu: Text,
	enJa: Text,
	ja: v.optional(object({ kanji: Text, kana: v.optional(Text), romaji: Text })),
	ru: v.optional(object({ cyrillic: Text, latin: Text }))
});

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

/**
 * Issues for any id used twice across `lists` of `value`, each after its first use, and for any id
 * of `taken` (the ids of another file): ids are how the geodata and the gazetteer refer to places
 * and terms, one meaning each.
 */
type WithIds = Record<string, { id: string }> | { id: string }[];

function uniqueIds<K extends string>(
	value: Record<K, WithIds>,
	lists: readonly K[],
	addIssue: (issue: { message: string; path: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void,
	taken: ReadonlyMap<string, string> = new Map()
): void {
	const seen = new Map(taken);
	for (const list of lists) {
		const items = value[list];
		for (const [key, item] of Object.entries<{ id: string }>(items)) {
			const index = Array.isArray(items) ? Number(key) : key;
			const where = `${list}${typeof index === 'number' ? `[${index}]` : `.${index}`}`;
			const first = seen.get(item.id);
			if (first)
				addIssue({
					message: `id "${item.id}" is already used by ${first}`,
					path: at(value, list, index, 'id')
				});
			else seen.set(item.id, where);
		}
	}
}

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
		LANDMARKS: v.array(Place)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		uniqueIds(
			dataset.value,
			['ISLANDS', 'ISLETS', 'UNDISPUTED_ISLETS', 'SETTLEMENTS', 'LANDMARKS'],
			addIssue
		);
	})
);

// ---------------------------------------------------------------------------------------------
// terms.ts

const Term = {
	id: KebabId,
	variants: v.pipe(v.array(Text), v.minLength(1, 'needs at least one variant')),
	note: Text
};

const Terms = v.pipe(
	object({
		COLLECTIVE_TERMS: v.array(
			object({
				...Term,
				islands: v.pipe(
					v.array(IslandIdSchema),
					v.minLength(2, 'must name at least two island groups')
				)
			})
		),
		NON_DISPUTED_TERMS: v.array(object(Term)),
		PLACE_ALIASES: v.record(
			v.string(),
			object({ aliases: v.optional(v.array(Text)), ambiguous: v.optional(v.array(Text)) })
		)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const aliases = dataset.value.PLACE_ALIASES;
		for (const [id, a] of Object.entries(aliases)) {
			const place = ALL_PLACES.find((p) => p.id === id);
			if (!place) {
				addIssue({
					message: `"${id}" is no place of places.ts`,
					path: at(dataset.value, 'PLACE_ALIASES', id)
				});
				continue;
			}
			// An ambiguous name is one of the place's own names that the gazetteer treats with care; a
			// name listed only there would never be matched at all.
			const n = place.names;
			const names = [n.enRu, n.enJa, n.ja?.kanji, n.ja?.romaji, n.ru?.cyrillic, n.ru?.latin];
			const all = new Set([...names, ...(a.aliases ?? [])]);
			(a.ambiguous ?? []).forEach((name, i) => {
				if (!all.has(name))
					addIssue({
						message: `"${name}" is not one of the place's names or aliases`,
						path: at(dataset.value, 'PLACE_ALIASES', id, 'ambiguous', i)
					});
			});
		}
		// A term's id is no place's id either (places.ts).
		const places = new Map(ALL_PLACES.map((p) => [p.id, `the place "${p.id}" of places.ts`]));
		uniqueIds(dataset.value, ['COLLECTIVE_TERMS', 'NON_DISPUTED_TERMS'], addIssue, places);
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
					message: `"${id}" is not a COLLECTIVE_TERMS id of terms.ts`,
					path: at(dataset.value, 'GENERIC_TERMS', i)
				});
		});
	})
);

// ---------------------------------------------------------------------------------------------
// positions.ts and overlays.ts

const Argument = object({
	topic: OneLine,
	point: Text,
	quote: v.optional(QuoteSchema),
	sources: SourceIds,
	answer: object({ text: Text, sources: SourceIds })
});

/** The neutral view argues nothing; each side's case lists its arguments. */
function position(id: string) {
	return object({
		label: Text,
		statement: Text,
		mapNote: Text,
		sources: SourceIds,
		arguments:
			id === 'neutral'
				? v.pipe(
						v.array(Argument),
						v.maxLength(0, 'must be empty: the neutral view argues no case')
					)
				: v.pipe(v.array(Argument), v.minLength(3, 'needs the side’s main arguments'))
	});
}

// An overlay's kind, years and style are typed code in overlay-definitions.ts, checked by its tests.
const OverlayTextSchema = object({
	title: OneLine,
	description: Text,
	sources: SourceIds
});

// ---------------------------------------------------------------------------------------------
// The data files

/**
 * Each hand-written data file, as the object of its exports, with its schema. Built in a call marked
 * pure, so a bundle that imports this module without checking the data may leave the schemas out.
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
				LANDMARKS
			})
		},
		'terms.ts': {
			schema: Terms,
			exports: () => ({ COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES })
		},
		'references.ts': {
			schema: References,
			exports: () => ({ GROUP_PHRASES, REFERENCE_TERMS, GENERIC_TERMS, OTHER_DISPUTES })
		},
		'positions.ts': {
			schema: object({ POSITIONS: keyedBy(VIEWPOINTS, position) }),
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
