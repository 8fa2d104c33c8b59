import { describe, expect, it } from 'vitest';
import { ISLAND_FACTS } from './island-facts.ts';
import { SOURCES, sourceUrl } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { ISLAND_IDS } from './types.ts';
import {
	assertFactsValid,
	isIsoLikeDate,
	validateFacts,
	validateIslandFacts,
	validateSources,
	validateTimeline
} from './validate.ts';

describe('fact data', () => {
	it('is valid', () => {
		expect(validateFacts()).toEqual([]);
		expect(() => assertFactsValid()).not.toThrow();
	});

	it('has facts for exactly the four islands', () => {
		expect(Object.keys(ISLAND_FACTS).sort()).toEqual([...ISLAND_IDS].sort());
		for (const id of ISLAND_IDS) expect(ISLAND_FACTS[id].id).toBe(id);
	});

	it('lists the sources of the fact sheet', () => {
		for (const id of ['S1', 'S65b', 'S78-blog', 'S84w', 'S90', 'S90b', 'S91', 'S91b', 'S109']) {
			expect(SOURCES[id]?.id).toBe(id);
		}
		for (const id of ['N1', 'N2', 'N3', 'N4', 'N5']) expect(SOURCES[id]).toBeDefined();
		expect(sourceUrl('S1')).toBe('https://www.hoppou.go.jp/archives/basics/islands1.html');
		expect(() => sourceUrl('S999')).toThrow('Unknown source id "S999"');
		expect(() => sourceUrl('toString')).toThrow('Unknown source id "toString"');
	});

	it('keeps the official reference areas', () => {
		expect(ISLAND_FACTS.iturup.referenceArea.value).toBe(3166.6);
		expect(ISLAND_FACTS.kunashir.referenceArea.value).toBe(1489.3);
		expect(ISLAND_FACTS.shikotan.referenceArea.value).toBe(247.7);
		expect(ISLAND_FACTS.habomai.referenceArea.value).toBe(95);
		expect(ISLAND_FACTS.habomai.referenceArea.sources).toEqual(['S4']);
		for (const id of ISLAND_IDS) {
			expect(ISLAND_FACTS[id].area.figures[0]).toEqual(ISLAND_FACTS[id].referenceArea);
		}
	});

	it('spot-checks figures against FACTS.md', () => {
		const iturupHeight = ISLAND_FACTS.iturup.highestPoint;
		expect(iturupHeight.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1629, 1634]));
		expect(iturupHeight.disagreement).toContain('1,629');
		expect(iturupHeight.disagreement).toContain('1,634');
		expect(ISLAND_FACTS.habomai.population.current.figures[0]?.value).toBe(0);
		expect(ISLAND_FACTS.habomai.population.japanese1945.figures[0]?.value).toBe(5281);
		expect(ISLAND_FACTS.kunashir.distanceFromHokkaido.figures[0]).toMatchObject({
			value: 16,
			from: 'Notsuke peninsula'
		});
		expect(ISLAND_FACTS.habomai.distanceFromHokkaido.figures.map((f) => f.value)).toEqual([
			3.7, 7, 7.5
		]);
	});

	it('covers every timeline row in date order', () => {
		expect(TIMELINE).toHaveLength(27);
		expect(TIMELINE[0]?.date).toBe('1855-02-07');
		expect(TIMELINE.at(-1)?.date).toBe('2022-03-21');
	});
});

describe('validation', () => {
	it('names the path of an unknown source id', () => {
		const broken = structuredClone(ISLAND_FACTS);
		const figure = broken.shikotan.area.figures[2];
		expect(figure).toBeDefined();
		if (figure) figure.sources = ['S999'];
		expect(validateIslandFacts(broken, SOURCES)).toEqual([
			'island-facts.ts: ISLAND_FACTS.shikotan.area.figures[2].sources[0]: unknown source id "S999" (not in SOURCES)'
		]);
	});

	it('reports a reference area that is not among the figures', () => {
		const broken = structuredClone(ISLAND_FACTS);
		// The data shares one object between referenceArea and area.figures[0]; replace, do not mutate.
		broken.iturup.referenceArea = { ...broken.iturup.referenceArea, value: 3000 };
		const problems = validateIslandFacts(broken, SOURCES);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('ISLAND_FACTS.iturup.referenceArea');
	});

	it('requires a disagreement exactly when figures differ', () => {
		const broken = structuredClone(ISLAND_FACTS);
		delete broken.kunashir.highestPoint.disagreement;
		broken.iturup.distanceFromHokkaido.disagreement = 'Sources differ.';
		const problems = validateIslandFacts(broken, SOURCES);
		expect(problems).toHaveLength(2);
		expect(problems.join('\n')).toContain('ISLAND_FACTS.kunashir.highestPoint.disagreement');
		expect(problems.join('\n')).toContain('ISLAND_FACTS.iturup.distanceFromHokkaido.disagreement');
	});

	it('rejects non-positive values and missing sources', () => {
		const broken = structuredClone(ISLAND_FACTS);
		const height = broken.habomai.highestPoint.figures[0];
		const population = broken.iturup.population.current.figures[0];
		if (height) height.value = 0;
		if (population) population.sources = [];
		const problems = validateIslandFacts(broken, SOURCES);
		expect(problems).toContain(
			'island-facts.ts: ISLAND_FACTS.habomai.highestPoint.figures[0].value: 0 is not a finite positive number'
		);
		expect(problems).toContain(
			'island-facts.ts: ISLAND_FACTS.iturup.population.current.figures[0].sources: needs at least one source id'
		);
	});

	it('rejects bad source addresses', () => {
		const sources = structuredClone(SOURCES);
		const s1 = sources['S1'];
		const s2 = sources['S2'];
		if (s1) s1.url = 'not a url';
		if (s2) s2.url = 'ftp://example.org/file';
		const problems = validateSources(sources);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('SOURCES.S1.url');
		expect(problems[1]).toContain('SOURCES.S2.url');
	});

	it('rejects timeline dates that are malformed or out of order', () => {
		const timeline = structuredClone(TIMELINE);
		const [first, , third] = timeline;
		if (first) first.date = '1855-02-30';
		if (third) third.date = '1800';
		expect(validateTimeline(timeline, SOURCES)).toEqual([
			'timeline.ts: TIMELINE[0].date: "1855-02-30" is not yyyy, yyyy-mm or yyyy-mm-dd',
			'timeline.ts: TIMELINE[2].date: "1800" comes before the previous event\'s "1875-05-07"'
		]);
		expect(isIsoLikeDate('1945-08')).toBe(true);
		expect(isIsoLikeDate('1945-13')).toBe(false);
	});
});
