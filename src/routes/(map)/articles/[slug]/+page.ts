import { error } from '@sveltejs/kit';
import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ARTICLES.map((a) => ({ slug: a.slug }));

export const load: PageLoad = ({ params }) => {
	if (!getArticle(params.slug)) error(404, `There is no article "${params.slug}" here.`);
	return { slug: params.slug, n: null };
};
