// Text of the site header, on every page. A module of its own: the whole of a strings module that
// several pages share comes with the first page that imports any of it (articles.ts holds the
// article pages' text), so every page's header would otherwise carry theirs.

/** The site header's link to the article index. */
export const SITE_NAV = {
	articles: 'Articles',
	map: 'Map',
	about: 'Sources & licences',
	/** What the about link shows where the header is narrow (its name stays the whole). */
	aboutShort: 'Sources'
} as const;

/**
 * The site's name, both names of the islands, one each side of the slash: on a narrow phone the
 * header sets them on two lines rather than cut either off.
 */
export const SITE_NAME = ['Southern Kurils', 'Northern Territories'] as const;
