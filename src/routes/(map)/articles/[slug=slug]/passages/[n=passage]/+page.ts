import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	ARTICLES.flatMap((a) => a.passages.map((p) => ({ slug: a.slug, n: String(p.n) })));

// Every passage is prerendered, so a missing one only reaches this load in the browser, after the
// static host served 404.html: a stale passage number lands on its article, an unknown article on
// the map (src/lib/url/README.md).
export const load: PageLoad = ({ params, url }) => {
	const article = getArticle(params.slug);
	if (!article) app.fallback(url, { kind: 'home' });
	const n = Number(params.n);
	if (!article.passages.some((p) => p.n === n))
		app.fallback(url, { kind: 'article', slug: params.slug });
	return { slug: params.slug, n };
};
