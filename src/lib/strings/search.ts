// Text of the search box (src/lib/search/PlaceSearch.svelte; its list of results is in
// search-results.ts, the card that says what a place looked up is in place-card.ts) and of the
// home page, in the page's language
// (messages/{en,ja,ru}.json; each getter reads the language when it is rendered). Place names never
// appear here: they come from src/lib/data/places.ts.

import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';

export const SEARCH_STRINGS = {
	/** The box's accessible name. */
	get label() {
		return m.search_label();
	},
	get placeholder() {
		return m.search_placeholder();
	},
	/** Shown beside the box on wide screens: the key that focuses it. */
	hotkeyHint: '/',
	get hotkeyLabel() {
		return m.search_hotkey_label({ key: '/' });
	},
	get listLabel() {
		return m.search_list_label();
	},
	get loading() {
		return m.search_loading();
	},
	get failed() {
		return m.search_failed();
	},
	get none() {
		return m.search_none();
	},
	/** Read out as the results change: how many, and what Enter does. */
	count: (n: number) => (n === 1 ? m.search_count_single() : m.search_count({ count: n }))
} as const;

/** The home page's own text (its intro's heading and lead are the dispute's, in ./dispute.ts). */
export const HOME = {
	get title() {
		return m.home_title();
	},
	get description() {
		return m.home_description();
	},
	get choose() {
		return m.home_choose();
	},
	get articles() {
		return m.home_articles();
	},
	get sources() {
		return m.home_sources();
	},
	/** The link under the newest list to every article, with their count. */
	allArticles: (n: number) => m.articles_link_all_count({ count: n, n: formatNumber(n) }),
	/** An article's outlet and date in the newest list; `outlet` is a slot (it is in the article's language). */
	articleMeta: (outlet: string, date: string) => m.home_article_meta({ outlet, date })
};
