import { describe, expect, it } from 'vitest';
import type { IslandPassage } from './loader.ts';
import { FIRST_VIEW, islandPassagePages } from './published.ts';

const passage = (i: number): IslandPassage => ({
	slug: `a-${i}`,
	title: `Article ${i}`,
	outlet: 'Test Wire',
	lang: 'en',
	date: { value: '2020-01-01', precision: 'day' },
	passage: { n: 1, paragraph: 0, start: 0, end: 1, text: `p${i}`, islands: ['kunashir'] }
});

describe('islandPassagePages', () => {
	it('cuts the passages into pages of the first view, in order, each knowing the totals', () => {
		const size = FIRST_VIEW.islandPassages;
		const all = Array.from({ length: 2 * size + 3 }, (_, i) => passage(i));
		const pages = islandPassagePages(all);
		expect(pages.map((p) => p.n)).toEqual([1, 2, 3]);
		expect(pages.map((p) => p.passages.length)).toEqual([size, size, 3]);
		expect(pages.flatMap((p) => p.passages)).toEqual(all);
		for (const p of pages) expect([p.pages, p.total]).toEqual([3, all.length]);
	});

	it('gives an island no article names one empty page (the panel says so)', () => {
		expect(islandPassagePages([])).toEqual([{ n: 1, pages: 1, total: 0, passages: [] }]);
	});
});
