import { fetchFacts, fetchOverlayDetails, fetchSources } from '#lib/content/published.ts';
import type { PageLoad } from './$types';

// Every source, with who made it and where it was read in the page's language, the islands'
// reference areas and what each overlay is: as data, so the page's JavaScript carries neither the
// sources table nor the facts. The overlays' file is the one the map's legend fetches when a fold
// opens, so the two say the same; this page is where a map page without script links for it.
export const load: PageLoad = async ({ fetch }) => {
	const [sources, facts, overlays] = await Promise.all([
		fetchSources(fetch, 'all'),
		fetchFacts(fetch),
		fetchOverlayDetails(fetch)
	]);
	return { sources, facts, overlays: overlays.overlays };
};
