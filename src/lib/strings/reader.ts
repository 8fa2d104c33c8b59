// What the article reader says around an article's own text (src/lib/components/ArticleReader.svelte):
// the marks the ingester adds to a paragraph (src/lib/content/model.ts) and the count of references,
// in the page's language (messages/{en,ja,ru}.json). The article's own text stays in its language.
// Also the link previews of an article's and a passage's pages.
import { formatNumber } from '#lib/data/format.ts';
import { intlLocale } from '#lib/i18n/locale.ts';
import { m } from '#lib/paraglide/messages.js';

const count = (n: number) => ({ count: n, n: formatNumber(n) });

/** A list in the page's language: "Iturup and Kunashir", "択捉島と国後島", "Итуруп и Кунашир". */
const conjunction = () => new Intl.ListFormat(intlLocale(), { type: 'conjunction' });

/** "Iturup", "Iturup and Kunashir", "Iturup, Kunashir and Shikotan". */
export function listNames(names: readonly string[]): string {
	return conjunction().format(names);
}

/**
 * A list's items and the words between them, for a list of links: each item is its index in
 * `count` items, each word a string.
 */
export function listParts(length: number): (string | number)[] {
	const marks = Array.from({ length }, (_, i) => `\u0000${i}\u0000`);
	return conjunction()
		.formatToParts(marks)
		.map((p) => (p.type === 'element' ? Number(p.value.slice(1, -1)) : p.value));
}

/** Languages an article may be written in, by BCP 47 tag; an unknown tag is shown as it is. */
export const LANGUAGE_NAMES: Record<string, string> = {
	get en() {
		return m.reader_language_en();
	},
	get ja() {
		return m.reader_language_ja();
	},
	get ru() {
		return m.reader_language_ru();
	}
};

const primary = (tag: string) => tag.split('-')[0] as string;

export function languageName(tag: string): string {
	return LANGUAGE_NAMES[tag] ?? LANGUAGE_NAMES[primary(tag)] ?? tag;
}

/** "In Japanese": a phrase of its own per language, as each language inflects it. */
function writtenIn(tag: string): string {
	switch (primary(tag)) {
		case 'en':
			return m.reader_in_en();
		case 'ja':
			return m.reader_in_ja();
		case 'ru':
			return m.reader_in_ru();
		default:
			return m.reader_in_other({ language: tag });
	}
}

export const READER = {
	/** After a date the page does not print. */
	get inferred() {
		return m.reader_inferred();
	},
	get original() {
		return m.reader_original();
	},
	get dateNote() {
		return m.reader_date_note();
	},
	get close() {
		return m.reader_close();
	},
	get captionLabel() {
		return m.reader_caption_label();
	},
	/** A stored passage's own link, which frames its islands. */
	showPassage: (n: number) => m.reader_show_passage({ n: formatNumber(n) }),
	/** The article's language, in the header ("In Japanese"). */
	language: (tag: string) => writtenIn(tag),
	/**
	 * Why "the Kuril Islands" links the four disputed islands here: the Russian side's way of
	 * writing, in an article about the dispute (src/lib/content/gazetteer.ts).
	 */
	kurils: (match: string) => m.reader_kurils({ match }),
	/** Before the islands a paragraph refers back to ("the islands", "the territorial row"). */
	get refersBack() {
		return m.reader_refers_back();
	},
	/** After a last paragraph the copied page itself cut off. */
	get cutOff() {
		return m.reader_cut_off();
	},
	/** Before a credit split off the end of a paragraph ("Jiji Press"). */
	get credit() {
		return m.reader_credit();
	},
	/** A passage's page: where its passage is in the article, and the links around it. */
	passageOf: (n: number, total: number) =>
		m.reader_passage_of({ n: formatNumber(n), total: formatNumber(total) }),
	get previousPassage() {
		return m.reader_previous_passage();
	},
	get nextPassage() {
		return m.reader_next_passage();
	},
	get wholeArticle() {
		return m.reader_whole_article();
	},
	/** The hint under the header. */
	passages: (n: number) => m.reader_passages(count(n)),
	/** After the hint, when some paragraphs only refer back to the islands; empty for none. */
	references: (n: number) => (n === 0 ? '' : m.reader_references(count(n)))
};

/** The head of a passage's page, for link previews; the quote stays in its language. */
export const PASSAGE_SHARE = {
	title: (quote: string, outlet: string) => m.reader_share_passage_title({ quote, outlet }),
	description: (quote: string, outlet: string, date: string) =>
		m.reader_share_passage_description({ quote, outlet, date })
};

/** The head of an article's page, for link previews. */
export const ARTICLE_SHARE = {
	title: (title: string, outlet: string) => m.articles_share_title({ title, outlet }),
	description: (dek: string, outlet: string, date: string) =>
		m.articles_share_description({ dek, outlet, date })
};
