// What the article reader says around an article's own text (src/lib/components/ArticleReader.svelte):
// the marks the ingester adds to a paragraph (src/lib/content/model.ts) and the count of references.

/** "Iturup", "Iturup and Kunashir", "Iturup, Kunashir and Shikotan". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Languages an article may be written in, by BCP 47 tag; an unknown tag is shown as it is. */
export const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	ja: 'Japanese',
	ru: 'Russian'
};

export function languageName(tag: string): string {
	return LANGUAGE_NAMES[tag] ?? LANGUAGE_NAMES[tag.split('-')[0] as string] ?? tag;
}

export const READER = {
	/** After a date the page does not print. */
	inferred: '(date not printed; inferred)',
	original: 'Read the original',
	dateNote: 'How the date was worked out',
	close: 'Close the article',
	captionLabel: 'Photo caption:',
	/** A stored passage's own link, which frames its islands. */
	showPassage: (n: number) => `Passage ${n}: show on the map`,
	/** The article's language, in the header ("In Japanese"). */
	language: (tag: string) => `In ${languageName(tag)}`,
	/**
	 * Why "the Kuril Islands" links the four disputed islands here: the Russian side's way of
	 * writing, in an article about the dispute (src/lib/content/gazetteer.ts).
	 */
	kurils: (match: string) =>
		`“${match}” is read here as the four disputed islands: the article is about the dispute, and this sentence does not speak of the whole chain or its northern islands.`,
	/** Before the islands a paragraph refers back to ("the islands", "the territorial row"). */
	refersBack: 'refers back to',
	/** After a last paragraph the copied page itself cut off. */
	cutOff: 'The copy of this article stops here, mid-sentence.',
	/** Before a credit split off the end of a paragraph ("Jiji Press"). */
	credit: 'Credit:',
	/** The hint under the header. */
	passages: (n: number) =>
		`${n} passage${n === 1 ? '' : 's'} speak${n === 1 ? 's' : ''} of the islands; choose one to see its islands on the map.`,
	references: (n: number) =>
		n === 0
			? ''
			: ` ${n} more paragraph${n === 1 ? ' refers' : 's refer'} back to them without naming them.`
} as const;
