// The one article loader. It takes the files of content/articles/ from whoever can read them (Vite's
// import.meta.glob in the app, the file system in scripts and tests; see articles.ts and
// article-files.ts) and turns them into articles, refusing the whole set if any article is bad:
//
// - a folder whose name starts with a dot is not an article (a killed ingest leaves
//   content/articles/.ingest-*/ behind) and is skipped;
// - every other folder needs raw.txt, meta.json and article.json, and both JSON files must pass the
//   schemas (schema.ts) and name the folder as their slug;
// - article.json records the SHA-256 of the raw.txt it was derived from, and raw.txt must still
//   have it: an edited raw.txt means article.json is stale.
//
// Pure and synchronous (the hash is @noble/hashes, not node:crypto), so the same code runs in the
// browser bundle, the prerenderer, the card script and the tests.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SchemaError } from '#lib/data/check.ts';
import type { IslandId } from '#lib/data/types.ts';
import { checkArticle, checkMeta } from './schema.ts';
import { completeMeta, dateSortKey } from './model.ts';
import type { Article, ArticleContent, ArticleDate, ArticleMetaInput, Passage } from './model.ts';

/** Where the articles are, from the repository root. */
export const ARTICLES_DIR = 'content/articles';
export const ARTICLE_FILES = {
	raw: 'raw.txt',
	meta: 'meta.json',
	article: 'article.json'
} as const;

/**
 * The files of the article folders, keyed by their path ('content/articles/<slug>/meta.json'; a
 * leading '/', as import.meta.glob writes it, is dropped), as text or as bytes.
 */
export type ArticleFiles = Readonly<Record<string, string | Uint8Array>>;

/** Whether a folder under content/articles/ holds an article: dot-folders are work in progress. */
export function isArticleFolder(name: string): boolean {
	return name !== '' && !name.startsWith('.');
}

export function sha256Hex(bytes: Uint8Array): string {
	return bytesToHex(sha256(bytes));
}

const utf8 = new TextEncoder();
const toBytes = (file: string | Uint8Array) =>
	typeof file === 'string' ? utf8.encode(file) : file;
const toText = (file: string | Uint8Array) =>
	typeof file === 'string' ? file : new TextDecoder().decode(file);

interface Folder {
	/** 'content/articles/<slug>' */
	dir: string;
	slug: string;
	files: Partial<Record<keyof typeof ARTICLE_FILES, string | Uint8Array>>;
}

function folders(files: ArticleFiles): Folder[] {
	const byDir = new Map<string, Folder>();
	const kinds = Object.entries(ARTICLE_FILES) as [keyof typeof ARTICLE_FILES, string][];
	for (const [key, content] of Object.entries(files)) {
		const path = key.replace(/^\//, '');
		const parts = path.split('/');
		const name = parts.pop() ?? '';
		const slug = parts.at(-1) ?? '';
		if (!isArticleFolder(slug)) continue;
		const kind = kinds.find(([, file]) => file === name)?.[0];
		if (!kind) continue;
		const dir = parts.join('/');
		const folder = byDir.get(dir) ?? { dir, slug, files: {} };
		folder.files[kind] = content;
		byDir.set(dir, folder);
	}
	return [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

function parseJson(file: string, content: string | Uint8Array, problems: string[]): unknown {
	try {
		return JSON.parse(toText(content)) as unknown;
	} catch (e) {
		problems.push(`${file}: (file): is not JSON: ${(e as Error).message}`);
		return undefined;
	}
}

/** One folder's files, checked and joined; problems name the file and the path inside it. */
function loadFolder({ dir, slug, files }: Folder, problems: string[]): Article | null {
	const path = (kind: keyof typeof ARTICLE_FILES) => `${dir}/${ARTICLE_FILES[kind]}`;
	const before = problems.length;
	if (files.raw === undefined)
		problems.push(
			`${path('raw')}: (file): is missing; it is the input every passage is checked against`
		);
	if (files.meta === undefined)
		problems.push(
			`${path('meta')}: (file): is missing; write it, then npm run ingest -- ${path('raw')}`
		);
	if (files.article === undefined)
		problems.push(`${path('article')}: (file): is missing; run npm run ingest -- ${path('raw')}`);
	if (files.raw === undefined || files.meta === undefined || files.article === undefined)
		return null;

	const contentValue = parseJson(path('article'), files.article, problems);
	const metaValue = parseJson(path('meta'), files.meta, problems);
	if (problems.length > before) return null;

	problems.push(...checkArticle(contentValue, path('article')));
	const checked = checkMeta(metaValue, path('meta'), true);
	problems.push(...checked.problems);
	if (problems.length > before || !checked.meta) return null;

	const content = contentValue as ArticleContent;
	const meta = checked.meta as ArticleMetaInput & { slug: string };
	if (content.slug !== slug)
		problems.push(`${path('article')}: slug: is "${content.slug}", the folder is "${slug}"`);
	if (meta.slug !== slug)
		problems.push(`${path('meta')}: slug: is "${meta.slug}", the folder is "${slug}"`);
	const actual = sha256Hex(toBytes(files.raw));
	if (actual !== content.rawSha256)
		problems.push(
			`${path('raw')}: (file): its SHA-256 is ${actual}, but ${ARTICLE_FILES.article} was derived from ${content.rawSha256}; re-run npm run ingest -- ${path('raw')}`
		);
	if (problems.length > before) return null;
	return joinArticle(content, completeMeta(meta, slug));
}

/** An article as the app shows it: what the editor said (meta.json) over what the page said. */
function joinArticle(a: ArticleContent, meta: ReturnType<typeof completeMeta>): Article {
	return {
		slug: a.slug,
		title: a.title,
		dek: a.dek,
		section: meta.section ?? a.section,
		dateline: a.dateline,
		byline: a.byline,
		outlet: meta.outlet,
		url: meta.url,
		lang: meta.lang,
		date: meta.date,
		topics: meta.topics,
		sources: meta.sources,
		paragraphs: a.paragraphs,
		captions: a.captions,
		passages: a.passages
	};
}

/**
 * Every article in the files, newest first (then by slug). Throws a SchemaError listing every
 * problem of every folder when any article is bad, so one bad file fails the build whole.
 */
export function loadArticles(files: ArticleFiles): Article[] {
	const problems: string[] = [];
	const articles: Article[] = [];
	for (const folder of folders(files)) {
		const article = loadFolder(folder, problems);
		if (article) articles.push(article);
	}
	if (problems.length > 0) throw new SchemaError(problems);
	return articles.sort(
		(a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.slug.localeCompare(b.slug)
	);
}

export interface IslandPassage {
	slug: string;
	title: string;
	outlet: string;
	date: ArticleDate;
	/** The article's language: the passage is quoted in it. */
	lang: string;
	passage: Passage;
}

/** The passages that refer to an island, newest article first, in reading order within one. */
export function islandPassages(articles: readonly Article[], id: IslandId): IslandPassage[] {
	return articles.flatMap((a) =>
		a.passages
			.filter((p) => p.islands.includes(id))
			.map((passage) => ({
				slug: a.slug,
				title: a.title,
				outlet: a.outlet,
				date: a.date,
				lang: a.lang,
				passage
			}))
	);
}
