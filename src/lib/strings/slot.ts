// A sentence with an element in it (a link, a figure in its own span): the message holds the whole
// sentence, since each language puts the element somewhere else ("Settlement on <a>Kunashir</a>…",
// "…<a>国後島</a>にある集落。"), and the component renders the text either side of it.

/** A character no message holds (Unicode's private use area), standing for the element. */
const SLOT = '\u{F8FF}';

/**
 * The text before and after the element: `write` gets the slot to put where the element goes.
 * A message that lost its placeholder still reads, with the element after it.
 */
export function aroundSlot(write: (slot: string) => string): [before: string, after: string] {
	const text = write(SLOT);
	const at = text.indexOf(SLOT);
	if (at < 0) return [text, ''];
	return [text.slice(0, at), text.slice(at + SLOT.length)];
}
