// Links to the article index and an island's passages, from the home page, the island panel and
// the reader, in the page's language (messages/{en,ja,ru}.json; each getter reads the language when
// the page renders). The index's own words are in article-index.ts, the try page's in
// article-try.ts, an article's link preview in reader.ts: a module's strings travel with every page
// that imports any of them, and these links are on every map page.
import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';

/** A count's plural form is chosen from the number, and it is shown formatted for the page. */
const count = (n: number) => ({ count: n, n: formatNumber(n) });

/** Links to the index from the island panel and the reader. */
export const ARTICLE_LINKS = {
	get allArticles() {
		return m.articles_link_all();
	},
	islandArticles: (island: string) => m.articles_link_island({ island }),
	allArticlesCount: (n: number) => m.articles_link_all_count(count(n)),
	morePassages: (shown: number, total: number) =>
		m.articles_link_more_passages({ shown: formatNumber(shown), total: formatNumber(total) }),
	get loadingPassages() {
		return m.articles_link_loading_passages();
	},
	get passagesFailed() {
		return m.articles_link_passages_failed();
	}
};
