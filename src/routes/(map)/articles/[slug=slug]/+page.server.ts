// Only the list of pages to prerender: the article itself reaches the page through +page.ts, from
// the prerendered JSON (src/lib/content/published.ts). No server load, so no __data.json.
import { ARTICLES } from '#lib/content/articles.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => ARTICLES.map((a) => ({ slug: a.slug }));
