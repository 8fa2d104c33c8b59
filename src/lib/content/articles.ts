// The articles under content/articles/, read at build time. Vite inlines every article.json and
// meta.json into the bundle; each is checked here, so a bad file stops the build (and the unit tests)
// with its path and the JSON path of the problem instead of reaching a reader.

import type { IslandId } from '#lib/data/types.ts';
import { ContentError, dateSortKey, joinArticle } from './model.ts';
import type { Article, ArticleDate, Passage } from './model.ts';

const CONTENT = import.meta.glob<unknown>('/content/articles/*/article.json', {
	eager: true,
	import: 'default'
});
const META = import.meta.glob<unknown>('/content/articles/*/meta.json', {
	eager: true,
	import: 'default'
});

/** Joins and checks the folders; newest first, then by slug. Exported for tests with bad data. */
export function loadArticles(
	contents: Record<string, unknown>,
	metas: Record<string, unknown>
): Article[] {
	const folder = (path: string) => path.replace(/\/(?:article|meta)\.json$/, '');
	const folders = [
		...new Set([...Object.keys(contents), ...Object.keys(metas)].map(folder))
	].sort();
	const problems: string[] = [];
	const articles: Article[] = [];
	for (const dir of folders) {
		const rel = dir.replace(/^\//, '');
		const files = { article: `${rel}/article.json`, meta: `${rel}/meta.json` };
		const raw = `${rel}/raw.txt`;
		const content = contents[`${dir}/article.json`];
		const meta = metas[`${dir}/meta.json`];
		if (content === undefined) {
			problems.push(`${files.article}: (file): is missing; run npm run ingest -- ${raw}`);
		}
		if (meta === undefined) {
			problems.push(`${files.meta}: (file): is missing; write it, then npm run ingest -- ${raw}`);
		}
		if (content === undefined || meta === undefined) continue;
		try {
			const slug = dir.slice(dir.lastIndexOf('/') + 1);
			articles.push(joinArticle(content, meta, files, slug));
		} catch (e) {
			if (e instanceof ContentError) problems.push(...e.problems);
			else throw e;
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return articles.sort(
		(a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.slug.localeCompare(b.slug)
	);
}

/** Every article, newest first. */
export const ARTICLES: readonly Article[] = loadArticles(CONTENT, META);

export function getArticle(slug: string): Article | undefined {
	return ARTICLES.find((a) => a.slug === slug);
}

export interface IslandPassage {
	slug: string;
	title: string;
	outlet: string;
	date: ArticleDate;
	passage: Passage;
}

/** The passages that refer to an island, newest article first, in reading order within one. */
export function passagesForIsland(id: IslandId): IslandPassage[] {
	return ARTICLES.flatMap((a) =>
		a.passages
			.filter((p) => p.islands.includes(id))
			.map((passage) => ({
				slug: a.slug,
				title: a.title,
				outlet: a.outlet,
				date: a.date,
				passage
			}))
	);
}
