// What the pages get of the articles, and where. The article store (articles.ts) reads and checks
// every article file at build time; it runs only in the prerenderer and in the data endpoints under
// src/routes/data/, so no page's JavaScript carries the articles. A page's load fetches the one
// JSON file it shows: while prerendering, Kit inlines that response into the page, so the first
// view fetches nothing more; a later client-side navigation fetches just that file.

import { resolve } from '$app/paths';
import type { SourceTable } from '#lib/data/cited.ts';
import type { OverlayInfo } from '#lib/data/geodata-types.ts';
import type { Positions } from '#lib/data/positions.ts';
import type { TimelineStep } from '#lib/data/timeline-steps.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { IslandPassage } from './loader.ts';
import type { Article, ArticleDate } from './model.ts';

/** One line of the article list: enough to name, date and place an article without its text. */
export interface ArticleSummary {
	slug: string;
	title: string;
	outlet: string;
	date: ArticleDate;
	/** Each passage's number and the islands it speaks of. */
	passages: { n: number; islands: IslandId[] }[];
}

export function summarise(a: Article): ArticleSummary {
	return {
		slug: a.slug,
		title: a.title,
		outlet: a.outlet,
		date: a.date,
		passages: a.passages.map((p) => ({ n: p.n, islands: [...p.islands] }))
	};
}

export const dataPaths = {
	index: () => resolve('/data/articles.json'),
	article: (slug: string) => resolve('/data/articles/[slug=slug].json', { slug }),
	island: (id: IslandId) => resolve('/data/islands/[id=island].json', { id }),
	sources: (set: SourceSet) => resolve('/data/sources/[set].json', { set }),
	timeline: () => resolve('/data/timeline.json'),
	positions: () => resolve('/data/positions.json'),
	overlays: () => resolve('/data/overlays.json')
};

/** Which sources a view cites: the map layout's, an island panel's, an article's. */
export type SourceSet = 'map' | `island-${IslandId}` | `article-${string}`;

type Fetch = typeof fetch;

/** The JSON at `path`, or null when there is none (404); any other failure throws. */
async function getJson<T>(fetch: Fetch, path: string): Promise<T | null> {
	const res = await fetch(path);
	if (res.status === 404) return null;
	if (!res.ok) throw new Error(`${path}: ${res.status} ${res.statusText}`);
	return (await res.json()) as T;
}

export const fetchArticleIndex = async (fetch: Fetch): Promise<ArticleSummary[]> =>
	(await getJson<ArticleSummary[]>(fetch, dataPaths.index())) ?? [];

/**
 * The article, or null when there is none. The list is asked first: a link to an article that is
 * gone is an expected case (it lands on its fallback), not a failed request in the console.
 */
export async function fetchArticle(fetch: Fetch, slug: string): Promise<Article | null> {
	const index = await fetchArticleIndex(fetch);
	if (!index.some((a) => a.slug === slug)) return null;
	return getJson<Article>(fetch, dataPaths.article(slug));
}

export const fetchIslandPassages = async (fetch: Fetch, id: IslandId): Promise<IslandPassage[]> =>
	(await getJson<IslandPassage[]>(fetch, dataPaths.island(id))) ?? [];

/**
 * The entries of the sources a view cites (src/routes/data/sources/), for its citations to link
 * to; the whole table is in no page's JavaScript. None for a set there is no file for.
 */
export const fetchSources = async (fetch: Fetch, set: SourceSet): Promise<SourceTable> =>
	(await getJson<SourceTable>(fetch, dataPaths.sources(set))) ?? {};

/** The treaty timeline's steps with their texts and sources (src/routes/data/timeline.json/). */
export const fetchTimeline = async (fetch: Fetch): Promise<TimelineStep[]> =>
	(await getJson<TimelineStep[]>(fetch, dataPaths.timeline())) ?? [];

/** Each side's position and case (src/routes/data/positions.json/); null when it cannot be had. */
export const fetchPositions = async (fetch: Fetch): Promise<Positions | null> =>
	getJson<Positions>(fetch, dataPaths.positions());

/** What each overlay is, with its sources: the legend's texts (src/routes/data/overlays.json/). */
export const fetchOverlayInfo = async (fetch: Fetch): Promise<OverlayInfo[]> =>
	(await getJson<OverlayInfo[]>(fetch, dataPaths.overlays())) ?? [];
