// What the app shows: the page the router matched (./view.ts) and the settings and camera the URL's
// query and hash carry (src/lib/url/state.ts), put together into one state, and a state's link
// taken apart again: the path from the router, the rest from the URL codec. Pure apart from Kit's
// `resolve()`, so it is unit-tested.

import {
	DEFAULT_STATE,
	canonicalMeasure,
	serializeUrlState,
	type UrlState
} from '#lib/url/state.ts';
import { pathOf, samePage, viewOf, type Route, type View } from './view.ts';

export type { Route, View } from './view.ts';

/** The page shown and what the link says about it; the index's filter lives in its view. */
export interface AppState extends Omit<UrlState, 'island'> {
	view: View;
}

/** The map with nothing chosen and every setting at its default: the bare `/`. */
export function defaultAppState(): AppState {
	return appState(
		{ id: null, params: {} },
		{ ...DEFAULT_STATE, overlays: [...DEFAULT_STATE.overlays] }
	);
}

/** The state of a matched route (Kit's `page.route.id` and `page.params`) and its URL's state. */
export function appState(route: Route, url: UrlState): AppState {
	const { island, ...rest } = url;
	return { ...rest, view: viewOf(route, island) };
}

/** The query and hash part of a state: the index's filter is written on the index only. */
export function urlStateOf(state: AppState): UrlState {
	const { view, ...rest } = state;
	return { ...rest, island: view.kind === 'articles' ? view.island : null };
}

/**
 * The canonical link of a state, from the site root: the router's path for the view (under the
 * base path), then the URL codec's `?query#hash`.
 */
export function linkOf(state: AppState): string {
	return pathOf(state.view) + serializeUrlState(urlStateOf(state));
}

/**
 * The state with another view. A camera belongs to the page it was taken on, so changing page
 * drops it (null: the new view frames itself, e.g. an island is fitted); the same page keeps it.
 * A place looked up is framed by the page it was found on, so it goes with the camera.
 */
export function withView(state: AppState, view: View): AppState {
	const same = samePage(view, state.view);
	return {
		...state,
		overlays: [...state.overlays],
		measure: canonicalMeasure(state.measure),
		view: { ...view },
		camera: same && state.camera ? { ...state.camera } : null,
		place: same ? state.place : null
	};
}
