import { describe, expect, it } from 'vitest';
import type { IslandPassage } from './loader.ts';
import type { Article, IslandLink } from './model.ts';
import { FIRST_VIEW, excerptOf, islandPassagePages, referenceOnly } from './published.ts';

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

describe('excerptOf', () => {
	const link = (via: IslandLink['via']): IslandLink => ({
		island: 'kunashir',
		via,
		place: 'x',
		match: 'x',
		start: 0,
		end: 1
	});
	const article: Article = {
		slug: 'a',
		title: 'T',
		dek: 'D',
		section: null,
		dateline: null,
		byline: 'B',
		outlet: 'O',
		url: 'https://example.com/a',
		lang: 'en',
		date: { value: '2020-01-01', precision: 'day' },
		topics: ['t'],
		sources: [],
		paragraphs: [
			{ text: 'intro', islands: [], links: [] },
			{
				text: 'Kunashir, the islands',
				islands: ['kunashir'],
				links: [link('name'), link('reference')]
			},
			{ text: 'the islands again', islands: [], links: [link('reference')] },
			{ text: 'Kunashir', islands: ['kunashir'], links: [link('name')] }
		],
		captions: [{ text: 'cap', credit: null, afterParagraph: 1, islands: [], links: [] }],
		passages: [
			{
				n: 1,
				paragraph: 1,
				start: 0,
				end: 1,
				text: 'Kunashir, the islands',
				islands: ['kunashir']
			},
			{ n: 2, paragraph: 3, start: 0, end: 1, text: 'Kunashir', islands: ['kunashir'] }
		]
	};

	it('keeps the header and the one paragraph, with only the links the reader marks', () => {
		expect(excerptOf(article, 1)).toEqual({
			slug: 'a',
			title: 'T',
			dek: 'D',
			section: null,
			outlet: 'O',
			url: 'https://example.com/a',
			lang: 'en',
			date: { value: '2020-01-01', precision: 'day' },
			sources: [],
			paragraphs: [
				{ text: 'Kunashir, the islands', islands: ['kunashir'], links: [link('reference')] }
			],
			passages: [{ n: 1, paragraph: 0, islands: ['kunashir'] }],
			captions: [],
			passageCount: 2
		});
	});

	it('has none past the last passage', () => {
		expect(excerptOf(article, 2)?.paragraphs[0].text).toBe('Kunashir');
		expect(excerptOf(article, 3)).toBeNull();
		expect(excerptOf(article, 0)).toBeNull();
	});

	it('counts only paragraphs that refer back and name no island', () => {
		expect(referenceOnly(article.paragraphs)).toBe(1);
	});
});
