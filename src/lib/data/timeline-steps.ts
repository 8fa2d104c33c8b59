// The treaty timeline's steps: for each year, the event it stands for, who held the
// four island groups, and which of the map's lines and areas were in force. The step's text and
// sources are the event's own (timeline.ts), so a date or summary is written in one place only.

import { TIMELINE, type TimelineEvent } from './timeline.ts';
import type { SourceId } from './types.ts';
import { TIMELINE_YEARS, type OverlayId } from './types.ts';

export const HOLDERS = ['japan', 'ussr', 'russia'] as const;
export type Holder = (typeof HOLDERS)[number];
type StepOverlay = OverlayId;

export interface TimelineStep {
	year: number;
	event: TimelineEvent;
	/** Other events of the same year, listed under the main one. */
	alsoThisYear: TimelineEvent[];
	/** Who held (administered) the four island groups at that step. */
	holder: Holder;
	/** The overlays that describe the situation at that step; the legend can still hide them. */
	inForce: StepOverlay[];
	/** How the holder is named in the step's caption. */
	holderText: string;
	sources: SourceId[];
	/** What the map frames on stepping here, when the four islands alone would hide the change. */
	frame?: [number, number, number, number];
}

const MAIN_EVENT: Record<number, string> = {
	1855: 'Treaty of Shimoda',
	1875: 'Treaty of Saint Petersburg',
	1905: 'Treaty of Portsmouth',
	1945: 'All four island groups occupied',
	1951: 'San Francisco Peace Treaty',
	1956: 'Soviet–Japanese Joint Declaration',
	1993: 'Tokyo Declaration',
	2001: 'Irkutsk Statement',
	2018: 'Singapore agreement',
	2022: 'Russia suspends peace-treaty talks'
};

const SITUATION: Record<
	number,
	Pick<TimelineStep, 'holder' | 'inForce' | 'holderText' | 'frame'>
> = {
	1855: {
		holder: 'japan',
		inForce: ['border-1855'],
		holderText: 'Japan (border in the Vries Strait)',
		frame: [145.2, 43.2, 150.6, 46.4]
	},
	1875: {
		holder: 'japan',
		inForce: ['border-1875'],
		holderText: 'Japan (the whole Kuril chain)',
		frame: [141.6, 41.8, 157.4, 51.5]
	},
	1905: {
		holder: 'japan',
		inForce: ['border-1875'],
		holderText: 'Japan (the whole Kuril chain; southern Sakhalin too from 1905)',
		frame: [141.6, 41.8, 157.4, 51.5]
	},
	1945: {
		holder: 'ussr',
		inForce: ['ru-administered', 'jp-claimed', 'median-line'],
		holderText: 'the Soviet Union (occupied 28 Aug – 5 Sep 1945)'
	},
	1951: {
		holder: 'ussr',
		inForce: ['ru-administered', 'jp-claimed', 'median-line'],
		holderText: 'the Soviet Union'
	},
	1956: {
		holder: 'ussr',
		inForce: ['ru-administered', 'jp-claimed', 'median-line', 'transfer-1956'],
		holderText: 'the Soviet Union'
	}
};
const PRESENT: Pick<TimelineStep, 'holder' | 'inForce' | 'holderText'> = {
	holder: 'russia',
	inForce: ['ru-administered', 'jp-claimed', 'median-line', 'transfer-1956'],
	holderText: 'Russia'
};

function byTitle(title: string): TimelineEvent {
	const event = TIMELINE.find((e) => e.title === title);
	if (!event) throw new Error(`timeline-steps.ts: no event titled "${title}" in timeline.ts`);
	return event;
}

export const TIMELINE_STEPS: TimelineStep[] = TIMELINE_YEARS.map((year) => {
	const event = byTitle(MAIN_EVENT[year] as string);
	const situation = SITUATION[year] ?? PRESENT;
	return {
		year,
		event,
		alsoThisYear: TIMELINE.filter((e) => e !== event && e.date.startsWith(String(year))),
		...situation,
		sources: event.sources
	};
});

export function stepFor(year: number): TimelineStep {
	return TIMELINE_STEPS.find((s) => s.year === year) ?? (TIMELINE_STEPS.at(-1) as TimelineStep);
}
