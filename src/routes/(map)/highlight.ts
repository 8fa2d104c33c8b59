// Which islands a view puts forward on the map: the chosen island, or those a passage speaks of.
import { getArticle } from '#lib/content/articles.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { View } from '#lib/url/state.ts';

export function highlightedIslands(view: View): IslandId[] {
	if (view.kind === 'island') return [view.id];
	if (view.kind === 'passage')
		return getArticle(view.slug)?.passages.find((p) => p.n === view.n)?.islands ?? [];
	return [];
}
