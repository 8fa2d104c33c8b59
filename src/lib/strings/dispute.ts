// Text that speaks of the dispute in the site's own voice, wherever it appears: the home page's
// introduction, the island panel's kicker, the labels around each side's case and the timeline's
// accounts, and the kinds of source on /about. Neutral terms only (src/lib/data/glossary.ts);
// src/lib/data/glossary.test.ts checks this module like the data.
import type { SourceKind } from '#lib/data/types.ts';

/** The home page's introduction. */
export const INTRO = {
	heading: 'The southern Kurils / Northern Territories',
	lead: 'Four island groups off Hokkaido, administered by the Soviet Union from 1945 and by Russia since 1991, which holds them as the Southern Kurils; Japan claims them as its Northern Territories. This map shows both names and both positions, and every figure links to its source.'
} as const;

/** The line above an island's name in its panel. */
export const ISLAND_KICKER =
	'Administered by the Soviet Union from 1945 and by Russia since 1991 · claimed by Japan as one of its Northern Territories';

/** What the island panel's computed area is compared with. */
export const AREA_REFERENCE = 'Japan’s GSI figure';

/** Around a side's case in the viewpoint switch. */
export const CASE = {
	/** Heading of the list of arguments, by side. */
	heading: { ja: 'Japan’s case, point by point', ru: 'Russia’s case, point by point' },
	/** Before the other side's answer to an argument. */
	answerBy: { ja: 'Russia’s answer:', ru: 'Japan’s answer:' },
	/** Before the name of whoever said a quoted passage. */
	quoteBy: '—'
} as const;

/** The timeline's accounts of an event and the events between two steps. */
export const TIMELINE_TEXT = {
	accountBy: { ja: 'Japan’s account:', ru: 'Russia’s account:' },
	earlier: (from: number | null, to: number, n: number) =>
		from === null ? `Before ${to} (${n})` : `Between ${from} and ${to} (${n})`
} as const;

/** How /about names each kind of source. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	primary: 'Treaty or primary document',
	'official-statement': 'Official statement',
	'official-statistics': 'Official statistics',
	scholarly: 'Scholarly work',
	reference: 'Reference work',
	news: 'News organisation'
};

/** The sources section of /about. */
export const ABOUT_SOURCES = {
	heading: 'Sources',
	intro:
		'Every fact on the site cites one of these. Each is a treaty or other primary document, an official statement or official statistics, a scholarly or reference work, or a news organisation; Japan’s and Russia’s official pages are cited alike. A statement read somewhere other than its maker’s own site is listed as the statement, with the page it was read on.',
	via: 'as reproduced by'
} as const;
