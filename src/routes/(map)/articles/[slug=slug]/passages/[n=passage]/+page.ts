import { fetchPassage, fetchSources } from '#lib/content/published.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { PageLoad } from './$types';

// Every passage is prerendered, so a missing one only reaches this load in the browser, after the
// static host served 404.html: a stale passage number lands on its article, an unknown article on
// the map (src/lib/url/README.md).
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
	const n = Number(params.n);
	const [layout, found] = await Promise.all([parent(), fetchPassage(fetch, params.slug, n, url)]);
	if (found.missing)
		app.fallback(
			url,
			found.missing === 'article' ? { kind: 'home' } : { kind: 'article', slug: params.slug }
		);
	// The page's sources are the map layout's and the article's (asked once the passage is known
	// to exist, so a stale link makes no failed request).
	const own = await fetchSources(fetch, `article-${params.slug}`);
	const { excerpt, article } = found;
	return {
		slug: params.slug,
		n,
		excerpt,
		// The whole article only when this browser already has it (published.ts): a prerendered
		// page carries the passage alone.
		article,
		highlighted: excerpt.passages[0].islands,
		sources: { ...layout.sources, ...own }
	};
};
