// Links to the article index and an island's passages, from the island panel and the reader, in
// the page's language (messages/{en,ja,ru}.json; each getter reads the language when the page
// renders). The index's own words are in article-index.ts, the try page's in article-try.ts, an
// article's link preview in reader.ts, the home page's link in search.ts (HOME): a module's strings
// travel with every page that imports any of them.
import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';

/** Links to the index from the island panel and the reader. */
export const ARTICLE_LINKS = {
	get allArticles() {
		return m.articles_link_all();
	},
	islandArticles: (island: string) => m.articles_link_island({ island }),
	morePassages: (shown: number, total: number) =>
		m.articles_link_more_passages({ shown: formatNumber(shown), total: formatNumber(total) }),
	get loadingPassages() {
		return m.articles_link_loading_passages();
	},
	get passagesFailed() {
		return m.articles_link_passages_failed();
	}
};
