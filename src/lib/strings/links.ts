// What the reader reads about links: sharing and embedding, a link that lands somewhere other than
// where it pointed, and the error page. Fixed text only: nothing from the address bar is ever
// echoed back (a crafted link could otherwise make the site's own pages say anything).
import { m } from '#lib/paraglide/messages.js';

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
	get notFoundTitle() {
		return m.error_not_found_title();
	},
	get notFoundText() {
		return m.error_not_found_text();
	},
	get failedTitle() {
		return m.error_failed_title();
	},
	get failedText() {
		return m.error_failed_text();
	},
	get documentTitle() {
		return m.error_document_title();
	},
	get failedDocumentTitle() {
		return m.error_failed_document_title();
	},
	get back() {
		return m.error_back();
	}
};
