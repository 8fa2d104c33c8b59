// What the pages get of the articles, and where. The article store (articles.ts) reads and checks
// every article file at build time; it runs only in the prerenderer and in the data endpoints under
// src/routes/data/, so no page's JavaScript carries the articles. A page's load fetches the one
// JSON file it shows: while prerendering, Kit inlines that response into the page, so the first
// view fetches nothing more; a later client-side navigation fetches just that file.

import { browser, building } from '$app/environment';
import { resolve } from '$app/paths';
import type { SourceTable } from '#lib/data/cited.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import type { OverlayInfo } from '#lib/data/geodata-types.ts';
import type { MeasurePreset } from '#lib/data/measure-presets.ts';
import type { Position } from '#lib/data/positions.ts';
import type { TimelineStep } from '#lib/data/timeline-steps.ts';
import type { IslandFacts } from '#lib/data/island-facts.ts';
import type { IslandId, Viewpoint } from '#lib/data/types.ts';
import type { IslandPassage } from './loader.ts';
import type { Article, ArticleDate, Paragraph } from './model.ts';
import { referencesOf } from './model.ts';

/** One line of the article list: enough to name, date and place an article without its text. */
export interface ArticleSummary {
	slug: string;
	title: string;
	outlet: string;
	/** The article's language (BCP 47): its title and outlet are written in it. */
	lang: string;
	date: ArticleDate;
	/** Each passage's number and the islands it speaks of. */
	passages: { n: number; islands: IslandId[] }[];
}

export function summarise(a: Article): ArticleSummary {
	return {
		slug: a.slug,
		title: a.title,
		outlet: a.outlet,
		lang: a.lang,
		date: a.date,
		passages: a.passages.map((p) => ({ n: p.n, islands: [...p.islands] }))
	};
}

/**
 * What a passage's page carries of its article: the header, the one paragraph that is the passage
 * (verbatim), and the passage's place in the article, not the rest of the text. Passage pages are
 * most of an archive's pages, and each inlines its load's JSON as well as rendering it, so the
 * whole article in every one of them weighed more than anything else the archive adds per article.
 * The reader fetches the whole article when asked (fetchWholeArticle).
 */
export interface ArticleExcerpt {
	slug: string;
	title: string;
	dek: string | null;
	section: string | null;
	outlet: string;
	url: string;
	lang: string;
	date: ArticleDate;
	sources: Article['sources'];
	/**
	 * The passage's paragraph, with only the links the reader marks (references back and the
	 * Kuril Islands read as the four): the others are in `islands`, and their offsets are for drafts.
	 */
	paragraphs: [Paragraph];
	/** The one passage, its paragraph the first (and only) one here. */
	passages: [{ n: number; paragraph: 0; islands: Article['passages'][number]['islands'] }];
	captions: [];
	/** How many passages the article has. */
	passageCount: number;
}

/** Paragraphs that only refer back to the islands (the reader counts them apart from passages). */
export function referenceOnly(paragraphs: readonly Paragraph[]): number {
	return paragraphs.filter(
		(p) => p.islands.length === 0 && referencesOf(p.links).some((id) => !p.islands.includes(id))
	).length;
}

/** Passage `n` of the article and what a passage's page shows around it; null past the end. */
export function excerptOf(a: Article, n: number): ArticleExcerpt | null {
	const passage = a.passages.find((p) => p.n === n);
	const paragraph = passage && a.paragraphs[passage.paragraph];
	if (!passage || !paragraph) return null;
	return {
		slug: a.slug,
		title: a.title,
		dek: a.dek,
		section: a.section,
		outlet: a.outlet,
		url: a.url,
		lang: a.lang,
		date: a.date,
		sources: a.sources,
		paragraphs: [
			{
				...paragraph,
				links: paragraph.links.filter((l) => l.via === 'reference' || l.via === 'kurils')
			}
		],
		passages: [{ n: passage.n, paragraph: 0, islands: passage.islands }],
		captions: [],
		passageCount: a.passages.length
	};
}

/**
 * How much of a growing list a first view carries: the home page's newest articles, an island
 * panel's newest passages (the rest come a page at a time), the first page of /articles. These
 * keep every first view the same size whether the archive holds one article or a thousand.
 */
export const FIRST_VIEW = { newestArticles: 10, islandPassages: 20, indexRows: 20 } as const;

/** The home page's list: the newest articles, and how many there are in all. */
export interface NewestArticles {
	newest: ArticleSummary[];
	total: number;
}

/** One page of the passages that speak of an island (`n` counts from 1). */
export interface IslandPassagePage {
	n: number;
	/** How many pages, and passages, there are in all. */
	pages: number;
	total: number;
	passages: IslandPassage[];
}

/** Cuts the island's passages into pages of FIRST_VIEW.islandPassages; always at least one page. */
export function islandPassagePages(all: readonly IslandPassage[]): IslandPassagePage[] {
	const size = FIRST_VIEW.islandPassages;
	const pages = Math.max(1, Math.ceil(all.length / size));
	return Array.from({ length: pages }, (_, i) => ({
		n: i + 1,
		pages,
		total: all.length,
		passages: all.slice(i * size, (i + 1) * size)
	}));
}

/**
 * The map layout's data comes in pieces, one for what a control shows at a time, each with the
 * entries of the sources it cites (src/lib/server/cited.ts): a page carries the pieces its first
 * view shows, and fetches another when the reader asks for it (on-demand.svelte.ts).
 */
interface Piece {
	sources: SourceTable;
}

/** One timeline step, and the years of all of them for the control's row. */
export interface TimelinePiece extends Piece {
	years: number[];
	step: TimelineStep;
}

/** One viewpoint's position (a side's is its whole case), and the three viewpoints' labels. */
export interface ViewpointPiece extends Piece {
	viewpoint: Viewpoint;
	labels: Record<Viewpoint, string>;
	position: Position;
}

/**
 * What the legend's first view shows of each overlay: its name (its switch and swatch come from its
 * definition). Its folded explanation is in OverlayDetailsPiece, fetched when a fold first opens.
 */
export type OverlayName = Pick<OverlayInfo, 'id' | 'title'>;

/** Every overlay's name, in the legend's order. */
export interface OverlayPiece {
	overlays: OverlayName[];
}

/** What each overlay is, with its years and sources: the legend's folds, and /about's section. */
export interface OverlayDetailsPiece extends Piece {
	overlays: OverlayInfo[];
}

/** The measure tool's presets. */
export interface PresetPiece extends Piece {
	presets: MeasurePreset[];
}

export const dataPaths = {
	newest: () => resolve('/data/articles.json'),
	slugs: () => resolve('/data/article-slugs.json'),
	articleIndex: () => resolve('/data/article-index.json'),
	article: (slug: string) => resolve('/data/articles/[slug=slug].json', { slug }),
	excerpt: (slug: string, n: number) =>
		resolve('/data/articles/[slug=slug]/passages/[n=passage].json', { slug, n: String(n) }),
	islandPage: (id: IslandId, n: number) =>
		resolve('/data/islands/[id=island]/passages-[n=passage].json', { id, n: String(n) }),
	// In the page's language (/ja/data/…): their prose is translated. Articles are the same in every
	// language (a quote is verbatim), so they have one file each.
	sources: (set: SourceSet) => localizePath(resolve('/data/sources/[set].json', { set })),
	timeline: (year: number) =>
		localizePath(resolve('/data/timeline/[year].json', { year: String(year) })),
	viewpoint: (viewpoint: Viewpoint) =>
		localizePath(resolve('/data/viewpoints/[viewpoint].json', { viewpoint })),
	overlays: () => localizePath(resolve('/data/overlays.json')),
	overlayDetails: () => localizePath(resolve('/data/overlays/details.json')),
	presets: () => localizePath(resolve('/data/measure-presets.json')),
	facts: () => localizePath(resolve('/data/facts.json')),
	islandFacts: (id: IslandId) => localizePath(resolve('/data/facts/[id=island].json', { id }))
};

/** Which sources a view cites: an island panel's, an article's; `all` is /about's list. */
export type SourceSet = 'all' | `island-${IslandId}` | `article-${string}`;

type Fetch = typeof fetch;

/** The JSON at `path`, or null when there is none (404); any other failure throws. */
export async function getJson<T>(fetch: Fetch, path: string): Promise<T | null> {
	const res = await fetch(path);
	if (res.status === 404) return null;
	if (!res.ok) throw new Error(`${path}: ${res.status} ${res.statusText}`);
	return (await res.json()) as T;
}

export const fetchNewestArticles = async (fetch: Fetch): Promise<NewestArticles> =>
	(await getJson<NewestArticles>(fetch, dataPaths.newest())) ?? { newest: [], total: 0 };

/**
 * Whether the document the browser loaded for `url` was the static host's 404 page: every article
 * and passage is prerendered, so a 404 there means the link is stale. Undefined when unknown (a
 * client-side navigation, or a browser without `responseStatus`).
 */
function documentWas404(url: URL): boolean | undefined {
	if (!browser) return undefined;
	const nav = performance.getEntriesByType('navigation')[0] as
		(PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
	if (!nav || nav.responseStatus === undefined || nav.name.split('#')[0] !== url.href.split('#')[0])
		return undefined;
	return nav.responseStatus === 404;
}

/**
 * Whether the article exists, and how many passages it has (0 when it does not). No page carries
 * the article list for this: while prerendering every article exists, and so does one whose
 * prerendered page the host served (its 200); a page the host answered with 404, or a client-side
 * navigation, asks the compact list of slugs and passage counts first (fetched on demand, never
 * inlined), so a stale link makes no failed request in the console and a stale passage of an
 * article that exists can land on the article, a gone article on the map. Undefined when the page
 * itself says it exists.
 */
async function passageCount(fetch: Fetch, slug: string, url: URL): Promise<number | undefined> {
	if (building || documentWas404(url) === false) return undefined;
	const counts = (await getJson<Record<string, number>>(fetch, dataPaths.slugs())) ?? {};
	return Object.hasOwn(counts, slug) ? counts[slug] : 0;
}

/**
 * Whole articles this browser has fetched, so a passage's page reached from its article (or after
 * "show the whole article") keeps the whole text around the passage. Never filled on the server: a
 * prerendered page renders what its own load fetched, and hydrates from the same.
 */
const whole = new Map<string, Promise<Article | null>>();

function getArticle(fetch: Fetch, slug: string): Promise<Article | null> {
	let article = whole.get(slug);
	if (!article) {
		article = getJson<Article>(fetch, dataPaths.article(slug));
		if (browser) {
			whole.set(slug, article);
			article.catch(() => whole.delete(slug));
		}
	}
	return article;
}

/** The article, or null when there is none. */
export async function fetchArticle(fetch: Fetch, slug: string, url: URL): Promise<Article | null> {
	if ((await passageCount(fetch, slug, url)) === 0) return null;
	return getArticle(fetch, slug);
}

/**
 * The whole article once the reader asks for it on a passage's page (the page itself carries only
 * the passage); null when it cannot be had.
 */
export const fetchWholeArticle = (slug: string): Promise<Article | null> =>
	getArticle(fetch, slug).catch(() => null);

/**
 * Passage `n` of an article: `article` when there is no such article, `passage` when the article
 * has no passage `n`. The excerpt comes from the passage's own JSON, unless this browser already
 * has the whole article (then `article` is it, and the page shows it all).
 */
export async function fetchPassage(
	fetch: Fetch,
	slug: string,
	n: number,
	url: URL
): Promise<
	| { missing: null; excerpt: ArticleExcerpt; article: Article | null }
	| { missing: 'article' | 'passage' }
> {
	const had = browser ? await whole.get(slug)?.catch(() => null) : null;
	if (had) {
		const excerpt = excerptOf(had, n);
		return excerpt ? { missing: null, excerpt, article: had } : { missing: 'passage' };
	}
	const count = await passageCount(fetch, slug, url);
	if (count === 0) return { missing: 'article' };
	if (count !== undefined && n > count) return { missing: 'passage' };
	const excerpt = await getJson<ArticleExcerpt>(fetch, dataPaths.excerpt(slug, n));
	// The list and the files are written by one build; should they disagree, the article decides.
	return excerpt ? { missing: null, excerpt, article: null } : { missing: 'passage' };
}

/** One page of an island's passages (1 is the panel's first view); null past the last. */
export const fetchIslandPassagePage = async (
	fetch: Fetch,
	id: IslandId,
	n: number
): Promise<IslandPassagePage | null> =>
	getJson<IslandPassagePage>(fetch, dataPaths.islandPage(id, n));

/**
 * The entries of the sources a view cites (src/routes/data/sources/), for its citations to link
 * to; the whole table is in no page's JavaScript. None for a set there is no file for.
 */
export const fetchSources = async (fetch: Fetch, set: SourceSet): Promise<SourceTable> =>
	(await getJson<SourceTable>(fetch, dataPaths.sources(set))) ?? {};

/** A timeline step (src/routes/data/timeline/); none when it cannot be had. */
export const fetchTimeline = async (fetch: Fetch, year: number): Promise<TimelinePiece | null> =>
	getJson<TimelinePiece>(fetch, dataPaths.timeline(year));

/** A viewpoint's position (src/routes/data/viewpoints/); none when it cannot be had. */
export const fetchViewpoint = async (
	fetch: Fetch,
	viewpoint: Viewpoint
): Promise<ViewpointPiece | null> => getJson<ViewpointPiece>(fetch, dataPaths.viewpoint(viewpoint));

/** The overlays' names: the legend's first view (src/routes/data/overlays.json/). */
export const fetchOverlayNames = async (fetch: Fetch): Promise<OverlayName[]> =>
	(await getJson<OverlayPiece>(fetch, dataPaths.overlays()))?.overlays ?? [];

/**
 * What each overlay is, with its sources (src/routes/data/overlays/details.json/): /about's
 * section; the legend's folds fetch the same file when one first opens (on-demand.svelte.ts).
 */
export async function fetchOverlayDetails(fetch: Fetch): Promise<OverlayDetailsPiece> {
	const details = await getJson<OverlayDetailsPiece>(fetch, dataPaths.overlayDetails());
	if (!details) throw new Error(`${dataPaths.overlayDetails()}: not found`);
	return details;
}

/** One island's figures, labels and notes in the page's language (src/routes/data/facts/). */
export async function fetchIslandFacts(fetch: Fetch, id: IslandId): Promise<IslandFacts> {
	const facts = await getJson<IslandFacts>(fetch, dataPaths.islandFacts(id));
	if (!facts) throw new Error(`${dataPaths.islandFacts(id)}: not found`);
	return facts;
}

/** Every island's figures, labels and notes in the page's language (src/routes/data/facts.json/). */
export async function fetchFacts(fetch: Fetch): Promise<Record<IslandId, IslandFacts>> {
	const facts = await getJson<Record<IslandId, IslandFacts>>(fetch, dataPaths.facts());
	if (!facts) throw new Error(`${dataPaths.facts()}: not found`);
	return facts;
}
