// The app's URL state at run time: the one object that reads the URL and writes it back. The page
// is SvelteKit's route (read and built by src/lib/routing/), the query and hash are the pure codec
// in state.ts; this ties both to the router. Components, layouts and routes read `app.state`
// (derived once per URL change, not once per component) and change it through `app.navigate` and
// `app.update`. Nothing here reads or writes a path itself.
//
// Choosing an island or passage is a navigation (a history entry); overlays, viewpoint, year, lead
// and camera replace the current entry, so back and forward walk what the reader chose to look at,
// not every pan. Nothing here imports article or map code: a link's existence is checked by the
// routes that own the content (src/routes/(map)/articles/**/+page.ts), which call `app.fallback`.

import { afterNavigate, beforeNavigate, goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { browser } from '$app/env';
import { redirect } from '@sveltejs/kit';
import { effectiveLead } from '#lib/data/names.ts';
import { getLocale } from '#lib/i18n/locale.ts';
import type { NameLead } from '#lib/data/types.ts';
import { absoluteUrl } from '#lib/site.ts';
import { LANDED } from '#lib/strings/links.ts';
import {
	appState,
	defaultAppState,
	linkOf,
	withView,
	type AppState,
	type View
} from '#lib/routing/app-state.ts';
import { pathOf } from '#lib/routing/view.ts';
import { readableHash } from './repair.ts';
import { parseUrlState, type Camera } from './state.ts';

export type { AppState, View } from '#lib/routing/app-state.ts';

/** How long the map must be still before its camera is written (see `recordCamera`). */
export const CAMERA_THROTTLE_MS = 250;

export type StatePatch = Partial<Omit<AppState, 'view'>>;

export class AppUrl {
	/**
	 * Shallow changes (settings, camera) leave `page.url` at the last full navigation's; the shallow
	 * URL is kept in `page.state.href`, which Kit stores with the history entry, so back and forward
	 * restore it too. While prerendering the query and hash do not exist (Kit forbids reading them),
	 * so the server renders each page in its default state.
	 */
	#href = $derived(browser ? (page.state.href ?? page.url.href) : page.url.pathname);

	// The page is the route Kit matched (null on the 404 page: read as home); a shallow change never
	// changes the page, so only the query and hash are read from the shallow URL.
	#state = $derived(
		appState({ id: page.route.id, params: page.params }, parseUrlState(this.#href))
	);

	/** The state the current URL describes: always valid and canonical. Read it; do not mutate it. */
	get state(): AppState {
		return this.#state;
	}

	/**
	 * The address as the reader sees it, shallow changes included (path, query and hash; the path
	 * only while prerendering). A camera still waiting for the throttle is not in it yet: call
	 * flushCamera first where that matters (the language switcher does).
	 */
	get currentHref(): string {
		return this.#href;
	}

	// The language comes from the path, which only a full load changes (the switcher's links reload).
	#lead = $derived(effectiveLead(this.#state.lead, this.#state.viewpoint, getLocale()));

	/**
	 * Which name leads on screen: the reader's choice, else the page language's, else the
	 * viewpoint's (see effectiveLead).
	 */
	get lead(): NameLead {
		return this.#lead;
	}

	/** A link to `view`, keeping the reader's overlays, viewpoint, year and lead (not the camera). */
	href(view: View, from: AppState = this.state): string {
		return linkOf(withView(from, view));
	}

	/** The canonical link (path, query, hash, under the base) for any state. */
	hrefOf(state: AppState): string {
		return linkOf(state);
	}

	/** The absolute canonical URL of a view in its default state: `<link rel="canonical">`, og:url. */
	canonicalUrl(view: View): string {
		return absoluteUrl(this.href(view, defaultAppState()));
	}

	/**
	 * The absolute link "Share this view" hands out: what is on screen (a camera still waiting for
	 * the throttle included), in canonical form, so unknown keys (`utm_source`, …) and
	 * non-canonical spellings in the address bar are not passed on. Browser only.
	 */
	shareUrl(): string {
		this.flushCamera();
		return location.origin + this.hrefOf({ ...this.state, embed: false });
	}

	/** The same as shareUrl, in embed mode (`embed=1`): the iframe's src. Browser only. */
	embedUrl(): string {
		this.flushCamera();
		return location.origin + this.hrefOf({ ...this.state, embed: true });
	}

	/**
	 * Go to another island, article or passage: a new history entry. A camera still waiting for the
	 * throttle is written onto the entry being left first, so Back brings the view the reader left
	 * (dropping it would leave an older camera there: a tap within a quarter second of a refit came
	 * Back to the framing before the refit).
	 */
	navigate(view: View): Promise<void> {
		this.flushCamera();
		return goto(this.href(view));
	}

	/**
	 * Frame and mark a place the reader looked up (not an island group: those have pages): the map
	 * with `?place=<id>`, a new history entry. The camera is let go so the map frames the place (a
	 * camera still waiting is written onto the entry being left, as in `navigate`).
	 */
	showPlace(id: string): Promise<void> {
		this.flushCamera();
		const home = withView(this.state, { kind: 'home' });
		return goto(this.hrefOf({ ...home, place: id, camera: null }));
	}

	/** Change what is shown on the same view without a new history entry. */
	update(patch: StatePatch): void {
		// A camera recorded before this change must not land after it and undo a reframing.
		if ('camera' in patch && patch.camera === null) this.cancelCamera();
		const current = this.state;
		const href = this.hrefOf({ ...current, ...patch });
		if (href === this.hrefOf(current)) return;
		// A plain string, not a URL object: page.state is serialised into the history entry.
		replaceState(href, { href: location.origin + href });
	}

	#pendingCamera: Camera | null = null;
	#pendingPath = '';
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Records the camera in the URL hash once the map has been still for a moment. Throttled:
	 * browsers limit how often history may be rewritten (Safari allows 100 calls per 30 s), and a
	 * pan emits many moves. A link shared meanwhile flushes it first (shareUrl).
	 */
	recordCamera(camera: Camera): void {
		// A camera belongs to the history entry it was seen on; if the reader has gone elsewhere
		// (back, forward, a link) by the time it would be written, it is dropped.
		if (this.#timer === undefined) this.#pendingPath = location.pathname;
		this.#pendingCamera = camera;
		if (this.#timer !== undefined) return;
		this.#timer = setTimeout(() => this.flushCamera(), CAMERA_THROTTLE_MS);
	}

	/** Writes a camera still waiting for the throttle now (before a link is shared). */
	flushCamera(): void {
		const camera = this.#pendingCamera;
		const path = this.#pendingPath;
		this.cancelCamera();
		// After back or forward the address bar is the new entry's at once, while `state` is the old
		// page's until the router has caught up: a camera the old page's map reported then would write
		// the old page's path over the new entry. The router has caught up when its URL is the address
		// bar's, or when the address bar already is the state's page.
		const caughtUp =
			page.url.pathname === location.pathname || pathOf(this.state.view) === location.pathname;
		if (camera && location.pathname === path && caughtUp) this.update({ camera });
	}

	/** Drops a camera not yet written, e.g. when the reader navigates before it lands. */
	cancelCamera(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#pendingCamera = null;
	}

	/** Said once after a link landed on its fallback; see `fallback`. */
	#notice = $state<string | null>(null);
	#nextNotice: string | null = null;

	/** What the reader is told about the link that brought them here, or null. */
	get notice(): string | null {
		return this.#notice;
	}

	dismissNotice(): void {
		this.#notice = null;
	}

	/**
	 * For a route's load, when the link names an article or passage that is not (or no longer)
	 * here: leaves for `view` (home for an article, the article for a passage: src/lib/url/README.md),
	 * keeping the reader's settings from the query, and tells the reader once it has landed. The
	 * static host served 404.html for the missing page; the client router runs this load and the
	 * redirect replaces the address bar's URL. Never returns.
	 */
	fallback(url: URL, view: View): never {
		// Not the hash: Kit forbids reading it in a load. The camera would not fit the new view anyway,
		// nor would a place found on the page that is gone.
		const settings = appState({ id: null, params: {} }, parseUrlState(url.search));
		// Only in the browser: on a server this object is shared by every request.
		if (browser) this.#nextNotice = view.kind === 'home' ? LANDED.articleGone : LANDED.passageGone;
		redirect(307, linkOf({ ...settings, view, camera: null, place: null }));
	}

	/**
	 * Ties the object to the router's lifecycle; call once, from the root layout's script. A camera
	 * seen on the page being left must not be written onto the next; a link with a hash the router
	 * cannot decode is repaired; a notice is shown after the navigation that caused it and cleared
	 * by the next one.
	 */
	connect(): void {
		beforeNavigate(({ type, to, cancel }) => {
			// `app.navigate` cancels before its own goto.
			if (type !== 'goto') this.cancelCamera();
			// A link whose hash Kit cannot decode would throw inside the router (see repair.ts): go to
			// the same place with the camera it holds instead.
			const url = to?.url;
			if (!url || url.origin !== location.origin || (type !== 'link' && type !== 'goto')) return;
			const hash = readableHash(url.hash);
			if (hash === undefined) return;
			cancel();
			void goto(url.pathname + url.search + hash);
		});
		afterNavigate(() => {
			this.#notice = this.#nextNotice;
			this.#nextNotice = null;
		});
	}
}

// Typed explicitly so that TypeScript narrows after `app.fallback(…)`, which never returns.
/** The app's one URL owner. */
export const app: AppUrl = new AppUrl();
