import { describe, expect, it } from 'vitest';
import { ISLAND_FACTS } from './island-facts.ts';
import { SOURCES, sourceUrl } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { ISLAND_IDS, SOURCE_KINDS } from './types.ts';
import { assertDataValid, checkData } from './schema.ts';

describe('fact data', () => {
	it('is valid, every file of it', () => {
		expect(checkData()).toEqual([]);
		expect(() => assertDataValid()).not.toThrow();
	});

	it('has facts for exactly the four islands', () => {
		expect(Object.keys(ISLAND_FACTS).sort()).toEqual([...ISLAND_IDS].sort());
		for (const id of ISLAND_IDS) expect(ISLAND_FACTS[id].id).toBe(id);
	});

	it('keeps each kept source under its id and cites no dropped one', () => {
		for (const id of ['S1', 'S5', 'S84w', 'S110', 'S112', 'S115', 'N1', 'N4', 'N5'] as const)
			expect(SOURCES[id].id).toBe(id);
		// Wikipedia copies, blogs, aggregators and content farms of the old table (docs/neutrality-audit.md).
		for (const id of ['S6', 'S8', 'S39', 'S65', 'S78-blog', 'S97', 'S98', 'S106', 'N2', 'N3'])
			expect(Object.hasOwn(SOURCES, id)).toBe(false);
		expect(sourceUrl('S1')).toBe('https://www.hoppou.go.jp/archives/basics/islands1.html');
		expect(() => sourceUrl('S999')).toThrow('Unknown source id "S999"');
		expect(() => sourceUrl('toString')).toThrow('Unknown source id "toString"');
	});

	it('gives every source a kind, and both governments official statements', () => {
		const kinds = Object.values(SOURCES).map((s) => s.kind);
		for (const kind of SOURCE_KINDS) expect(kinds).toContain(kind);
		const official = Object.values(SOURCES).filter((s) => s.kind === 'official-statement');
		expect(official.some((s) => /Japan/.test(s.publisher))).toBe(true);
		expect(official.some((s) => /Russia/.test(s.publisher))).toBe(true);
	});

	it('keeps the GSI reference areas', () => {
		expect(ISLAND_FACTS.iturup.referenceArea.value).toBe(3166.6);
		expect(ISLAND_FACTS.kunashir.referenceArea.value).toBe(1489.3);
		expect(ISLAND_FACTS.shikotan.referenceArea.value).toBe(247.7);
		expect(ISLAND_FACTS.habomai.referenceArea.value).toBe(95);
		expect(ISLAND_FACTS.habomai.referenceArea.sources).toEqual(['S4']);
		for (const id of ISLAND_IDS) {
			expect(ISLAND_FACTS[id].area.figures[0]).toEqual(ISLAND_FACTS[id].referenceArea);
		}
	});

	it('spot-checks figures against the fact sheet', () => {
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

	it('covers the timeline in date order, with the corrected facts', () => {
		expect(TIMELINE[0]?.date).toBe('1644');
		expect(TIMELINE.at(-1)?.date).toBe('2022-03-21');
		const byTitle = (t: string) => TIMELINE.find((e) => e.title === t);
		// The Treaty of Shimoda entered into force in 1856, not 1858 (S118).
		expect(byTitle('Treaty of Shimoda')?.dateNote).toContain('7 Dec 1856');
		expect(byTitle('Yalta Agreement regarding Japan')?.date).toBe('1945-02-11');
		expect(byTitle('Japan signs the Instrument of Surrender')?.date).toBe('1945-09-02');
		const residents = byTitle('The Japanese residents leave the islands');
		expect(residents?.summary).toContain(
			'17,291 Japanese lived on the four island groups on 15 August 1945'
		);
		expect(residents?.accounts?.ru.text).toContain('репатриация');
	});
});
