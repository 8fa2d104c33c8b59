import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ARTICLES.map((a) => ({ slug: a.slug }));

// Every article is prerendered, so an unknown slug only reaches this load in the browser, after
// the static host served 404.html: a link to an article that is gone lands on the map.
export const load: PageLoad = ({ params, url }) => {
	if (!getArticle(params.slug)) app.fallback(url, { kind: 'home' });
	return { slug: params.slug, n: null };
};
