// The index is built once, at prerender time, from the one article loader. The page ships its first
// rows and the counts per island as data, never the articles' bodies (nor the loader), and never
// the whole archive: the rest of the rows come from /data/article-index.json when the reader
// filters or asks for more.
import { ARTICLES } from '#lib/content/articles.ts';
import { articleIndex, articlesPerIsland } from '#lib/content/article-index.ts';
import { FIRST_VIEW } from '#lib/content/published.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const entries = articleIndex(ARTICLES);
	return {
		first: entries.slice(0, FIRST_VIEW.indexRows),
		total: entries.length,
		counts: articlesPerIsland(entries)
	};
};
