// What "Embed" hands out: an iframe snippet for another site's HTML. Pure, so it is unit-tested;
// the URL in it comes from the URL owner (app.svelte.ts), already canonical.

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	"'": '&#39;',
	'<': '&lt;',
	'>': '&gt;'
};

/**
 * A value made safe to put between double quotes in HTML. `&` matters even in our own links: a
 * query with two keys (`?view=ja&year=1956`) is otherwise read as a character reference by strict
 * parsers; `"` would end the attribute and let the rest become markup on the embedding page.
 */
export function escapeAttribute(value: string): string {
	return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** The iframe snippet for a full embed URL (absolute, with `embed=1`) and the frame's title. */
export function embedSnippet(src: string, title: string): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` width="100%" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>`
	);
}
