import { describe, expect, it } from 'vitest';
import { ARTICLE_EXAMPLES } from '../../../tests/fixtures/gazetteer.articles.examples.ts';
import { HELD_OUT_EXAMPLES } from '../../../tests/fixtures/gazetteer.heldout.examples.ts';
import { findIslandLinks, linkArticle } from './gazetteer.ts';
import { formatScore, scoreArticles } from './gazetteer.score.ts';
import { islandsOf, referencesOf } from './model.ts';

describe('linking whole articles', () => {
	it.each([
		['the tuning set', ARTICLE_EXAMPLES],
		['the held-out set', HELD_OUT_EXAMPLES]
	] as const)('meets the precision and recall goals on %s', (name, examples) => {
		const { kinds, misses } = scoreArticles(examples, linkArticle);
		console.info(`gazetteer articles, ${name}:\n${formatScore(kinds)}`);
		expect(kinds.all.precision).toBeGreaterThanOrEqual(0.95);
		expect(kinds.named.recall).toBeGreaterThanOrEqual(0.95);
		expect(kinds.group.recall).toBeGreaterThanOrEqual(0.8);
		// Every trap paragraph links nothing.
		expect(misses.filter((m) => m.error === 'fp')).toEqual([]);
	});

	it('records references as their own kind, out of the islands a paragraph names', () => {
		const [first, second] = linkArticle([
			'Japan seeks the return of Shikotan and the Habomai islets.',
			'Russia has held the islands since 1945, and the territorial row goes on.'
		]);
		expect(islandsOf(first ?? [])).toEqual(['shikotan', 'habomai']);
		expect(second?.map((l) => [l.island, l.via, l.place, l.match])).toEqual([
			['shikotan', 'reference', 'the-islands', 'the islands'],
			['habomai', 'reference', 'the-islands', 'the islands'],
			['shikotan', 'reference', 'the-dispute', 'territorial row'],
			['habomai', 'reference', 'the-dispute', 'territorial row']
		]);
		expect(islandsOf(second ?? [])).toEqual([]);
		expect(referencesOf(second ?? [])).toEqual(['shikotan', 'habomai']);
	});

	it('refers back to nothing before the article names an island', () => {
		expect(linkArticle(['The islands were quiet.', 'Kunashir lies offshore.'])[0]).toEqual([]);
		expect(findIslandLinks('the sovereignty of the islands')).toEqual([]);
	});

	it('corroborates an islet short name anywhere in the article, but not a person', () => {
		const texts = [
			'It will be the first trip to Yuri since 2019.',
			'The delegation will land on Yuri Island, one of the Habomai islets.',
			'Yuri Trutnev did not comment.',
			'Yuri said nothing.'
		];
		const links = linkArticle(texts).map((l) => islandsOf(l));
		expect(links).toEqual([['habomai'], ['habomai'], [], []]);
		// Alone, the short name is not enough.
		expect(findIslandLinks(texts[0] as string)).toEqual([]);
	});

	it('keeps generic phrases about another dispute out, until the article comes back', () => {
		const links = linkArticle([
			'Kunashir is the closest island to Hokkaido.',
			'Tokyo also disputes the Senkaku Islands with Beijing.',
			'The disputed islands are uninhabited.',
			'Russia has built barracks on Iturup, and Japan protested the deployment on the islands.'
		]);
		expect(links.map((l) => [islandsOf(l), l.filter((x) => x.via === 'reference').length])).toEqual(
			[
				[['kunashir'], 0],
				[[], 0],
				[[], 0],
				[['iturup'], 2]
			]
		);
	});

	it('stays linear in the number of names in one text', () => {
		// Every ambiguous name was compared with every other, and every candidate with every kept one.
		const text = 'Yuri, Shibotsu and Yuri. '.repeat(8000);
		const start = performance.now();
		const links = findIslandLinks(text);
		const ms = performance.now() - start;
		expect(links.length).toBe(24_000);
		expect(ms).toBeLessThan(5000);
	});
});
