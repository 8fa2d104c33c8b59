import { fetchFacts, fetchSources } from '#lib/content/published.ts';
import type { PageLoad } from './$types';

// Every source, with who made it and where it was read in the page's language, and the islands'
// reference areas: as data, so the page's JavaScript carries neither the sources table nor the
// facts.
export const load: PageLoad = async ({ fetch }) => {
	const [sources, facts] = await Promise.all([fetchSources(fetch, 'all'), fetchFacts(fetch)]);
	return { sources, facts };
};
