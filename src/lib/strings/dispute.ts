// Text that speaks of the dispute in the site's own voice, wherever it appears: the home page's
// introduction, the labels around each side's case and the timeline's accounts, the legend and a
// cited source's title. The island panel's and /about's words are in dispute-pages.ts, so that the
// map's first view does not carry them. Neutral terms only, in every language
// (src/lib/data/glossary.ts); src/lib/data/glossary.test.ts checks this module like the data. The
// words are in messages/{en,ja,ru}.json; each getter reads the page's language when it renders.
import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';

/** The home page's introduction. */
export const INTRO = {
	get heading() {
		return m.dispute_intro_heading();
	},
	get lead() {
		return m.dispute_intro_lead();
	}
};

/** Around a side's case in the viewpoint switch. */
export const CASE = {
	/** Heading of the list of arguments, by side. */
	heading: {
		get ja() {
			return m.dispute_case_heading_ja();
		},
		get ru() {
			return m.dispute_case_heading_ru();
		}
	},
	/** Before the other side's answer to an argument. */
	answerBy: {
		get ja() {
			return m.dispute_answer_by_ja();
		},
		get ru() {
			return m.dispute_answer_by_ru();
		}
	},
	/** Before the name of whoever said a quoted passage. */
	quoteBy: '—'
};

/** The timeline control's words, its accounts of an event and the events between two steps. */
export const TIMELINE_TEXT = {
	get legend() {
		return m.timeline_ui_legend();
	},
	get previous() {
		return m.timeline_ui_previous();
	},
	get next() {
		return m.timeline_ui_next();
	},
	/** Who held the islands at a step (the step's own text, translated with the data). */
	heldBy: (holder: string) => m.timeline_ui_held_by({ holder }),
	/** An event in a list: its date (a slot, see slots.ts) and title. */
	eventItem: (date: string, title: string) => m.timeline_ui_event_item({ date, title }),
	/** A step's own event: its title and date (both slots). */
	eventHeading: (title: string, date: string) => m.timeline_ui_event_heading({ title, date }),
	alsoIn: (year: number, n: number) =>
		m.timeline_ui_also_in({ year: String(year), n: formatNumber(n) }),
	accountBy: {
		get ja() {
			return m.dispute_account_by_ja();
		},
		get ru() {
			return m.dispute_account_by_ru();
		}
	},
	earlier: (from: number | null, to: number, n: number) =>
		from === null
			? m.dispute_earlier_before({ to: String(to), n: formatNumber(n) })
			: m.dispute_earlier_between({ from: String(from), to: String(to), n: formatNumber(n) })
};

/** The overlay legend's words around each overlay's own title and description. */
export const LEGEND_TEXT = {
	notInForce: (year: number) => m.legend_not_in_force({ year: String(year) }),
	about: (kind: 'area' | 'line') =>
		kind === 'area' ? m.legend_about_area() : m.legend_about_line(),
	applies: (years: string) => m.legend_applies({ years }),
	/** A fold's explanation on its way, or not arrived, and where it is without script. */
	get loading() {
		return m.legend_loading();
	},
	get failed() {
		return m.legend_failed();
	},
	get retry() {
		return m.legend_retry();
	},
	get more() {
		return m.legend_more();
	},
	/** An overlay's years: "since 1956", "1855–1875". */
	years: (from: number, to: number | null) =>
		to === null
			? m.legend_since({ from: String(from) })
			: m.legend_range({ from: String(from), to: String(to) })
};

/** The viewpoint switch's name. */
export const VIEWPOINT_TEXT = {
	get legend() {
		return m.viewpoint_legend();
	}
};

/** A source's title followed by the site's note on it (citations, SourceTitle.svelte). */
export const SOURCE_TEXT = {
	titled: (title: string, note?: string) =>
		note ? m.dispute_sources_titled({ title, note }) : title
};
