import { json } from '@sveltejs/kit';
import { ARTICLES } from '#lib/content/articles.ts';
import { articleIndex } from '#lib/content/article-index.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every row of /articles: the page itself carries only its first rows, and fetches this when the
 * reader filters by island or asks for more.
 */
export const GET: RequestHandler = () => json(articleIndex(ARTICLES));
