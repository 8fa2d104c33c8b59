// The error page's words (src/routes/+error.svelte), in the page's language (messages/{en,ja,ru}.json;
// each getter reads the language when the page renders). A module of its own so that only the error
// page loads them: a module's strings travel with every page that imports any of them.
import { m } from '#lib/paraglide/messages.js';

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
