import { describe, expect, it } from 'vitest';
import { ISLAND_FACTS } from './island-facts.ts';
import { SOURCES, sourceUrl } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { ISLAND_IDS } from './types.ts';
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

	it('lists the sources of the fact sheet', () => {
		for (const id of [
			'S1',
			'S65b',
			'S78-blog',
			'S84w',
			'S90',
			'S90b',
			'S91',
			'S91b',
			'S109'
		] as const) {
			expect(SOURCES[id].id).toBe(id);
		}
		for (const id of ['N1', 'N2', 'N3', 'N4', 'N5'] as const) expect(SOURCES[id]).toBeDefined();
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

	it('covers every timeline row in date order', () => {
		expect(TIMELINE).toHaveLength(27);
		expect(TIMELINE[0]?.date).toBe('1855-02-07');
		expect(TIMELINE.at(-1)?.date).toBe('2022-03-21');
	});
});
