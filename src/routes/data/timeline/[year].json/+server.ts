import { error, json } from '@sveltejs/kit';
import type { TimelinePiece } from '#lib/content/published.ts';
import { localiseTimeline } from '#lib/data/prose.ts';
import { TIMELINE_YEARS } from '#lib/data/types.ts';
import { localisedSources } from '#lib/server/cited.ts';
import { translator } from '#lib/server/translate.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => TIMELINE_YEARS.map((year) => ({ year: String(year) }));

/**
 * One step of the treaty timeline with its texts, in the page's language (/ja/data/timeline/1855.json),
 * and the years of every step for the control's row: a page shows one step at a time, so it carries
 * the one it shows and fetches another when the reader picks its year.
 */
export const GET: RequestHandler = ({ params }) => {
	const steps = localiseTimeline(translator('timeline'));
	const step = steps.find((s) => String(s.year) === params.year);
	if (!step) error(404, `No timeline step ${params.year}`);
	const piece: TimelinePiece = {
		years: steps.map((s) => s.year),
		step,
		sources: localisedSources(step)
	};
	return json(piece);
};
