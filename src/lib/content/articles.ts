// The articles under content/articles/ as the app sees them: Vite reads every article folder's
// files at build time and the one loader (loader.ts) checks and joins them, so a bad file stops
// the build (and the unit tests) with its path and the JSON path of the problem instead of
// reaching a reader. Plain Node (scripts, tests) reads the same folders with article-files.ts.

import type { IslandId } from '#lib/data/types.ts';
import { islandPassages, loadArticles, type IslandPassage } from './loader.ts';
import type { Article } from './model.ts';

// import.meta.glob skips dot-folders itself; the loader would skip them too.
const FILES = import.meta.glob<string>(
	[
		'/content/articles/*/article.json',
		'/content/articles/*/meta.json',
		'/content/articles/*/raw.txt'
	],
	{ eager: true, query: '?raw', import: 'default' }
);

/** Every article, newest first. */
export const ARTICLES: readonly Article[] = loadArticles(FILES);

export function getArticle(slug: string): Article | undefined {
	return ARTICLES.find((a) => a.slug === slug);
}

export type { IslandPassage };

/** The passages that refer to an island, newest article first, in reading order within one. */
export function passagesForIsland(id: IslandId): IslandPassage[] {
	return islandPassages(ARTICLES, id);
}
