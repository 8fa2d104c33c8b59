import { json } from '@sveltejs/kit';
import { ARTICLES } from '#lib/content/articles.ts';
import { FIRST_VIEW, summarise, type NewestArticles } from '#lib/content/published.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The home page's list: the newest few, not the archive (/articles lists them all). */
export const GET: RequestHandler = () =>
	json({
		newest: ARTICLES.slice(0, FIRST_VIEW.newestArticles).map(summarise),
		total: ARTICLES.length
	} satisfies NewestArticles);
