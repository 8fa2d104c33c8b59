import { fetchArticle, fetchSources } from '#lib/content/published.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { PageLoad } from './$types';

// Every passage is prerendered, so a missing one only reaches this load in the browser, after the
// static host served 404.html: a stale passage number lands on its article, an unknown article on
// the map (src/lib/url/README.md).
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
	const [layout, article] = await Promise.all([parent(), fetchArticle(fetch, params.slug, url)]);
	if (!article) app.fallback(url, { kind: 'home' });
	// The page's sources are the map layout's and the article's (asked once the article is known
	// to exist, so a stale link makes no failed request).
	const own = await fetchSources(fetch, `article-${params.slug}`);
	const n = Number(params.n);
	const passage = article.passages.find((p) => p.n === n);
	if (!passage) app.fallback(url, { kind: 'article', slug: params.slug });
	return {
		slug: params.slug,
		n,
		article,
		passage,
		highlighted: passage.islands,
		sources: { ...layout.sources, ...own }
	};
};
