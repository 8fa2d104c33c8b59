import { fetchNewestArticles } from '#lib/content/published.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
	articles: await fetchNewestArticles(fetch),
	highlighted: []
});
