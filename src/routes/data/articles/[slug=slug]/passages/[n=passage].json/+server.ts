import { error, json } from '@sveltejs/kit';
import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import { excerptOf } from '#lib/content/published.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// One file per passage, the same in every language (a quote is verbatim): what a passage's page
// loads and inlines instead of its whole article.
export const entries: EntryGenerator = () =>
	ARTICLES.flatMap((a) => a.passages.map((p) => ({ slug: a.slug, n: String(p.n) })));

export const GET: RequestHandler = ({ params }) => {
	const article = getArticle(params.slug);
	const excerpt = article && excerptOf(article, Number(params.n));
	if (!excerpt) error(404, 'No such passage');
	return json(excerpt);
};
