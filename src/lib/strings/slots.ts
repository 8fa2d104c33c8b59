// A message with something other than text inside it (a link, <code>): the message is written whole
// in each language, with a placeholder where the link goes, so each language puts it where its word
// order needs it. The placeholder gets a marker, and the text is cut at the markers; the component
// renders the text parts as text and puts its own element where each slot is.

export type Part<K extends string> = string | { slot: K };

const MARK = '\u0000';

/** `render` is given a marker for each slot name and returns the message; the parts, in order. */
export function withSlots<K extends string>(
	slots: readonly K[],
	render: (marks: Record<K, string>) => string
): Part<K>[] {
	const marks = Object.fromEntries(slots.map((k) => [k, `${MARK}${k}${MARK}`])) as Record<
		K,
		string
	>;
	// Split at the markers: even indices are text, odd ones a slot's name.
	return render(marks)
		.split(MARK)
		.map((piece, i) => (i % 2 === 1 ? { slot: piece as K } : piece))
		.filter((part) => part !== '');
}
