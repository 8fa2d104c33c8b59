// The treaty timeline's situation at each step, without its texts: who held the four island
// groups, which of the map's lines and areas were in force and what the map frames. This is what
// the map screen needs to draw a year; the steps' texts and sources (timeline-steps.ts) reach the
// browser as data, a step at a time (src/routes/data/timeline/), not as script.

import { overlaysInForce } from './overlay-definitions.ts';
import type { OverlayId } from './types.ts';

export const HOLDERS = ['japan', 'ussr', 'russia'] as const;
export type Holder = (typeof HOLDERS)[number];

export interface StepSituation {
	/** Who held (administered) the four island groups at that step. */
	holder: Holder;
	/**
	 * The overlays that describe the situation at that step; the legend can still hide them. Derived
	 * from each overlay's years (overlay-definitions.ts), never written here.
	 */
	inForce: OverlayId[];
	/** How the holder is named in the step's caption. */
	holderText: string;
	/** What the map frames on stepping here, when the four islands alone would hide the change. */
	frame?: [number, number, number, number];
}

const SITUATION: Record<number, Omit<StepSituation, 'inForce'>> = {
	1855: {
		holder: 'japan',
		holderText: 'Japan (border in the Vries Strait)',
		frame: [145.2, 43.2, 150.6, 46.4]
	},
	1875: {
		holder: 'japan',
		holderText: 'Japan (the whole Kuril chain)',
		frame: [141.6, 41.8, 157.4, 51.5]
	},
	1905: {
		holder: 'japan',
		holderText: 'Japan (the whole Kuril chain; southern Sakhalin too from 1905)',
		frame: [141.6, 41.8, 157.4, 51.5]
	},
	1945: {
		holder: 'ussr',
		holderText: 'the Soviet Union (its forces took the islands 28 Aug – 5 Sep 1945)'
	},
	1951: {
		holder: 'ussr',
		holderText: 'the Soviet Union'
	},
	1956: {
		holder: 'ussr',
		holderText: 'the Soviet Union'
	}
};
const PRESENT: Omit<StepSituation, 'inForce'> = {
	holder: 'russia',
	holderText: 'Russia'
};

/** The situation at a step's year; years after the last change are the present. */
export function situationFor(year: number): StepSituation {
	return { ...(SITUATION[year] ?? PRESENT), inForce: overlaysInForce(year) };
}
