// Which islands a view puts forward on the map: the chosen island, or those a passage speaks of.
// A text tried at /articles/try is in no URL, so that page hands its islands to the layout through
// a context instead (draftHighlight).
import { createContext } from 'svelte';
import { getArticle } from '#lib/content/articles.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { View } from '#lib/url/state.ts';

export function highlightedIslands(view: View): IslandId[] {
	if (view.kind === 'island') return [view.id];
	if (view.kind === 'passage')
		return getArticle(view.slug)?.passages.find((p) => p.n === view.n)?.islands ?? [];
	return [];
}

/** Set by the map layout; the try page tells it which islands its text names. */
export interface DraftHighlight {
	set(islands: IslandId[]): void;
}

export const [getDraftHighlight, setDraftHighlight] = createContext<DraftHighlight>();
