import { fetchArticle, fetchSources } from '#lib/content/published.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { PageLoad } from './$types';

// Every article is prerendered, so an unknown slug only reaches this load in the browser, after
// the static host served 404.html: a link to an article that is gone lands on the map.
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
	const [layout, article] = await Promise.all([parent(), fetchArticle(fetch, params.slug, url)]);
	if (!article) app.fallback(url, { kind: 'home' });
	// The page's sources are the map layout's and the article's (asked once the article is known
	// to exist, so a stale link makes no failed request).
	const own = await fetchSources(fetch, `article-${params.slug}`);
	return {
		slug: params.slug,
		n: null,
		article,
		highlighted: [],
		sources: { ...layout.sources, ...own }
	};
};
