// The reader's marks for what the ingester adds to a paragraph, rendered on the server as the
// prerendered page is: a credit split off, a cut-off last paragraph, islands referred back to.

import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import type { Article, Paragraph } from '#lib/content/model.ts';
import { excerptOf } from '#lib/content/published.ts';
import { READER } from '#lib/strings/reader.ts';
import ArticleReader from './ArticleReader.svelte';

// Outside a SvelteKit request there is no page; the reader only needs a URL and a route (none: the
// map's home) to build links from.
vi.mock('$app/state', () => ({
	page: { url: new URL('http://localhost/'), state: {}, route: { id: null }, params: {} }
}));

const ALL = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;

function paragraph(text: string, extra: Partial<Paragraph> = {}): Paragraph {
	return { text, islands: [], links: [], ...extra };
}

const first = 'Japan claims the four islands it calls the Northern Territories.';
const second = 'Russia has held the islands since 1945.';
const third = 'Former residents laid flowers at a cemetery on the isl';

const article: Article = {
	slug: 'test-reader-marks',
	title: 'Former islanders visit',
	dek: null,
	section: null,
	dateline: null,
	byline: null,
	outlet: 'Test Wire',
	url: 'https://example.com/a',
	lang: 'en',
	date: { value: '2024-05-01', precision: 'day' },
	topics: [],
	sources: [],
	paragraphs: [
		paragraph(first, {
			islands: [...ALL],
			links: ALL.map((island) => ({
				island,
				via: 'collective',
				place: 'four-islands',
				match: 'four islands',
				start: 15,
				end: 27
			})),
			credit: 'Jiji Press'
		}),
		paragraph(second, {
			links: ALL.map((island) => ({
				island,
				via: 'reference',
				place: 'the-islands',
				match: 'the islands',
				start: 18,
				end: 29
			}))
		}),
		paragraph(third, { cutOff: true })
	],
	captions: [],
	passages: [
		{ n: 1, paragraph: 0, start: 24, end: 24 + first.length, text: first, islands: [...ALL] }
	]
};

describe('ArticleReader', () => {
	const { body } = render(ArticleReader, { props: { article, selected: null } });

	it('shows islands referred back to, apart from the passages, in their own lighter line', () => {
		expect(body).toContain(`data-refers="iturup kunashir shikotan habomai"`);
		const refers = body.slice(body.indexOf('class="refers'));
		expect(refers).toMatch(new RegExp(`^[^>]*>\\s*${READER.refersBack}`));
		expect(body).toContain(READER.references(1).trim());
		// Only the naming paragraph is a passage.
		expect(body.match(/data-passage="/g)).toHaveLength(1);
	});

	it('marks the cut-off last paragraph and shows a split-off credit', () => {
		expect(body).toContain('data-cut-off');
		expect(body).toContain(READER.cutOff);
		expect(body.indexOf(third)).toBeLessThan(body.indexOf(READER.cutOff));
		expect(body).toContain('Jiji Press');
	});

	it('links a stored article to its original, its passages to their URLs, and can be closed', () => {
		expect(body).toContain(READER.original);
		expect(body).toContain(READER.close);
		expect(body).toContain(READER.showPassage(1));
		expect(body).toContain('/articles/test-reader-marks/passages/1');
	});
});

describe("ArticleReader with a passage's excerpt (a passage's page)", () => {
	// A second passage, so the excerpt has a place among others.
	const fourth = 'Kunashir lies off Hokkaido.';
	const longer: Article = {
		...article,
		paragraphs: [...article.paragraphs, paragraph(fourth, { islands: ['kunashir'] })],
		passages: [
			...article.passages,
			{ n: 2, paragraph: 3, start: 0, end: fourth.length, text: fourth, islands: ['kunashir'] }
		]
	};

	it('shows the header and the one passage, not the rest of the text', () => {
		const excerpt = excerptOf(longer, 1);
		if (!excerpt) throw new Error('no passage 1');
		const { body } = render(ArticleReader, { props: { article: excerpt, selected: 1 } });
		expect(body).toContain(article.title);
		expect(body).toContain(READER.original);
		expect(body).toContain(first);
		expect(body).toContain('Jiji Press');
		for (const other of [second, third, fourth]) expect(body).not.toContain(other);
		expect(body.match(/data-passage="/g)).toHaveLength(1);
		expect(body).toContain('aria-current="true"');
		// Its place instead of the whole article's hint ("2 passages speak of the islands").
		expect(body).toContain(READER.passageOf(1, 2));
		expect(body).not.toContain(READER.passages(2));
	});

	it('says where the passage is, and links the next one and the whole article', () => {
		const excerpt = excerptOf(longer, 1);
		if (!excerpt) throw new Error('no passage 1');
		const { body } = render(ArticleReader, { props: { article: excerpt, selected: 1 } });
		expect(body).toContain(READER.passageOf(1, 2));
		expect(body).toMatch(/href="\/articles\/test-reader-marks\/passages\/2"[^>]*rel="next"/);
		expect(body).not.toContain('rel="prev"');
		expect(body).toMatch(/href="\/articles\/test-reader-marks"[^>]*data-whole-article/);
	});

	it('links back from the last passage, and has no excerpt line for a whole article', () => {
		const excerpt = excerptOf(longer, 2);
		if (!excerpt) throw new Error('no passage 2');
		const last = render(ArticleReader, { props: { article: excerpt, selected: 2 } }).body;
		expect(last).toContain(fourth);
		expect(last).not.toContain(first);
		expect(last).toMatch(/href="\/articles\/test-reader-marks\/passages\/1"[^>]*rel="prev"/);
		expect(last).not.toContain('rel="next"');
		const whole = render(ArticleReader, { props: { article: longer, selected: 2 } }).body;
		expect(whole).not.toContain('data-excerpt');
		expect(whole).toContain(READER.passages(2));
		expect(whole).toContain(first);
	});
});

describe('ArticleReader with a draft (the try page)', () => {
	const content = {
		ingestVersion: 2,
		slug: 'draft',
		rawSha256: '0'.repeat(64),
		title: article.title,
		dek: null,
		section: 'Politics',
		dateline: null,
		byline: 'A. Writer',
		printedDate: null,
		// The match's offsets inside its paragraph, as the gazetteer gives them.
		paragraphs: article.paragraphs.map((p, i) =>
			i === 0
				? {
						...p,
						links: p.links.map((l) => ({
							...l,
							start: first.indexOf('four islands'),
							end: first.indexOf('four islands') + 'four islands'.length
						}))
					}
				: p
		),
		captions: [],
		passages: article.passages,
		removed: []
	};
	const { body } = render(ArticleReader, {
		props: { article: content, selected: 1, draft: { choose: () => {} } }
	});

	it('marks each match, lists its islands and chooses passages with a button, not a URL', () => {
		expect(body.match(/<mark data-via="collective"[^>]*>four islands<\/mark>/g)).toHaveLength(1);
		expect(body).toContain('data-via="collective"');
		expect(body.match(/class="chip[^"]*"[^>]*data-island=/g)).toHaveLength(4);
		expect(body).toMatch(/<button[^>]*aria-pressed="true"[^>]*>Show passage 1 on the map/);
		expect(body).not.toContain('/passages/1');
	});

	it('has the draft’s own header: no outlet, date or original to link to', () => {
		expect(body).toContain('A. Writer');
		expect(body).toMatch(/<h4[^>]*id="article-title"/);
		expect(body).not.toContain(READER.original);
		expect(body).not.toContain(READER.close);
	});

	it('still shows what the ingester added: a credit, a cut-off, islands referred back to', () => {
		expect(body).toContain('data-cut-off');
		expect(body).toContain('Jiji Press');
		expect(body).toContain('data-refers=');
	});
});
