// What the reader reads about links: sharing and embedding, and a link that lands somewhere other
// than where it pointed (the error page's words are in error.ts). Fixed text only: nothing from the address bar is ever
// echoed back (a crafted link could otherwise make the site's own pages say anything).
import { m } from '#lib/paraglide/messages.js';

export const SHARE = {
	get share() {
		return m.share_share();
	},
	get embed() {
		return m.share_embed();
	},
	get shared() {
		return m.share_shared();
	},
	get copied() {
		return m.share_copied();
	},
	get copyBelow() {
		return m.share_copy_below();
	},
	get linkLabel() {
		return m.share_link_label();
	},
	get embedTitle() {
		return m.share_embed_title();
	},
	get embedHelp() {
		return m.share_embed_help();
	},
	get embedCodeLabel() {
		return m.share_embed_code_label();
	},
	get copyCode() {
		return m.share_copy_code();
	},
	get codeCopied() {
		return m.share_code_copied();
	},
	get selectCode() {
		return m.share_select_code();
	},
	get close() {
		return m.share_close();
	}
};

/** Said once when a link to something that is gone lands on its fallback (src/lib/url/README.md). */
export const LANDED = {
	get articleGone() {
		return m.landed_article_gone();
	},
	get passageGone() {
		return m.landed_passage_gone();
	},
	get dismiss() {
		return m.landed_dismiss();
	}
};
