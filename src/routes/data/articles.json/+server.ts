import { json } from '@sveltejs/kit';
import { ARTICLES } from '#lib/content/articles.ts';
import { summarise } from '#lib/content/published.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(ARTICLES.map(summarise));
