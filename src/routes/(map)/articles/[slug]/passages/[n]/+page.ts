import { error } from '@sveltejs/kit';
import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	ARTICLES.flatMap((a) => a.passages.map((p) => ({ slug: a.slug, n: String(p.n) })));

export const load: PageLoad = ({ params }) => {
	const article = getArticle(params.slug);
	const n = Number(params.n);
	if (!article || !/^[1-9]\d*$/.test(params.n) || !article.passages.some((p) => p.n === n))
		error(404, `There is no passage ${params.n} in "${params.slug}".`);
	return { slug: params.slug, n };
};
