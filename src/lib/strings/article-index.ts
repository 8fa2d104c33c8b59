// Text of the index of every article (/articles), in the page's language (messages/{en,ja,ru}.json;
// each getter reads the language when the page renders). Apart from the other article strings so
// that only this page loads it.
import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';

/** A count's plural form is chosen from the number, and it is shown formatted for the page. */
const count = (n: number) => ({ count: n, n: formatNumber(n) });

export const ARTICLE_INDEX = {
	get documentTitle() {
		return m.articles_index_document_title();
	},
	get description() {
		return m.articles_index_description();
	},
	get heading() {
		return m.articles_index_heading();
	},
	get intro() {
		return m.articles_index_intro();
	},
	get filterLabel() {
		return m.articles_index_filter_label();
	},
	get all() {
		return m.articles_index_all();
	},
	/** Shown after a filter's island: "Shikotan (1)"; read as "Shikotan, 1 article". */
	filterCount: (n: number) => `(${formatNumber(n)})`,
	filterCountLabel: (n: number) => m.articles_index_filter_count_label(count(n)),
	get noScript() {
		return m.articles_index_no_script();
	},
	moreRows: (shown: number, total: number) =>
		m.articles_index_more_rows({ shown: formatNumber(shown), total: formatNumber(total) }),
	get moreFailed() {
		return m.articles_index_more_failed();
	},
	summaryAll: (n: number) => m.articles_index_summary_all(count(n)),
	summaryIsland: (n: number, island: string) =>
		n === 0
			? m.articles_index_summary_island_none({ island })
			: m.articles_index_summary_island({ ...count(n), island }),
	get emptyHint() {
		return m.articles_index_empty_hint();
	},
	passages: (n: number) => m.articles_index_passages(count(n)),
	get islandsLabel() {
		return m.articles_index_islands_label();
	},
	get noIslands() {
		return m.articles_index_no_islands();
	},
	/** A chip's accessible name starts with its visible text (the island's name). */
	chipLabel: (island: string) => m.articles_index_chip_label({ island }),
	get tryLink() {
		return m.articles_index_try_link();
	},
	get tryLinkHint() {
		return m.articles_index_try_link_hint();
	}
};
