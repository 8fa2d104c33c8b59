// What the reader reads about links: sharing and embedding, a link that lands somewhere other than
// where it pointed, and the error page. Fixed text only: nothing from the address bar is ever
// echoed back (a crafted link could otherwise make the site's own pages say anything).

export const SHARE = {
	share: 'Share this view',
	embed: 'Embed',
	shared: 'Shared.',
	copied: 'Link to this view copied.',
	copyBelow: 'Copy the link below.',
	linkLabel: 'Link',
	embedTitle: 'Embed this map',
	embedHelp:
		"Paste this into a page. The embedded map shows the same view without the app's panels, keeps the attribution and links back here.",
	embedCodeLabel: 'Embed code',
	copyCode: 'Copy code',
	codeCopied: 'Embed code copied.',
	selectCode: 'Select the code and copy it.',
	close: 'Close'
} as const;

/** Said once when a link to something that is gone lands on its fallback (src/lib/url/README.md). */
export const LANDED = {
	articleGone: 'The article that link pointed to is not here, so you are on the map instead.',
	passageGone: 'That passage is no longer in this article, so the whole article is shown.',
	dismiss: 'Dismiss'
} as const;

export const ERROR_PAGE = {
	notFoundTitle: 'This page does not exist',
	notFoundText: 'The link may be mistyped, cut short or out of date.',
	failedTitle: 'Something went wrong',
	failedText: 'The page could not be shown. Reloading it may help.',
	documentTitle: 'Not found: southern Kurils / Northern Territories',
	failedDocumentTitle: 'Error: southern Kurils / Northern Territories',
	back: 'Open the map of the four islands'
} as const;
