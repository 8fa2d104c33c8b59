// Text rules shared by ingestion, the gazetteer, the pages and the preview cards: which characters
// are Japanese or Chinese script, and how a text is cut short. One definition each, so that a line
// break on a card, a prose test in the cleaner and a page description agree.

/**
 * A CJK character: Han, hiragana or katakana by their Unicode script, plus the punctuation and
 * symbols written with them (、。「」, ・ and ー, squared and circled signs, full- and half-width forms). Japanese
 * has no spaces, so a line may break beside any of them.
 */
export const CJK =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FB\u30FC\u3200-\u33FF\uFF00-\uFFEF]/u;

export function hasCjk(text: string): boolean {
	return CJK.test(text);
}

// A cut right after a comma, a dash or a full stop reads as if the author stopped there.
const TRAILING_PUNCTUATION = /[\s,;:.\-–—、。・]+$/u;

/** Marks a cut: drops the punctuation the cut left at the end and adds an ellipsis. */
export function ellipsize(head: string): string {
	return `${head.replace(TRAILING_PUNCTUATION, '')}…`;
}

/**
 * Shortens a quote to at most max characters (code points, not UTF-16 units) for a link preview or
 * a page description: cut at a word boundary and marked with an ellipsis, so the reader can see it
 * is an excerpt. The stored passage is never changed; this only makes the short form that a
 * preview has room for.
 */
export function shorten(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const cut = chars.slice(0, max - 1).join('');
	// Already at a word boundary when the next character is a space; else back off to the last one,
	// unless that would throw away most of the text (one long word).
	const atBoundary = /\s/.test(chars[max - 1] ?? '');
	const space = cut.search(/\s\S*$/);
	return ellipsize(atBoundary || space <= max * 0.6 ? cut : cut.slice(0, space));
}
