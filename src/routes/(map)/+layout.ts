import { fetchOverlayNames, fetchTimeline, fetchViewpoint } from '#lib/content/published.ts';
import { DEFAULT_STATE } from '#lib/url/state.ts';
import type { LayoutLoad } from './$types';

// What the map layout shows whatever the page, as data rather than script, in the page's language:
// the overlays' names, the timeline's step and the viewpoint the page opens on (a prerendered page
// has no query, so those of the default state), each with the entries of the sources it cites. A
// page adds its own sources (see the island page's load). Another step, a side's case, the measure
// tool's presets and the legend's folded explanations are fetched when the reader asks for them
// (on-demand.svelte.ts).
export const load: LayoutLoad = async ({ fetch }) => {
	const [overlayNames, timeline, viewpoint] = await Promise.all([
		fetchOverlayNames(fetch),
		fetchTimeline(fetch, DEFAULT_STATE.year),
		fetchViewpoint(fetch, DEFAULT_STATE.viewpoint)
	]);
	return {
		overlayNames,
		timeline,
		viewpoint,
		sources: { ...timeline?.sources, ...viewpoint?.sources }
	};
};
