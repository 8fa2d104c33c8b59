import { describe, expect, it } from 'vitest';
import { ISLAND_IDS } from '#lib/data/types.ts';
import { articleIndex, articlesPerIsland, filterIndex } from './article-index.ts';
import { ARTICLES } from './articles.ts';
import type { Article, Passage } from './model.ts';

const SEED = 'nikkei-putin-win-island-row';

const passage = (n: number, islands: Passage['islands']): Passage => ({
	n,
	paragraph: n,
	start: 0,
	end: 1,
	text: 'x',
	islands
});

const article = (slug: string, passages: Passage[]): Article => ({
	slug,
	title: `Title of ${slug}`,
	dek: null,
	section: null,
	dateline: null,
	byline: null,
	outlet: 'Test Wire',
	url: 'https://example.com/',
	lang: 'en',
	date: { value: '2020-09', precision: 'month' },
	topics: [],
	sources: [],
	paragraphs: [],
	captions: [],
	passages
});

const SCHOOL = article('school-on-shikotan', [
	passage(1, ['shikotan']),
	passage(2, ['kunashir', 'shikotan'])
]);
const QUIET = article('no-islands', []);

describe('articleIndex', () => {
	it('gives each article its date as read, its passage count and its islands in order', () => {
		expect(articleIndex([SCHOOL, QUIET])).toEqual([
			{
				slug: 'school-on-shikotan',
				title: 'Title of school-on-shikotan',
				outlet: 'Test Wire',
				date: { value: '2020-09', precision: 'month' },
				lang: 'en',
				passages: 2,
				islands: ['kunashir', 'shikotan']
			},
			expect.objectContaining({ slug: 'no-islands', passages: 0, islands: [] })
		]);
	});

	it('lists the seed article with the four islands its passages name', () => {
		const seed = articleIndex(ARTICLES).find((e) => e.slug === SEED);
		expect(seed?.islands).toEqual([...ISLAND_IDS]);
		expect(seed?.passages).toBe(ARTICLES.find((a) => a.slug === SEED)?.passages.length);
		expect(seed?.date).toEqual(ARTICLES.find((a) => a.slug === SEED)?.date);
	});
});

describe('filterIndex', () => {
	const entries = articleIndex([SCHOOL, QUIET]);

	it('keeps the articles that name the island, in order', () => {
		expect(filterIndex(entries, 'shikotan').map((e) => e.slug)).toEqual(['school-on-shikotan']);
		expect(filterIndex(entries, 'kunashir').map((e) => e.slug)).toEqual(['school-on-shikotan']);
	});

	it('is empty for an island no article names, and lists all without a filter', () => {
		expect(filterIndex(entries, 'habomai')).toEqual([]);
		expect(filterIndex(entries, null)).toEqual(entries);
		expect(filterIndex(entries, null)).not.toBe(entries);
	});

	it('counts the articles each filter would list', () => {
		expect(articlesPerIsland(entries)).toEqual({ iturup: 0, kunashir: 1, shikotan: 1, habomai: 0 });
	});
});
