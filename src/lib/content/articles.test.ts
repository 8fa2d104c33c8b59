import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '#lib/data/check.ts';
import { readArticleFiles, readArticles } from './article-files.ts';
import { ARTICLES, getArticle, passagesForIsland } from './articles.ts';
import { loadArticles, sha256Hex, type ArticleFiles } from './loader.ts';
import { INGEST_VERSION, cleanedText } from './model.ts';
import { SEED_DIR, SEED_PARAGRAPHS, SEED_RAW, SEED_TITLE } from '../../../tests/fixtures/seed.ts';

const SLUG = 'nikkei-putin-win-island-row';
const DIR = `content/articles/${SLUG}`;
const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const FIXTURE_DIR = 'content/articles';
const DOT_FOLDER = '.ingest-test-graves-on-kunashir-4242-0badc0de';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, SEED_DIR), 'utf8'));

/** The seed folder's files, with article.json and meta.json replaced where given. */
function seedFiles(article: unknown = read('article.json'), meta: unknown = read('meta.json')) {
	return {
		[`${DIR}/raw.txt`]: SEED_RAW,
		[`${DIR}/article.json`]: JSON.stringify(article),
		[`${DIR}/meta.json`]: JSON.stringify(meta)
	};
}

function problems(files: ArticleFiles): string[] {
	try {
		loadArticles(files);
	} catch (e) {
		if (e instanceof SchemaError) return e.problems;
		throw e;
	}
	throw new Error('expected a SchemaError');
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

	it('is what the file-system reader gives: one loader behind both', () => {
		expect(readArticles()).toEqual(ARTICLES);
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

describe('the loader', () => {
	it('sorts newest first, whatever order the folders come in', () => {
		const folders = readdirSync(`${FIXTURES}/${FIXTURE_DIR}`).filter((f) => !f.startsWith('.'));
		// By name the older article comes first, so a sort by folder or slug would fail here.
		expect(folders.sort()).toEqual(['test-graves-on-kunashir', 'test-school-on-shikotan']);
		const articles = readArticles(FIXTURES);
		expect(articles.map((a) => [a.slug, a.date.value])).toEqual([
			['test-school-on-shikotan', '2020-09-01'],
			['test-graves-on-kunashir', '2019-06-18']
		]);
	});

	it('orders articles of the same date by slug', () => {
		const files = readArticleFiles(FIXTURES);
		const sameDay = Object.fromEntries(
			Object.entries(files).map(([path, content]) => [
				path,
				path.endsWith('meta.json')
					? String(content).replace(/"value": "\d{4}-\d{2}-\d{2}"/, '"value": "2020-01-01"')
					: content
			])
		);
		expect(loadArticles(sameDay).map((a) => a.slug)).toEqual([
			'test-graves-on-kunashir',
			'test-school-on-shikotan'
		]);
	});

	it('ignores a dot-folder a killed ingest left behind', () => {
		const files = readArticleFiles(FIXTURES);
		expect(Object.keys(files).some((path) => path.includes(DOT_FOLDER))).toBe(false);
		// Even when handed its files (as another reader might), the loader skips the folder...
		const leftover = Object.fromEntries(
			['raw.txt', 'article.json'].map((name) => [
				`${FIXTURE_DIR}/${DOT_FOLDER}/${name}`,
				readFileSync(`${FIXTURES}/${FIXTURE_DIR}/${DOT_FOLDER}/${name}`)
			])
		);
		expect(loadArticles({ ...files, ...leftover }).map((a) => a.slug)).toEqual([
			'test-school-on-shikotan',
			'test-graves-on-kunashir'
		]);
		// ...which would fail the build under any other name.
		const renamed = Object.fromEntries(
			Object.entries(leftover).map(([path, bytes]) => [path.replace('/.ingest', '/ingest'), bytes])
		);
		expect(problems({ ...files, ...renamed })[0]).toMatch(
			/ingest-test-graves-on-kunashir-4242-0badc0de\/meta\.json: \(file\): is missing/
		);
	});

	it('refuses a raw.txt whose SHA-256 is not the one its article.json was made from', () => {
		const files = { ...readArticleFiles(FIXTURES) };
		const raw = `${FIXTURE_DIR}/test-school-on-shikotan/raw.txt`;
		const edited = String(files[raw]).replace('300 pupils', '3000 pupils');
		expect(edited).not.toBe(String(files[raw]));
		const stored = (
			JSON.parse(String(files[raw.replace('raw.txt', 'article.json')])) as {
				rawSha256: string;
			}
		).rawSha256;
		expect(problems({ ...files, [raw]: edited })).toEqual([
			`${raw}: (file): its SHA-256 is ${sha256Hex(new TextEncoder().encode(edited))}, but article.json was derived from ${stored}; re-run npm run ingest -- ${raw}`
		]);
	});

	it('accepts the stored files, given as text or as bytes', () => {
		expect(loadArticles(seedFiles())).toHaveLength(1);
		expect(
			loadArticles({ ...seedFiles(), [`/${DIR}/raw.txt`]: SEED_RAW.toString('utf8') })
		).toHaveLength(1);
	});

	it('names the file and JSON path of each problem', () => {
		const article = read('article.json') as {
			paragraphs: { text: string; links: { start: number }[] }[];
		};
		(article.paragraphs[0] as { links: { start: number }[] }).links[0]!.start = 3;
		const meta = { ...(read('meta.json') as object), date: { value: '2018-03', precision: 'day' } };
		expect(problems(seedFiles(article, meta))).toEqual([
			`${DIR}/article.json: paragraphs[0].links[0]: start/end (3–66) do not select "four islands" in the text`,
			`${DIR}/meta.json: date.value: must be a real date written yyyy-mm-dd, got "2018-03"`
		]);
	});

	it('refuses a passage that is not the text of its paragraph', () => {
		const article = read('article.json') as { passages: { start: number }[] };
		article.passages[1]!.start += 1;
		expect(problems(seedFiles(article))).toEqual([
			`${DIR}/article.json: passages[1]: start/end do not select the passage text in the cleaned text`
		]);
	});

	it('refuses a stale ingest version, a wrong slug, bad JSON and a missing file', () => {
		const article = { ...(read('article.json') as object), ingestVersion: 0 };
		expect(problems(seedFiles(article))[0]).toMatch(
			new RegExp(
				`article\\.json: ingestVersion: is number 0, this code reads ${INGEST_VERSION}: re-run npm run ingest`
			)
		);
		const meta = { ...(read('meta.json') as object), slug: 'other' };
		expect(problems(seedFiles(undefined, meta))).toEqual([
			`${DIR}/meta.json: slug: is "other", the folder is "${SLUG}"`
		]);
		expect(problems({ ...seedFiles(), [`${DIR}/meta.json`]: '{ "slug": ' })[0]).toMatch(
			new RegExp(`^${DIR}/meta\\.json: \\(file\\): is not JSON: `)
		);
		const { [`${DIR}/meta.json`]: _meta, ...withoutMeta } = seedFiles();
		expect(problems(withoutMeta)).toEqual([
			`${DIR}/meta.json: (file): is missing; write it, then npm run ingest -- ${DIR}/raw.txt`
		]);
	});
});
