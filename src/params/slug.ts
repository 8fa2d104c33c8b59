// /articles/<slug>: the slug syntax of the article data (src/lib/data/types.ts). A well-formed slug
// that names no article is a stale link, handled by the route's load (it lands on home); anything
// else was never a link to an article and is the 404 page.
import type { ParamMatcher } from '@sveltejs/kit';
import { isSlug } from '#lib/data/types.ts';

export const match = ((param: string) => isSlug(param)) satisfies ParamMatcher;
