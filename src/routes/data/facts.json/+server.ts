import { json } from '@sveltejs/kit';
import { localiseFacts } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every island's figures with their labels and "Sources disagree" notes in the page's language
 * (/ja/data/facts.json): the island panel and /about's table. As data, so no page's JavaScript
 * carries the facts' prose.
 */
export const GET: RequestHandler = () => json(localiseFacts(translator('facts')));
