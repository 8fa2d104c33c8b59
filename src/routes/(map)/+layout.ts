import { fetchSources, fetchTimeline } from '#lib/content/published.ts';
import type { LayoutLoad } from './$types';

// What the map layout shows whatever the page, as data rather than script: the sources it cites
// (a page adds its own, see the island page's load) and the timeline's texts.
export const load: LayoutLoad = async ({ fetch }) => {
	const [sources, timeline] = await Promise.all([fetchSources(fetch, 'map'), fetchTimeline(fetch)]);
	return { sources, timeline };
};
