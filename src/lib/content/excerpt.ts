// Shortening a quote for a link preview or a page description: cut at a word boundary and mark
// the cut with an ellipsis, so the reader can see it is an excerpt. The stored passage is never
// changed; this only makes the short form that a preview has room for.

export function shorten(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const cut = chars.slice(0, max - 1).join('');
	// Already at a word boundary when the next character is a space; else back off to the last one.
	const atBoundary = /\s/.test(chars[max - 1] ?? '');
	const space = cut.search(/\s\S*$/);
	const head = atBoundary || space <= max * 0.6 ? cut : cut.slice(0, space);
	return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}
