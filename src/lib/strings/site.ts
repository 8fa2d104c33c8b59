// Text of the site header, on every page. A module of its own: the whole of a strings module that
// several pages share comes with the first page that imports any of it (articles.ts holds the
// article pages' text), so every page's header would otherwise carry theirs.

/** The site header's link to the article index. */
export const SITE_NAV = { articles: 'Articles' } as const;
