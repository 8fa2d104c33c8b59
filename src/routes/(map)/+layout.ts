import {
	fetchOverlayInfo,
	fetchPositions,
	fetchPresets,
	fetchSources,
	fetchTimeline
} from '#lib/content/published.ts';
import type { LayoutLoad } from './$types';

// What the map layout shows whatever the page, as data rather than script: the sources it cites
// (a page adds its own, see the island page's load), the timeline's texts, the legend's and each
// side's case for the viewpoint switch, the measure tool's presets; all in the page's language.
export const load: LayoutLoad = async ({ fetch }) => {
	const [sources, timeline, overlayInfo, positions, presets] = await Promise.all([
		fetchSources(fetch, 'map'),
		fetchTimeline(fetch),
		fetchOverlayInfo(fetch),
		fetchPositions(fetch),
		fetchPresets(fetch)
	]);
	return { sources, timeline, overlayInfo, positions, presets };
};
