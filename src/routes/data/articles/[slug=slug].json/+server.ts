import { error, json } from '@sveltejs/kit';
import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ARTICLES.map((a) => ({ slug: a.slug }));

export const GET: RequestHandler = ({ params }) => {
	const article = getArticle(params.slug);
	if (!article) error(404, 'No such article');
	return json(article);
};
