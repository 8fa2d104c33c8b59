import { json } from '@sveltejs/kit';
import { ARTICLES } from '#lib/content/articles.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every article's slug and nothing else: asked only by a page the static host answered with 404,
 * to tell a stale passage number (the article exists) from a gone article (published.ts).
 */
export const GET: RequestHandler = () => json(ARTICLES.map((a) => a.slug));
