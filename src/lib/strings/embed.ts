// The embed dialog's words (src/lib/components/EmbedDialog.svelte), in the page's language
// (messages/{en,ja,ru}.json; each getter reads the language when the dialog renders). A module of
// its own because the dialog is loaded when the reader asks for it: a module's strings travel with
// every page that imports any of them.
import { m } from '#lib/paraglide/messages.js';

export const EMBED = {
	get title() {
		return m.share_embed_title();
	},
	get help() {
		return m.share_embed_help();
	},
	get codeLabel() {
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
