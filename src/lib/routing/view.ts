// Which page the reader is on, and the path of any page: SvelteKit's router is the one path codec.
// A view is read from the route Kit matched (`page.route.id`, `page.params`, after the param
// matchers in src/params/ let it through) and a path is built with Kit's `resolve()`, so the route
// folders under src/routes/ are the only table of paths; src/lib/url/ keeps the query and the hash.
// A language prefix (`/ja/…`) is not a route segment: src/hooks.ts takes it off before routing, and
// every path built here is put in the page's language (src/lib/i18n/locale.ts).
// The scheme is documented in src/lib/url/README.md.

import { resolve } from '$app/paths';
import type { RouteId } from '$app/types';
import type { IslandId } from '#lib/data/types.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { match as isIslandParam } from '../../params/island.ts';
import { match as isPassageParam } from '../../params/passage.ts';
import { match as isSlugParam } from '../../params/slug.ts';

export type View =
	| { kind: 'home' }
	| { kind: 'island'; id: IslandId }
	| { kind: 'article'; slug: string }
	// n is 1-based, as readers count passages.
	| { kind: 'passage'; slug: string; n: number }
	| { kind: 'about' }
	// The index of every article; `island` filters it to the articles that name that island
	// (`/articles?island=shikotan`, the query's `island`), null lists them all.
	| { kind: 'articles'; island: IslandId | null }
	// Trying any article's text in the browser (`/articles/try`).
	| { kind: 'try' };

/** The route each kind of view is, by Kit's route id: checked against src/routes/ by svelte-check. */
export const VIEW_ROUTES = {
	home: '/(map)',
	island: '/(map)/islands/[id=island]',
	article: '/(map)/articles/[slug=slug]',
	passage: '/(map)/articles/[slug=slug]/passages/[n=passage]',
	about: '/about',
	articles: '/articles',
	try: '/(map)/articles/try'
} as const satisfies Record<View['kind'], RouteId>;

/** What `viewOf` reads: Kit's `page.route.id` and `page.params` (null off any route: the 404 page). */
export interface Route {
	id: RouteId | null;
	params: Partial<Record<string, string>>;
}

/**
 * The view a matched route shows; `island` is the query's filter, read on the article index only.
 * The params have passed their matchers already; they are checked again only to narrow their types,
 * with the same matchers. A route that is no view (the 404 page, a data file) reads as home, the
 * map with the link's settings.
 */
export function viewOf(route: Route, island: IslandId | null = null): View {
	const { id, slug, n } = route.params;
	switch (route.id) {
		case VIEW_ROUTES.island:
			if (id !== undefined && isIslandParam(id)) return { kind: 'island', id };
			break;
		case VIEW_ROUTES.article:
			if (slug !== undefined && isSlugParam(slug)) return { kind: 'article', slug };
			break;
		case VIEW_ROUTES.passage:
			if (slug === undefined || !isSlugParam(slug)) break;
			// A number past 2^53 names no passage: a stale link, which the route's load sends to its
			// article; until it has, the view is that article.
			if (n !== undefined && isPassageParam(n) && Number.isSafeInteger(Number(n)))
				return { kind: 'passage', slug, n: Number(n) };
			return { kind: 'article', slug };
		case VIEW_ROUTES.about:
			return { kind: 'about' };
		case VIEW_ROUTES.articles:
			return { kind: 'articles', island };
		case VIEW_ROUTES.try:
			return { kind: 'try' };
	}
	return { kind: 'home' };
}

/**
 * The path of a view, under the base path, in a language (the page's own by default). The view is
 * the app's own (ids and slugs from its data), so one the routes would refuse is a bug to surface
 * (at prerender time), not a link to send home.
 */
export function pathOf(view: View, locale?: Locale): string {
	return localizePath(routePath(view), locale);
}

function routePath(view: View): string {
	switch (view.kind) {
		case 'home':
			return resolve(VIEW_ROUTES.home);
		case 'island':
			if (!isIslandParam(view.id)) throw new RangeError(`Not an island id: ${String(view.id)}`);
			return resolve(VIEW_ROUTES.island, { id: view.id });
		case 'article':
			checkSlug(view.slug);
			return resolve(VIEW_ROUTES.article, { slug: view.slug });
		case 'passage': {
			checkSlug(view.slug);
			const n = String(view.n);
			if (!Number.isSafeInteger(view.n) || !isPassageParam(n))
				throw new RangeError(`Not a passage number: ${n}`);
			return resolve(VIEW_ROUTES.passage, { slug: view.slug, n });
		}
		case 'about':
			return resolve(VIEW_ROUTES.about);
		case 'articles':
			return resolve(VIEW_ROUTES.articles);
		case 'try':
			return resolve(VIEW_ROUTES.try);
	}
}

function checkSlug(slug: string): void {
	if (!isSlugParam(slug)) throw new RangeError(`Not an article slug: ${JSON.stringify(slug)}`);
}

/**
 * Whether two views are the same page: the same kind and the same island, article or passage. The
 * article index's filter is not part of its page (it is the query's `island`).
 */
export function samePage(a: View, b: View): boolean {
	if (a.kind === 'articles' || b.kind === 'articles') return a.kind === b.kind;
	// Each kind has its own fixed keys, so a's entries (its kind among them) decide.
	return Object.entries(a).every(([key, value]) => (b as Record<string, unknown>)[key] === value);
}
