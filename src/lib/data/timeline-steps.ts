// The treaty timeline's steps: for each year, the event it stands for, who held the
// four island groups, and which of the map's lines and areas were in force. The step's text and
// sources are the event's own (timeline.ts), so a date or summary is written in one place only.

import { TIMELINE, type TimelineEvent } from './timeline.ts';
import { situationFor, type StepSituation } from './timeline-situation.ts';
import type { SourceId } from './types.ts';
import { TIMELINE_YEARS } from './types.ts';

export { HOLDERS, type Holder } from './timeline-situation.ts';

export interface TimelineStep extends StepSituation {
	year: number;
	event: TimelineEvent;
	/** Other events of the same year, listed under the main one. */
	alsoThisYear: TimelineEvent[];
	/**
	 * Events between the previous step's year and this one (for the first step, everything before
	 * it), so that no event of the timeline is left off the control.
	 */
	earlier: TimelineEvent[];
	sources: SourceId[];
}

const MAIN_EVENT: Record<number, string> = {
	1855: 'Treaty of Shimoda',
	1875: 'Treaty of Saint Petersburg',
	1905: 'Treaty of Portsmouth',
	1945: 'Soviet forces take the four island groups',
	1951: 'San Francisco Peace Treaty',
	1956: 'Soviet–Japanese Joint Declaration',
	1993: 'Tokyo Declaration',
	2001: 'Irkutsk Statement',
	2018: 'Singapore agreement',
	2022: 'Russia suspends peace-treaty talks'
};

function byTitle(title: string): TimelineEvent {
	const event = TIMELINE.find((e) => e.title === title);
	if (!event) throw new Error(`timeline-steps.ts: no event titled "${title}" in timeline.ts`);
	return event;
}

const yearOf = (e: TimelineEvent) => Number(e.date.slice(0, 4));

export const TIMELINE_STEPS: TimelineStep[] = TIMELINE_YEARS.map((year, i) => {
	const event = byTitle(MAIN_EVENT[year] as string);
	const situation = situationFor(year);
	const previous = i > 0 ? (TIMELINE_YEARS[i - 1] as number) : -Infinity;
	return {
		year,
		event,
		alsoThisYear: TIMELINE.filter((e) => e !== event && e.date.startsWith(String(year))),
		earlier: TIMELINE.filter((e) => yearOf(e) > previous && yearOf(e) < year),
		...situation,
		sources: event.sources
	};
});

export function stepFor(year: number): TimelineStep {
	return TIMELINE_STEPS.find((s) => s.year === year) ?? (TIMELINE_STEPS.at(-1) as TimelineStep);
}
