// The map's colours, named by what they show. They live in the data layer because every drawing of
// the map reads them: MapLibre's style (src/lib/map/style.ts), the still SVG map, the legend and the
// share cards (scripts/og). Islands must stay distinct from land and sea.

import type { Viewpoint } from './types.ts';

export const COLORS = {
	sea: '#c9dfec',
	land: '#f1ede4',
	landOutline: '#a9a396',
	graticule: '#9db7c8',
	island: '#e0a63a',
	islandHover: '#c98412',
	islandSelected: '#b3580f',
	islandOutline: '#6b4310',
	label: '#2a2a2a',
	labelHalo: '#ffffffcc',
	strait: '#2b5d7d',
	marker: '#b3261e',
	markerOutline: '#ffffff',
	/** The measure tool's line and ends: apart from every island, overlay and label colour. */
	measure: '#c2185b',
	measureCasing: '#ffffff'
} as const;

/**
 * Colours on each side's map: on Japan's maps the islands take Japan's colour, on Russia's Russia's;
 * the neutral map gives them a colour of their own, as disputed, and all land the same colour.
 */
export const VIEWPOINT_COLORS: Record<Viewpoint, { islands: string; jpn: string; rus: string }> = {
	neutral: { islands: COLORS.island, jpn: COLORS.land, rus: COLORS.land },
	ja: { islands: '#f4d8a6', jpn: '#f4d8a6', rus: '#e4e7ec' },
	ru: { islands: '#f6d2c4', jpn: '#ecece4', rus: '#f6d2c4' }
};
