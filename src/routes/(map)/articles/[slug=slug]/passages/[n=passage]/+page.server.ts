// Only the list of pages to prerender; the article comes through +page.ts (see the article page).
import { ARTICLES } from '#lib/content/articles.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	ARTICLES.flatMap((a) => a.passages.map((p) => ({ slug: a.slug, n: String(p.n) })));
