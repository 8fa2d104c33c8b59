import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIslandLinks } from './gazetteer.ts';
import { linkSpans, segments } from './link-spans.ts';

describe('linkSpans', () => {
	it('groups the links of one term for several islands into one span', () => {
		const text = 'Crews on Shikotan spoke of the four islands.';
		const spans = linkSpans(findIslandLinks(text));
		expect(spans.map(({ match, via, islands }) => ({ match, via, islands }))).toEqual([
			{ match: 'Shikotan', via: 'name', islands: ['shikotan'] },
			{
				match: 'four islands',
				via: 'collective',
				islands: ['iturup', 'kunashir', 'shikotan', 'habomai']
			}
		]);
		for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.match);
	});

	it('passes on a kind of link it does not know, and drops overlaps', () => {
		const spans = linkSpans([
			{ island: 'habomai', via: 'reference' as 'name', match: 'the islets', start: 4, end: 14 },
			{ island: 'iturup', via: 'name', match: 'islets', start: 8, end: 14 }
		]);
		expect(spans).toEqual([
			{ start: 4, end: 14, match: 'the islets', via: 'reference', islands: ['habomai'] }
		]);
	});
});

describe('segments', () => {
	it('cuts the text at the spans and gives it back whole', () => {
		const text = 'Crews on Shikotan spoke of the four islands.';
		const parts = segments(text, linkSpans(findIslandLinks(text)));
		expect(parts.map((p) => [p.text, p.span?.via ?? null])).toEqual([
			['Crews on ', null],
			['Shikotan', 'name'],
			[' spoke of the ', null],
			['four islands', 'collective'],
			['.', null]
		]);
	});

	it('always joins back to the text, whatever the spans', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }),
				fc.array(fc.tuple(fc.nat(45), fc.nat(45)), { maxLength: 6 }),
				(text, pairs) => {
					const spans = linkSpans(
						pairs.map(([a, b]) => ({ island: 'iturup', via: 'name', match: '', start: a, end: b }))
					);
					expect(
						segments(text, spans)
							.map((s) => s.text)
							.join('')
					).toBe(text);
				}
			)
		);
	});
});
