import { fetchSources } from '#lib/content/published.ts';
import type { LayoutLoad } from './$types';

// What the map layout cites whatever the page; a page adds its own (see the island page's load).
export const load: LayoutLoad = async ({ fetch }) => ({
	sources: await fetchSources(fetch, 'map')
});
