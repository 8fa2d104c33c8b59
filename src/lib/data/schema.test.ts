import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ISLAND_FACTS } from './island-facts.ts';
import { MEASURE_PRESETS } from './measure-presets.ts';
import { OVERLAY_TEXT } from './overlays.ts';
import { ISLETS, LANDMARKS, SETTLEMENTS } from './places.ts';
import * as places from './places.ts';
import { COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES } from './terms.ts';
import { POSITIONS } from './positions.ts';
import { HttpUrl, IsoDate, LanguageTag, SchemaError, Slug } from './check.ts';
import { checkDataFile } from './schema.ts';
import { SOURCES } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { TIMELINE_STEPS } from './timeline-steps.ts';
import { MAX_SLUG_LENGTH, type SourceId } from './types.ts';

// Broken copies of the data are made on purpose; the type system would refuse most of them.
const UNKNOWN = 'S999' as SourceId;

function placesExports() {
	return structuredClone({
		ISLANDS: places.ISLANDS,
		ISLETS,
		UNDISPUTED_ISLETS: places.UNDISPUTED_ISLETS,
		SETTLEMENTS,
		LANDMARKS
	});
}

describe('source ids', () => {
	it('are checked by the compiler', () => {
		// @ts-expect-error a mistyped source id does not compile (svelte-check fails on it)
		const typo: SourceId = 'S1O';
		const known: SourceId = 'S10';
		expect([typo, known]).toEqual(['S1O', 'S10']);
	});

	it('are checked at run time with the path of the one that is unknown', () => {
		const broken = structuredClone(ISLAND_FACTS);
		const figure = broken.shikotan.area.figures[2];
		expect(figure).toBeDefined();
		if (figure) figure.sources = [UNKNOWN];
		expect(checkDataFile('island-facts.ts', { ISLAND_FACTS: broken })).toEqual([
			'island-facts.ts: ISLAND_FACTS.shikotan.area.figures[2].sources[0]: unknown source id "S999" (not in src/lib/data/sources.ts)'
		]);
	});

	it('are checked in places.ts and positions.ts too', () => {
		const exports = placesExports();
		const [islet] = exports.ISLETS;
		if (!islet) throw new Error('places.ts has no islets');
		islet.sources = ['S1', UNKNOWN];
		expect(checkDataFile('places.ts', exports)).toEqual([
			'places.ts: ISLETS[0].sources[1]: unknown source id "S999" (not in src/lib/data/sources.ts)'
		]);
		const positions = structuredClone(POSITIONS);
		positions.ja.sources = [];
		positions.ru.sources = ['S112', UNKNOWN];
		expect(checkDataFile('positions.ts', { POSITIONS: positions })).toEqual([
			'positions.ts: POSITIONS.ja.sources: needs at least one source id',
			'positions.ts: POSITIONS.ru.sources[1]: unknown source id "S999" (not in src/lib/data/sources.ts)'
		]);
	});
});

describe('island-facts.ts', () => {
	it('reports a reference area that is not among the figures', () => {
		const broken = structuredClone(ISLAND_FACTS);
		// The data shares one object between referenceArea and area.figures[0]; replace, do not mutate.
		broken.iturup.referenceArea = { ...broken.iturup.referenceArea, value: 3000 };
		expect(checkDataFile('island-facts.ts', { ISLAND_FACTS: broken })).toEqual([
			'island-facts.ts: ISLAND_FACTS.iturup.referenceArea: 3000 km² [S1] is not one of area.figures'
		]);
	});

	it('requires a disagreement exactly when figures differ', () => {
		const broken = structuredClone(ISLAND_FACTS);
		delete broken.kunashir.highestPoint.disagreement;
		broken.iturup.distanceFromHokkaido.disagreement = 'Sources differ.';
		const problems = checkDataFile('island-facts.ts', { ISLAND_FACTS: broken });
		expect(problems).toHaveLength(2);
		expect(problems.join('\n')).toContain(
			'ISLAND_FACTS.kunashir.highestPoint.disagreement: missing, but the figures differ'
		);
		expect(problems.join('\n')).toContain(
			'ISLAND_FACTS.iturup.distanceFromHokkaido.disagreement: present, but all figures have the same value'
		);
	});

	it('rejects non-positive values, missing sources and a missing island', () => {
		const broken = structuredClone(ISLAND_FACTS) as Partial<typeof ISLAND_FACTS>;
		const height = broken.habomai?.highestPoint.figures[0];
		const population = broken.iturup?.population.current.figures[0];
		if (height) height.value = 0;
		if (population) population.sources = [];
		delete broken.shikotan;
		expect(checkDataFile('island-facts.ts', { ISLAND_FACTS: broken })).toEqual([
			'island-facts.ts: ISLAND_FACTS.iturup.population.current.figures[0].sources: needs at least one source id',
			'island-facts.ts: ISLAND_FACTS.shikotan: is missing',
			'island-facts.ts: ISLAND_FACTS.habomai.highestPoint.figures[0].value: must be a finite positive number, got number 0'
		]);
	});
});

describe('sources.ts', () => {
	it('rejects bad addresses and an id that is not its key', () => {
		const sources = structuredClone(SOURCES);
		sources.S1.url = 'not a url';
		sources.S2.url = 'ftp://example.org/file';
		sources.S3.id = 'S4';
		sources.S5.lang = 'English';
		expect(checkDataFile('sources.ts', { SOURCES: sources })).toEqual([
			'sources.ts: SOURCES.S1.url: must be http(s) and parse as a URL, got "not a url"',
			'sources.ts: SOURCES.S2.url: must be http(s) and parse as a URL, got "ftp://example.org/file"',
			'sources.ts: SOURCES.S5.lang: "English" is not a BCP 47 language tag ("en", "ja", "zh-Hant")'
		]);
		// The key check runs once every record is well-formed.
		const renamed = structuredClone(SOURCES);
		renamed.S3.id = 'S4';
		expect(checkDataFile('sources.ts', { SOURCES: renamed })).toEqual([
			'sources.ts: SOURCES.S3.id: is "S4", expected "S3"'
		]);
	});

	it('takes only sources of a kind a careful editor would cite, each page once', () => {
		const sources = structuredClone(SOURCES) as unknown as Record<string, Record<string, unknown>>;
		const s7 = sources.S7 ?? {};
		const s10 = sources.S10 ?? {};
		s7.kind = 'wikipedia-mirror';
		delete s10.kind;
		expect(checkDataFile('sources.ts', { SOURCES: sources })).toEqual([
			'sources.ts: SOURCES.S7.kind: must be one of primary, official-statement, official-statistics, scholarly, reference, news, got "wikipedia-mirror": a copy of Wikipedia, a blog, a personal, travel or hiking page, an aggregator or a content farm is not a source to cite',
			'sources.ts: SOURCES.S10.kind: is missing: say what the source is (primary, official-statement, official-statistics, scholarly, reference, news)'
		]);
		const twice = structuredClone(SOURCES);
		twice.S12.url = twice.S7.url;
		expect(checkDataFile('sources.ts', { SOURCES: twice })).toEqual([
			'sources.ts: SOURCES.S12.url: is the same page as S7; cite that entry instead'
		]);
	});
});

describe('positions.ts', () => {
	it('keeps the neutral view free of arguments and gives each side its case', () => {
		const positions = structuredClone(POSITIONS);
		positions.neutral.arguments = positions.ja.arguments.slice(1, 2);
		positions.ru.arguments = [];
		const [first] = positions.ja.arguments;
		if (first) first.answer.sources = [];
		expect(checkDataFile('positions.ts', { POSITIONS: positions })).toEqual([
			'positions.ts: POSITIONS.neutral.arguments: must be empty: the neutral view argues no case',
			'positions.ts: POSITIONS.ja.arguments[0].answer.sources: needs at least one source id',
			'positions.ts: POSITIONS.ru.arguments: needs the side’s main arguments'
		]);
	});
});

describe('timeline.ts and timeline-steps.ts', () => {
	it('rejects dates that are malformed or out of order', () => {
		const timeline = structuredClone(TIMELINE);
		const [first, , third] = timeline;
		if (first) first.date = '1855-02-30';
		expect(checkDataFile('timeline.ts', { TIMELINE: timeline })).toEqual([
			'timeline.ts: TIMELINE[0].date: must be a real date written yyyy, yyyy-mm or yyyy-mm-dd, got "1855-02-30"'
		]);
		if (first) first.date = '1855-02-07';
		if (third) third.date = '1800';
		expect(checkDataFile('timeline.ts', { TIMELINE: timeline })).toEqual([
			'timeline.ts: TIMELINE[2].date: "1800" comes before the previous event\'s "1855-02-07"'
		]);
	});

	it('ties every step to an event of its year and to known overlays', () => {
		const steps = structuredClone(TIMELINE_STEPS);
		const [first, second] = steps;
		if (!first || !second) throw new Error('no steps');
		first.event = { ...first.event, title: 'Treaty of Nowhere' };
		(second.inForce as string[]).push('border-1905');
		steps.reverse();
		const problems = checkDataFile('timeline-steps.ts', { TIMELINE_STEPS: steps });
		expect(problems).toEqual([
			'timeline-steps.ts: TIMELINE_STEPS[8].inForce[1]: must be one of ru-administered, jp-claimed, border-1855, border-1875, transfer-1956, median-line, got "border-1905"'
		]);
		(second.inForce as string[]).pop();
		expect(checkDataFile('timeline-steps.ts', { TIMELINE_STEPS: steps })).toEqual([
			'timeline-steps.ts: TIMELINE_STEPS: years must be 1855, 1875, 1905, 1945, 1951, 1956, 1993, 2001, 2018, 2022 in order, got 2022, 2018, 2001, 1993, 1956, 1951, 1945, 1905, 1875, 1855',
			'timeline-steps.ts: TIMELINE_STEPS[9].event: "Treaty of Nowhere" (1855-02-07) is not an event of timeline.ts',
			'timeline-steps.ts: TIMELINE_STEPS: "Treaty of Shimoda" (1855-02-07) is shown by 0 steps, expected 1'
		]);
	});
});

describe('places.ts', () => {
	it('gives every place its own id', () => {
		const exports = placesExports();
		const [landmark] = exports.LANDMARKS;
		if (!landmark) throw new Error('places.ts has no landmarks');
		landmark.id = 'kunashir';
		expect(checkDataFile('places.ts', exports)).toEqual([
			'places.ts: LANDMARKS[0].id: id "kunashir" is already used by ISLANDS.kunashir'
		]);
	});

	it('keeps islets and settlements in their island group, and names in range', () => {
		const exports = placesExports();
		const [settlement] = exports.SETTLEMENTS;
		const [, second] = exports.ISLETS;
		if (!settlement || !second) throw new Error('places.ts has too few places');
		delete settlement.island;
		second.point = [147, 95];
		expect(checkDataFile('places.ts', exports)).toEqual([
			'places.ts: ISLETS[1].point[1]: must be a latitude, -90 to 90',
			'places.ts: SETTLEMENTS[0]: must name the island group it belongs to (island)'
		]);
	});
});

describe('terms.ts', () => {
	it('is valid as written', () => {
		expect(
			checkDataFile('terms.ts', { COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES })
		).toEqual([]);
	});

	it('gives every term an id of its own, that no place has either', () => {
		const exports = structuredClone({ COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES });
		const [collective] = exports.COLLECTIVE_TERMS;
		const [first, second] = exports.NON_DISPUTED_TERMS;
		if (!collective || !first || !second) throw new Error('terms.ts has too few terms');
		collective.id = 'kurilsk';
		second.id = first.id;
		expect(checkDataFile('terms.ts', exports)).toEqual([
			'terms.ts: COLLECTIVE_TERMS[0].id: id "kurilsk" is already used by the place "kurilsk" of places.ts',
			`terms.ts: NON_DISPUTED_TERMS[1].id: id "${first.id}" is already used by NON_DISPUTED_TERMS[0]`
		]);
	});

	it('gives aliases to places only, and marks as ambiguous only names the place has', () => {
		const exports = structuredClone({ COLLECTIVE_TERMS, NON_DISPUTED_TERMS, PLACE_ALIASES });
		exports.PLACE_ALIASES.yury = { ambiguous: ['Yury', 'Nowhere'] };
		exports.PLACE_ALIASES.atlantis = { aliases: ['Atlantis'] };
		expect(checkDataFile('terms.ts', exports)).toEqual([
			'terms.ts: PLACE_ALIASES.yury.ambiguous[1]: "Nowhere" is not one of the place\'s names or aliases',
			'terms.ts: PLACE_ALIASES.atlantis: "atlantis" is no place of places.ts'
		]);
	});
});

describe('overlays.ts', () => {
	it('has text for exactly the overlay ids, each with a title on one line', () => {
		const texts = structuredClone(OVERLAY_TEXT) as Partial<typeof OVERLAY_TEXT>;
		delete texts['median-line'];
		if (texts['border-1855']) texts['border-1855'].title = 'Treaty of Shimoda\nboundary';
		expect(checkDataFile('overlays.ts', { OVERLAY_TEXT: texts })).toEqual([
			'overlays.ts: OVERLAY_TEXT.border-1855.title: must be one line',
			'overlays.ts: OVERLAY_TEXT.median-line: is missing'
		]);
	});
});

describe('measure-presets.ts', () => {
	it('is valid as written', () => {
		expect(checkDataFile('measure-presets.ts', { MEASURE_PRESETS })).toEqual([]);
	});

	it('ties each end to its place, each panel figure to the panel and explains differences', () => {
		const presets = structuredClone(MEASURE_PRESETS);
		const [kaigara, , shikotan, iturup] = presets;
		if (!kaigara || !shikotan || !iturup) throw new Error('presets missing');
		shikotan.from.point = [145.8163, 43.3851];
		(kaigara.figures[0] as { value: number }).value = 3.8;
		delete iturup.disagreement;
		expect(checkDataFile('measure-presets.ts', { MEASURE_PRESETS: presets })).toEqual([
			'measure-presets.ts: MEASURE_PRESETS[0].figures[0].panel: 3.8 km [S1, S2, S3, S26] is not a figure the habomai panel cites',
			'measure-presets.ts: MEASURE_PRESETS[2].from.point: must be the point places.ts gives "cape-nosappu" (145.816278, 43.385056)',
			'measure-presets.ts: MEASURE_PRESETS[3].disagreement: missing, but the figures differ (22.5, 21)'
		]);
	});

	it('knows its places and its ids once', () => {
		const unknown = structuredClone(MEASURE_PRESETS);
		(unknown[1] as { from: { place?: string } }).from.place = 'atlantis';
		expect(checkDataFile('measure-presets.ts', { MEASURE_PRESETS: unknown })).toEqual([
			expect.stringMatching(
				/^measure-presets\.ts: MEASURE_PRESETS\[1\]\.from\.place: must be one of .*got "atlantis"$/
			)
		]);
		const twice = structuredClone(MEASURE_PRESETS);
		(twice[1] as { id: string }).id = 'nosappu-kaigara';
		expect(checkDataFile('measure-presets.ts', { MEASURE_PRESETS: twice })).toEqual([
			'measure-presets.ts: MEASURE_PRESETS[1].id: repeats "nosappu-kaigara"'
		]);
	});
});

describe('shared rules', () => {
	it('accept real dates only', () => {
		for (const ok of ['1945', '1945-08', '1945-08-15', '2024-02-29'])
			expect(v.is(IsoDate, ok)).toBe(true);
		for (const bad of ['1945-13', '1945-02-30', '2023-02-29', '45', '1945-8', '1945/08'])
			expect(v.is(IsoDate, bad), bad).toBe(false);
	});

	it('accept language tags, http(s) addresses and slugs', () => {
		expect(['en', 'ja', 'zh-Hant', 'en-GB'].every((t) => v.is(LanguageTag, t))).toBe(true);
		expect(['', 'EN', 'english', 'en_GB'].some((t) => v.is(LanguageTag, t))).toBe(false);
		expect(v.is(HttpUrl, 'https://example.org/a?b')).toBe(true);
		expect(
			['javascript:alert(1)', 'ftp://x.org', '//x.org', 'x'].some((u) => v.is(HttpUrl, u))
		).toBe(false);
		expect(v.is(Slug, 'a'.repeat(MAX_SLUG_LENGTH))).toBe(true);
		expect(v.is(Slug, 'a'.repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
		expect(['A-b', 'a--b', '-a', 'a b'].some((s) => v.is(Slug, s))).toBe(false);
	});

	it('fail as one SchemaError listing every problem', () => {
		const error = new SchemaError(['a.ts: X: one', 'a.ts: Y: two']);
		expect(error.problems).toHaveLength(2);
		expect(error.message).toBe('2 problems:\n  a.ts: X: one\n  a.ts: Y: two');
	});
});
