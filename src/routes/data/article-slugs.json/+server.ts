import { json } from '@sveltejs/kit';
import { ARTICLES } from '#lib/content/articles.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every article's slug and how many passages it has, nothing else: asked only by a page the static
 * host answered with 404 (or a client-side navigation), to tell a stale passage number (the article
 * exists) from a gone article, without a failed request (published.ts).
 */
export const GET: RequestHandler = () =>
	json(Object.fromEntries(ARTICLES.map((a) => [a.slug, a.passages.length])));
