// Text of trying an article's text in the browser (/articles/try) and of the links the reader marks,
// in the page's language (messages/{en,ja,ru}.json; each getter reads the language when the page
// renders). Island names come from src/lib/data/places.ts; refusals of the input are the ingester's
// own messages (src/lib/content/raw.ts, ingest.ts), so the page and the CLI say the same, in English,
// after a reason for each code in the page's language.
// Apart from the other article strings so that only the pages that show them load them.
import { formatNumber } from '#lib/data/format.ts';
import { m } from '#lib/paraglide/messages.js';
import type { IngestErrorCode } from '#lib/content/errors.ts';

/** A count's plural form is chosen from the number, and it is shown formatted for the page. */
const count = (n: number) => ({ count: n, n: formatNumber(n) });

/** How each kind of link was found, by the gazetteer's id (src/lib/content/link-spans.ts). */
const VIA: Record<string, () => string> = {
	name: m.articles_try_via_name,
	islet: m.articles_try_via_islet,
	settlement: m.articles_try_via_settlement,
	collective: m.articles_try_via_collective,
	kurils: m.articles_try_via_kurils,
	reference: m.articles_try_via_reference
};

/** Why a text was refused, by the ingester's code (src/lib/content/errors.ts), in the page's language. */
const REASONS: Partial<Record<IngestErrorCode, () => string>> = {
	EMPTY: m.articles_try_reason_empty,
	BINARY: m.articles_try_reason_binary,
	NOT_UTF8: m.articles_try_reason_not_utf8,
	TOO_LARGE: m.articles_try_reason_too_large,
	NO_PARAGRAPHS: m.articles_try_reason_no_paragraphs,
	NO_TITLE: m.articles_try_reason_no_title,
	PARAGRAPH_TOO_LONG: m.articles_try_reason_paragraph_too_long,
	TOO_MANY_LINES: m.articles_try_reason_too_many_lines,
	TOO_MANY_PARAGRAPHS: m.articles_try_reason_too_many_paragraphs,
	TOO_MANY_PASSAGES: m.articles_try_reason_too_many_passages,
	ARTICLE_TOO_LARGE: m.articles_try_reason_article_too_large,
	BIDI_CONTROL: m.articles_try_reason_bidi_control
};

export const ARTICLE_TRY = {
	/** A refusal's reason in the page's language; the ingester's own message follows it in English. */
	reason: (code: IngestErrorCode) => (REASONS[code] ?? m.articles_try_reason_other)(),
	get detail() {
		return m.articles_try_detail();
	},
	get documentTitle() {
		return m.articles_try_document_title();
	},
	get description() {
		return m.articles_try_description();
	},
	get heading() {
		return m.articles_try_heading();
	},
	get intro() {
		return m.articles_try_intro();
	},
	get close() {
		return m.articles_try_close();
	},
	get textLabel() {
		return m.articles_try_text_label();
	},
	get textHint() {
		return m.articles_try_text_hint();
	},
	get fileLabel() {
		return m.articles_try_file_label();
	},
	get submit() {
		return m.articles_try_submit();
	},
	get loading() {
		return m.articles_try_loading();
	},
	get loadFailed() {
		return m.articles_try_load_failed();
	},
	get noScript() {
		return m.articles_try_no_script();
	},
	get refused() {
		return m.articles_try_refused();
	},
	get resultHeading() {
		return m.articles_try_result_heading();
	},
	/** The name a pasted text is refused under ("pasted text is binary…"). */
	get pastedName() {
		return m.articles_try_pasted_name();
	},
	summary: (p: { paragraphs: number; captions: number; passages: number; removed: number }) =>
		m.articles_try_summary({
			paragraphs: m.articles_try_paragraphs(count(p.paragraphs)),
			captions: m.articles_try_captions(count(p.captions)),
			passages: m.articles_try_passages(count(p.passages)),
			removed: m.articles_try_lines(count(p.removed))
		}),
	get noPassages() {
		return m.articles_try_no_passages();
	},
	get mapAll() {
		return m.articles_try_map_all();
	},
	passageLabel: (n: number) => m.articles_try_passage_label({ n: formatNumber(n) }),
	showOnMap: (n: number) => m.articles_try_show_on_map({ n: formatNumber(n) }),
	get showAll() {
		return m.articles_try_show_all();
	},
	get linksLabel() {
		return m.articles_try_links_label();
	},
	/** How a link was found; an unknown kind is shown by its id. */
	via: (kind: string) => VIA[kind]?.() ?? kind,
	/** A matched text, quoted as the page's language quotes. */
	match: (text: string) => m.articles_try_match({ match: text }),
	/** The language the text was found to be written in. */
	language: (name: string) => m.articles_try_language({ language: name }),
	get linkTo() {
		return m.articles_try_link_to();
	},

	get downloadHeading() {
		return m.articles_try_download_heading();
	},
	get downloadIntro() {
		return m.articles_try_download_intro();
	},
	get slugLabel() {
		return m.articles_try_slug_label();
	},
	get outletLabel() {
		return m.articles_try_outlet_label();
	},
	get urlLabel() {
		return m.articles_try_url_label();
	},
	get dateLabel() {
		return m.articles_try_date_label();
	},
	get dateHint() {
		return m.articles_try_date_hint();
	},
	get precisionLabel() {
		return m.articles_try_precision_label();
	},
	precision: {
		get day() {
			return m.articles_try_precision_day();
		},
		get month() {
			return m.articles_try_precision_month();
		},
		get approximate() {
			return m.articles_try_precision_approximate();
		}
	},
	get latestLabel() {
		return m.articles_try_latest_label();
	},
	get noteLabel() {
		return m.articles_try_note_label();
	},
	get metaProblems() {
		return m.articles_try_meta_problems();
	},
	rawFile: (name: string) => m.articles_try_raw_file({ name }),
	metaFile: (name: string) => m.articles_try_meta_file({ name }),
	get command() {
		return m.articles_try_command();
	}
};
