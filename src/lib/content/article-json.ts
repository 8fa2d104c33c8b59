// An article as /data/articles/<slug>.json carries it: without the text it repeats. A link's
// `match` is its paragraph's (or caption's) text between its offsets, and a passage's `text` the
// article's cleaned text between its offsets (src/lib/content/schema.ts checks both when the article
// is read), so the file leaves them out and the page's load puts them back, the same on the server
// and in the browser. The file is inlined into every page of the article in every language.
import {
	cleanedText,
	type Article,
	type Caption,
	type IslandLink,
	type Paragraph
} from './model.ts';

type PackedLink = Omit<IslandLink, 'match'>;
export type PackedArticle = Omit<Article, 'paragraphs' | 'captions' | 'passages'> & {
	paragraphs: (Omit<Paragraph, 'links'> & { links: PackedLink[] })[];
	captions: (Omit<Caption, 'links'> & { links: PackedLink[] })[];
	passages: Omit<Article['passages'][number], 'text'>[];
};

const packLinks = (links: readonly IslandLink[]): PackedLink[] =>
	links.map(({ match: _, ...link }) => link);

const unpackLinks = (text: string, links: readonly PackedLink[]): IslandLink[] =>
	links.map((l) => ({ ...l, match: text.slice(l.start, l.end) }));

export function packArticle(article: Article): PackedArticle {
	return {
		...article,
		paragraphs: article.paragraphs.map((p) => ({ ...p, links: packLinks(p.links) })),
		captions: article.captions.map((c) => ({ ...c, links: packLinks(c.links) })),
		passages: article.passages.map(({ text: _, ...p }) => p)
	};
}

export function unpackArticle(packed: PackedArticle): Article {
	const paragraphs = packed.paragraphs.map((p) => ({ ...p, links: unpackLinks(p.text, p.links) }));
	const captions = packed.captions.map((c) => ({ ...c, links: unpackLinks(c.text, c.links) }));
	const text = cleanedText({ title: packed.title, dek: packed.dek, paragraphs });
	return {
		...packed,
		paragraphs,
		captions,
		passages: packed.passages.map((p) => ({ ...p, text: text.slice(p.start, p.end) }))
	};
}
