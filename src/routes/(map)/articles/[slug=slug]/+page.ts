import { fetchArticle } from '#lib/content/published.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { PageLoad } from './$types';

// Every article is prerendered, so an unknown slug only reaches this load in the browser, after
// the static host served 404.html: a link to an article that is gone lands on the map.
export const load: PageLoad = async ({ params, url, fetch }) => {
	const article = await fetchArticle(fetch, params.slug);
	if (!article) app.fallback(url, { kind: 'home' });
	return { slug: params.slug, n: null, article, highlighted: [] };
};
