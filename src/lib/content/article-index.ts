// The article index (/articles): one short row per article, and the island filter. Pure, so the
// prerenderer builds the rows once (the page ships them as data, not the articles' bodies) and the
// browser applies the filter from the URL.

import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import type { Article, ArticleDate } from './model.ts';

export interface ArticleIndexEntry {
	slug: string;
	title: string;
	outlet: string;
	date: ArticleDate;
	/** BCP 47 language of the article ("en", "ja", "ru"). */
	lang: string;
	/** How many passages speak of the islands. */
	passages: number;
	/** The islands its passages name, in ISLAND_IDS order. */
	islands: IslandId[];
}

/** One row per article, in the order given (the loader's: newest first). */
export function articleIndex(articles: readonly Article[]): ArticleIndexEntry[] {
	return articles.map((a) => ({
		slug: a.slug,
		title: a.title,
		outlet: a.outlet,
		date: a.date,
		lang: a.lang,
		passages: a.passages.length,
		islands: ISLAND_IDS.filter((id) => a.passages.some((p) => p.islands.includes(id)))
	}));
}

/** The rows that name `island`; every row when it is null. */
export function filterIndex(
	entries: readonly ArticleIndexEntry[],
	island: IslandId | null
): ArticleIndexEntry[] {
	return island === null ? [...entries] : entries.filter((e) => e.islands.includes(island));
}

/** How many articles name each island: what each filter would list. */
export function articlesPerIsland(entries: readonly ArticleIndexEntry[]): Record<IslandId, number> {
	return Object.fromEntries(
		ISLAND_IDS.map((id) => [id, entries.filter((e) => e.islands.includes(id)).length])
	) as Record<IslandId, number>;
}
