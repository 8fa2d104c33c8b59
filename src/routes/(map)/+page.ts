import { fetchArticleIndex } from '#lib/content/published.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
	articles: await fetchArticleIndex(fetch),
	highlighted: []
});
