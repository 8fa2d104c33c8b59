// The controls drawer (layers, viewpoint, timeline): open on wide screens and folded on phones,
// both decided by CSS while the reader has not touched it ('auto'), so the first paint never waits
// for script; opened or closed by its toggle, closed by Escape where it covers the map.

import { MediaQuery } from 'svelte/reactivity';

export type DrawerState = 'auto' | 'open' | 'closed';

/** Where the drawer stays open beside the map by default (the same query as the layout's CSS). */
export const WIDE_QUERY = '(min-width: 1100px) and (min-height: 501px)';

export class Drawer {
	state = $state<DrawerState>('auto');
	/** Its toggle, to take focus back when the drawer closes by key or by its close button. */
	toggle = $state<HTMLButtonElement | undefined>();
	// Only for aria-expanded while 'auto': the layout itself never waits for script.
	#wide = new MediaQuery(WIDE_QUERY, false);
	#onresize: () => void;

	/** @param onresize called after the drawer opened or closed: the uncovered box changed. */
	constructor(onresize: () => void) {
		this.#onresize = onresize;
	}

	get open(): boolean {
		return this.state === 'open' || (this.state === 'auto' && this.#wide.current);
	}

	set(open: boolean): void {
		this.state = open ? 'open' : 'closed';
		this.#onresize();
	}

	/** Closes it and gives focus back to its toggle. */
	close(): void {
		this.set(false);
		this.toggle?.focus();
	}

	/**
	 * Escape closes the drawer where it lies over the map (not on wide screens). For the window, in
	 * the capture phase: the island page also closes on Escape, and the drawer, on top, goes first.
	 */
	onkey(e: KeyboardEvent): void {
		if (e.key !== 'Escape' || !this.open || this.#wide.current) return;
		e.preventDefault();
		this.close();
	}
}
