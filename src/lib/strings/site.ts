// Text of the site header, on every page, in the page's language (messages/{en,ja,ru}.json; each
// getter reads the language when the header renders). A module of its own: the whole of a strings
// module that several pages share comes with the first page that imports any of it (articles.ts
// holds the article pages' text), so every page's header would otherwise carry theirs.
import { m } from '#lib/paraglide/messages.js';

/** The site header's links. */
export const SITE_NAV = {
	get articles() {
		return m.site_nav_articles();
	},
	get map() {
		return m.site_nav_map();
	},
	get about() {
		return m.site_nav_about();
	},
	/** What the about link shows where the header is narrow (its name stays the whole). */
	get aboutShort() {
		return m.site_nav_about_short();
	},
	get skip() {
		return m.site_skip_link();
	},
	get languages() {
		return m.language_switcher_label();
	}
};

/**
 * The site's name, both names of the islands, one each side of the slash, the page's language's
 * own name first: on a narrow phone the header sets them on two lines rather than cut either off.
 */
export const siteName = (): [string, string] => [m.site_name_first(), m.site_name_second()];
