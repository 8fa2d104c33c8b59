// The app's URL state at run time: the one place that reads the URL into an AppState and writes
// AppStates back. The scheme itself is the pure codec in state.ts; this module ties it to
// SvelteKit's router. Choosing an island or passage is a navigation (a history entry); overlays,
// viewpoint, year, lead and camera replace the current entry, so back and forward walk what the
// reader chose to look at, not every pan.

import { goto, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { browser } from '$app/env';
import {
	parseUrl,
	sameState,
	serializeUrl,
	withView,
	type AppState,
	type Camera,
	type View
} from './state.ts';
import { articleExists, passageCount } from './content-index.ts';

/** The base path the site is served from ('' at the root), from the Kit config. */
export function basePath(): string {
	return resolve('/(map)').replace(/\/$/, '');
}

const options = () => ({ base: basePath(), isArticle: articleExists, passageCount });

/**
 * The state the current URL describes. Settings and camera change the URL by shallow routing
 * (replaceState), which leaves `page.url` at the last full navigation's; the shallow URL is kept in
 * `page.state.href`, which Kit stores with the history entry, so back and forward restore it too.
 * During prerendering the query and hash do not exist (Kit forbids reading them), so the server
 * renders each page in its default state.
 */
export function currentState(): AppState {
	if (!browser) return parseUrl(page.url.pathname, options());
	return parseUrl(page.state.href ?? page.url.href, options());
}

/** A link to `view`, keeping the reader's overlays, viewpoint, year and lead (not the camera). */
export function hrefFor(view: View, from: AppState = currentState()): string {
	return serializeUrl(withView(from, view), { base: basePath() });
}

export function hrefForState(state: AppState): string {
	return serializeUrl(state, { base: basePath() });
}

/** Go to another island, article or passage: a new history entry. */
export function navigateTo(view: View): Promise<void> {
	cancelPendingCamera();
	return goto(hrefFor(view));
}

/** Change what is shown on the same view without a new history entry. */
export function updateState(patch: Partial<Omit<AppState, 'view'>>): Promise<void> {
	// A camera recorded before this change must not land after it and undo a reframing.
	if ('camera' in patch && patch.camera === null) cancelPendingCamera();
	const current = currentState();
	const next = { ...current, ...patch };
	if (sameState(current, next)) return Promise.resolve();
	const href = hrefForState(next);
	// A plain string, not a URL object: page.state is serialised into the history entry.
	replaceState(href, { href: location.origin + href });
	return Promise.resolve();
}

let pendingCamera: Camera | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Drops a camera not yet written, e.g. when the reader navigates before it lands. */
export function cancelPendingCamera() {
	clearTimeout(timer);
	timer = undefined;
	pendingCamera = null;
}

/**
 * Records the camera in the URL hash once the map has settled. Throttled: browsers limit how often
 * history may be rewritten (Safari allows 100 calls per 30 s), and a pan emits many moves.
 */
export function recordCamera(camera: Camera): void {
	pendingCamera = camera;
	if (timer) return;
	// A camera belongs to the history entry it was seen on; if the reader has gone elsewhere
	// (back, forward, a link) by the time it would be written, it is dropped.
	const entry = location.pathname;
	timer = setTimeout(() => {
		timer = undefined;
		const camera = pendingCamera;
		pendingCamera = null;
		if (camera && location.pathname === entry) void updateState({ camera });
	}, 250);
}
