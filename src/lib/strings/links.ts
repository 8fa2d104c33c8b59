// What the reader reads about links: sharing and embedding, and a link that lands somewhere other
// than where it pointed (the embed dialog's words are in embed.ts, the error page's in error.ts).
// Fixed text only: nothing from the address bar is ever echoed back (a crafted link could otherwise
// make the site's own pages say anything).
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
