// Which article slugs and passage numbers exist, for the URL codec: an unknown slug opens the home
// view and an unknown passage number its article, instead of an error page.
import { getArticle } from '#lib/content/articles.ts';

export function articleExists(slug: string): boolean {
	return getArticle(slug) !== undefined;
}

export function passageCount(slug: string): number {
	return getArticle(slug)?.passages.length ?? 0;
}
