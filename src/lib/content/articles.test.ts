import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES, getArticle, loadArticles, passagesForIsland } from './articles.ts';
import { ContentError, cleanedText } from './model.ts';
import { SEED_DIR, SEED_PARAGRAPHS, SEED_RAW, SEED_TITLE } from './seed.fixture.ts';

const SLUG = 'nikkei-putin-win-island-row';
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, SEED_DIR), 'utf8'));
const KEY = `/content/articles/${SLUG}`;

function load(article: unknown, meta: unknown) {
	return () => loadArticles({ [`${KEY}/article.json`]: article }, { [`${KEY}/meta.json`]: meta });
}

function problems(run: () => unknown): string[] {
	try {
		run();
	} catch (e) {
		if (e instanceof ContentError) return e.problems;
		throw e;
	}
	throw new Error('expected a ContentError');
}

describe('ARTICLES', () => {
	it('holds the seed article, joined with its metadata', () => {
		const a = getArticle(SLUG);
		expect(ARTICLES.map((x) => x.slug)).toContain(SLUG);
		expect(a).toMatchObject({
			title: SEED_TITLE,
			outlet: 'Nikkei Asian Review',
			section: 'International relations',
			dateline: 'TOKYO',
			date: { value: '2018-03-19', precision: 'approximate', latest: '2018-03-20' },
			sources: ['S67']
		});
		expect(a?.paragraphs.map((p) => p.text)).toEqual(SEED_PARAGRAPHS);
		expect(getArticle('no-such-article')).toBeUndefined();
	});

	it('keeps every stored passage verbatim in its raw.txt', () => {
		const raw = SEED_RAW.toString('utf8');
		const a = getArticle(SLUG);
		expect(a?.passages.length).toBe(4);
		for (const p of a?.passages ?? []) {
			expect(raw).toContain(p.text);
			expect(cleanedText(a as NonNullable<typeof a>).slice(p.start, p.end)).toBe(p.text);
		}
	});

	it('sorts newest first', () => {
		const dates = ARTICLES.map((a) => a.date.value);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('passagesForIsland', () => {
	it('lists the passages that speak of an island, with their article', () => {
		const shikotan = passagesForIsland('shikotan');
		expect(shikotan.filter((p) => p.slug === SLUG).map((p) => p.passage.n)).toEqual([1, 2, 3, 4]);
		expect(shikotan[0]).toMatchObject({
			slug: SLUG,
			title: SEED_TITLE,
			outlet: 'Nikkei Asian Review'
		});
		for (const { passage } of shikotan) expect(passage.islands).toContain('shikotan');
	});
});

describe('loadArticles', () => {
	it('accepts the stored files', () => {
		expect(load(read('article.json'), read('meta.json'))()).toHaveLength(1);
	});

	it('names the file and JSON path of each problem', () => {
		const article = read('article.json') as {
			paragraphs: { text: string; links: { start: number }[] }[];
		};
		(article.paragraphs[0] as { links: { start: number }[] }).links[0]!.start = 3;
		const meta = { ...(read('meta.json') as object), date: { value: '2018-03', precision: 'day' } };
		expect(problems(load(article, meta))).toEqual([
			`content/articles/${SLUG}/article.json: paragraphs[0].links[0]: start/end (3–66) do not select "four islands" in the text`,
			`content/articles/${SLUG}/meta.json: date.value: must be a real date written yyyy-mm-dd, got "2018-03"`
		]);
	});

	it('refuses a passage that is not the text of its paragraph', () => {
		const article = read('article.json') as { passages: { start: number }[] };
		article.passages[1]!.start += 1;
		expect(problems(load(article, read('meta.json')))).toEqual([
			`content/articles/${SLUG}/article.json: passages[1]: start/end do not select the passage text in the cleaned text`
		]);
	});

	it('refuses a stale ingest version, a wrong slug and a missing file', () => {
		const article = { ...(read('article.json') as object), ingestVersion: 0 };
		expect(problems(load(article, read('meta.json')))[0]).toMatch(
			/article\.json: ingestVersion: is number 0, this code reads 1: re-run npm run ingest/
		);
		const meta = { ...(read('meta.json') as object), slug: 'other' };
		expect(problems(load(read('article.json'), meta))).toEqual([
			`content/articles/${SLUG}/meta.json: slug: is "other", the folder is "${SLUG}"`
		]);
		expect(
			problems(() => loadArticles({ [`${KEY}/article.json`]: read('article.json') }, {}))
		).toEqual([
			`content/articles/${SLUG}/meta.json: (file): is missing; write it, then npm run ingest -- content/articles/${SLUG}/raw.txt`
		]);
	});
});
