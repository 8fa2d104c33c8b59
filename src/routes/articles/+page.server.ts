// The index is built once, at prerender time, from the one article loader; the page ships these
// short rows as data, never the articles' bodies (nor the loader).
import { ARTICLES } from '#lib/content/articles.ts';
import { articleIndex } from '#lib/content/article-index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ entries: articleIndex(ARTICLES) });
