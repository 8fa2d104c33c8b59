// Which islands the map puts forward comes with each map page's data (`highlighted`, set by its
// load). A text tried at /articles/try is in no URL and no load, so that page hands its islands to
// the layout through a context instead.
import { createContext } from 'svelte';
import type { IslandId } from '#lib/data/types.ts';

/** Set by the map layout; the try page tells it which islands its text names. */
export interface DraftHighlight {
	set(islands: IslandId[]): void;
}

export const [getDraftHighlight, setDraftHighlight] = createContext<DraftHighlight>();
