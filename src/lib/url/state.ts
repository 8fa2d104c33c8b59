// The one owner of URL state: turns any URL into a valid AppState and an AppState into its one
// canonical link. Pure functions with no Svelte/SvelteKit imports, so routes, components, the
// prerenderer and the tests all share one codec. The scheme is documented in ./README.md.

import {
	isIslandId,
	isNameLead,
	isSlug,
	isOverlayId,
	isTimelineYear,
	isViewpoint,
	OVERLAY_IDS,
	type IslandId,
	type NameLead,
	type OverlayId,
	type TimelineYear,
	type Viewpoint
} from '#lib/data/types.ts';
import { isLocatablePlaceId } from '#lib/data/places.ts';

export { isSlug, MAX_SLUG_LENGTH } from '#lib/data/types.ts';

// The camera's type and canonical form are the map's (src/lib/map/camera-form.ts); the codec
// writes and reads them.
import {
	CAMERA_LIMITS,
	CAMERA_PRECISION,
	POINT_PRECISION,
	canonicalCamera,
	canonicalPoint,
	type Camera
} from '#lib/map/camera-form.ts';
export {
	CAMERA_LIMITS,
	CAMERA_PRECISION,
	MAX_LATITUDE,
	canonicalCamera,
	type Camera
} from '#lib/map/camera-form.ts';

export type View =
	| { kind: 'home' }
	| { kind: 'island'; id: IslandId }
	| { kind: 'article'; slug: string }
	// n is 1-based, as readers count passages.
	| { kind: 'passage'; slug: string; n: number }
	| { kind: 'about' }
	// The index of every article; `island` filters it to the articles that name that island
	// (`/articles?island=shikotan`), null lists them all.
	| { kind: 'articles'; island: IslandId | null }
	// Trying any article's text in the browser (`/articles/try`).
	| { kind: 'try' };

/**
 * The two ends of a distance measurement, `[lng, lat]` each in WGS84 degrees (`?measure=`). The
 * URL carries a finished measurement only: a first point still waiting for its second is not a link.
 */
export type Measure = [[number, number], [number, number]];

export interface AppState {
	view: View;
	/** null: the view decides the framing (home fits the dispute area, an island fits the island). */
	camera: Camera | null;
	/** In OVERLAY_IDS order, no duplicates. */
	overlays: OverlayId[];
	viewpoint: Viewpoint;
	year: TimelineYear;
	lead: NameLead;
	/**
	 * A place (not an island group) the reader looked up: marked and framed on the map. An id of
	 * LOCATABLE_PLACES (src/lib/data/places.ts), or null.
	 */
	place: string | null;
	embed: boolean;
	/** null: no measurement on screen. */
	measure: Measure | null;
}

export interface ParseOptions {
	/** The app's base path, e.g. '/kuril-explorer' (SvelteKit's `base`); '' or '/' for none. */
	base?: string;
	/** When given, a slug it rejects leads home instead of to a missing article. */
	isArticle?: (slug: string) => boolean;
	/** When given, passage numbers above it fall back to the article. */
	passageCount?: (slug: string) => number;
}

export interface SerializeOptions {
	base?: string;
}

// Not frozen: Svelte 5's $state proxies break on frozen objects (proxy invariants), and the app may
// well put a parsed state into $state. Every function here returns fresh objects instead.
export const DEFAULT_STATE: AppState = {
	view: { kind: 'home' },
	camera: null,
	overlays: [...OVERLAY_IDS],
	viewpoint: 'neutral',
	year: 2022,
	lead: 'both',
	place: null,
	embed: false,
	measure: null
};

/** Input beyond this is ignored, so a hostile link cannot make parsing slow. */
export const MAX_URL_LENGTH = 4096;

/** Decimals kept for a measured point, as for the camera's centre: about 1 m. */
export const MEASURE_PRECISION = POINT_PRECISION;

// Plain decimals only: Number() would also accept '0x1A', '1e3', ' 7', '' and 'Infinity', none of
// which any serializer of ours (or MapLibre's) writes, so they are treated as junk.
const DECIMAL_PATTERN = /^-?\d+(?:\.\d+)?$/;
// A safe integer without leading zeros, so String(n) gives back the same text.
const PASSAGE_PATTERN = /^[1-9]\d{0,15}$/;
const YEAR_PATTERN = /^\d{4}$/;

// Relative input is resolved against an origin that can never be a real host; only the path,
// query and hash are read, so the origin of absolute input (even javascript:) is irrelevant.
const DUMMY_ORIGIN = 'http://url-state.invalid';

// ---------------------------------------------------------------------------------------------
// Guards

/**
 * Whether a path segment is written as a passage number: digits without a leading zero. Any
 * length: a number past the article's end is a stale link (it lands on the article), while `0`,
 * `01` or `two` were never written by the app and are not links to anything (the router's 404).
 */
export function isPassageText(value: string): boolean {
	return /^[1-9]\d*$/.test(value);
}

function isPassageNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Extra keys would survive a spread but not a round trip through the URL.
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
	const own = Object.keys(value);
	return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

function inRange(value: unknown, [min, max]: readonly [number, number]): value is number {
	return typeof value === 'number' && value >= min && value <= max;
}

function isValidView(value: unknown): value is View {
	if (!isRecord(value)) return false;
	switch (value.kind) {
		case 'home':
		case 'about':
		case 'try':
			return hasExactKeys(value, ['kind']);
		case 'articles':
			return (
				hasExactKeys(value, ['kind', 'island']) &&
				(value.island === null || isIslandId(value.island))
			);
		case 'island':
			return hasExactKeys(value, ['kind', 'id']) && isIslandId(value.id);
		case 'article':
			return hasExactKeys(value, ['kind', 'slug']) && isSlug(value.slug);
		case 'passage':
			return (
				hasExactKeys(value, ['kind', 'slug', 'n']) && isSlug(value.slug) && isPassageNumber(value.n)
			);
		default:
			return false;
	}
}

function isValidCamera(value: unknown): value is Camera {
	return (
		isRecord(value) &&
		hasExactKeys(value, Object.keys(CAMERA_LIMITS)) &&
		(Object.keys(CAMERA_LIMITS) as (keyof Camera)[]).every((key) =>
			inRange(value[key], CAMERA_LIMITS[key])
		)
	);
}

function isValidMeasure(value: unknown): value is Measure {
	return (
		Array.isArray(value) &&
		value.length === 2 &&
		value.every(
			(point: unknown) =>
				Array.isArray(point) &&
				point.length === 2 &&
				inRange(point[0], CAMERA_LIMITS.lng) &&
				inRange(point[1], CAMERA_LIMITS.lat)
		)
	);
}

/**
 * Whether a value is a well-formed AppState: known ids, numbers in range, overlays in canonical
 * order without duplicates, no extra keys. Camera precision is not checked: see `canonical`.
 */
export function isValidState(value: unknown): value is AppState {
	if (!isRecord(value)) return false;
	if (!hasExactKeys(value, Object.keys(DEFAULT_STATE))) return false;
	const { view, camera, overlays, viewpoint, year, lead, place, embed, measure } = value;
	return (
		isValidView(view) &&
		(camera === null || isValidCamera(camera)) &&
		Array.isArray(overlays) &&
		overlays.every(isOverlayId) &&
		sameOverlays(
			overlays,
			OVERLAY_IDS.filter((id) => overlays.includes(id))
		) &&
		isViewpoint(viewpoint) &&
		isTimelineYear(year) &&
		isNameLead(lead) &&
		(place === null || isLocatablePlaceId(place)) &&
		typeof embed === 'boolean' &&
		(measure === null || isValidMeasure(measure))
	);
}

// ---------------------------------------------------------------------------------------------
// Canonical forms

/**
 * A measurement as the URL will carry it: each point rounded to MEASURE_PRECISION, longitude
 * wrapped into (-180, 180] and latitude clamped as the camera's; null for anything that is not two
 * points of two finite numbers.
 */
export function canonicalMeasure(measure: Measure | null | undefined): Measure | null {
	if (!Array.isArray(measure) || measure.length !== 2) return null;
	const points: [number, number][] = [];
	for (const point of measure as unknown[]) {
		if (!Array.isArray(point) || point.length !== 2) return null;
		const [lng, lat] = point as unknown[];
		const canonicalEnd = canonicalPoint(lng, lat);
		if (!canonicalEnd) return null;
		points.push(canonicalEnd);
	}
	const [a, b] = points;
	return a && b ? [a, b] : null;
}

function canonicalView(view: View | null | undefined): View {
	if (!isRecord(view)) return { kind: 'home' };
	switch (view.kind) {
		case 'island':
			return isIslandId(view.id) ? { kind: 'island', id: view.id } : { kind: 'home' };
		case 'article':
			return isSlug(view.slug) ? { kind: 'article', slug: view.slug } : { kind: 'home' };
		case 'passage':
			if (!isSlug(view.slug)) return { kind: 'home' };
			return isPassageNumber(view.n)
				? { kind: 'passage', slug: view.slug, n: view.n }
				: { kind: 'article', slug: view.slug };
		case 'about':
			return { kind: 'about' };
		case 'articles':
			return { kind: 'articles', island: isIslandId(view.island) ? view.island : null };
		case 'try':
			return { kind: 'try' };
		default:
			return { kind: 'home' };
	}
}

/**
 * The state a link can carry: fresh objects, camera rounded (see canonicalCamera), overlays in
 * canonical order, anything invalid replaced by its default. `parseUrl(serializeUrl(s))` deep-equals
 * `canonical(s)` for every s, and parseUrl only ever returns canonical states.
 */
export function canonical(state: AppState): AppState {
	const s: Partial<AppState> = isRecord(state) ? state : {};
	const overlays = Array.isArray(s.overlays) ? s.overlays : DEFAULT_STATE.overlays;
	return {
		view: canonicalView(s.view),
		camera: canonicalCamera(s.camera),
		overlays: OVERLAY_IDS.filter((id) => overlays.includes(id)),
		viewpoint: isViewpoint(s.viewpoint) ? s.viewpoint : DEFAULT_STATE.viewpoint,
		year: isTimelineYear(s.year) ? s.year : DEFAULT_STATE.year,
		lead: isNameLead(s.lead) ? s.lead : DEFAULT_STATE.lead,
		place: isLocatablePlaceId(s.place) ? s.place : null,
		embed: s.embed === true,
		measure: canonicalMeasure(s.measure)
	};
}

// ---------------------------------------------------------------------------------------------
// Parsing

function normaliseBase(base: string | undefined): string {
	if (!base) return '';
	const trimmed = base.replace(/\/+$/, '');
	if (trimmed === '') return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function toUrl(input: unknown): URL | null {
	const text = typeof input === 'string' ? input : input instanceof URL ? input.href : '';
	try {
		return new URL(text.slice(0, MAX_URL_LENGTH), DUMMY_ORIGIN);
	} catch {
		// Only absolute input can fail (e.g. 'http://[' or a host with a space); nothing to salvage.
		return null;
	}
}

function decodeSegment(segment: string): string | null {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

function parseView(pathname: string, params: URLSearchParams, options: ParseOptions): View {
	const home: View = { kind: 'home' };
	const base = normaliseBase(options.base);
	let path = pathname;
	if (base !== '') {
		if (path === base) path = '/';
		else if (path.startsWith(`${base}/`)) path = path.slice(base.length);
		else return home;
	}
	// Empty segments are dropped, which is what makes trailing (and doubled) slashes harmless.
	const segments: string[] = [];
	for (const raw of path.split('/')) {
		if (raw === '') continue;
		const segment = decodeSegment(raw);
		if (segment === null) return home;
		segments.push(segment);
	}
	const [first, second, third, fourth, ...rest] = segments;
	if (first === undefined) return home;
	if (first === 'about') return second === undefined ? { kind: 'about' } : home;
	if (first === 'islands') {
		return isIslandId(second) && third === undefined ? { kind: 'island', id: second } : home;
	}
	if (first === 'articles' && second === undefined) {
		// An island no article could name (or any other value) lists every article.
		const island = params.get('island');
		return { kind: 'articles', island: isIslandId(island) ? island : null };
	}
	if (first === 'articles' && second === 'try') return third === undefined ? { kind: 'try' } : home;
	if (first !== 'articles' || !isSlug(second)) return home;
	if (options.isArticle && !options.isArticle(second)) return home;
	const article: View = { kind: 'article', slug: second };
	if (third === undefined) return article;
	if (third !== 'passages' || rest.length > 0) return home;
	// A passage link whose number is gone or stale still lands on its article.
	if (fourth === undefined || !PASSAGE_PATTERN.test(fourth)) return article;
	const n = Number(fourth);
	if (!Number.isSafeInteger(n)) return article;
	if (options.passageCount && !(n <= options.passageCount(second))) return article;
	return { kind: 'passage', slug: second, n };
}

function parseCameraText(text: string): Camera | null {
	const parts = text.split('/');
	if (parts.length !== 3 && parts.length !== 5) return null;
	if (!parts.every((part) => DECIMAL_PATTERN.test(part))) return null;
	const [zoom = NaN, lat = NaN, lng = NaN, bearing = 0, pitch = 0] = parts.map(Number);
	const camera: Camera = { zoom, lat, lng, bearing, pitch };
	// All or nothing: half a camera would put the map somewhere nobody linked to.
	if (!isValidCamera(camera)) return null;
	return canonicalCamera(camera);
}

/**
 * The camera in a location hash (`#map=zoom/lat/lng[/bearing/pitch]`, among other `&`-separated
 * entries, first `map=` wins), or null. For `hashchange` handlers; parseUrl uses the same rules.
 */
export function hashToCamera(hash: string): Camera | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const entry = body
		.slice(0, MAX_URL_LENGTH)
		.split('&')
		.find((part) => part.startsWith('map='));
	return entry === undefined ? null : parseCameraText(entry.slice('map='.length));
}

/**
 * `lng,lat~lng,lat`, plain decimals within the camera's limits; anything else (one point, three,
 * a blank, an exponent, a latitude of 91) is no measurement at all, never half of one.
 */
export function parseMeasure(value: string | null): Measure | null {
	if (value === null) return null;
	const points = value.split('~');
	if (points.length !== 2) return null;
	const parsed: [number, number][] = [];
	for (const point of points) {
		const parts = point.split(',');
		if (parts.length !== 2 || !parts.every((part) => DECIMAL_PATTERN.test(part))) return null;
		parsed.push([Number(parts[0]), Number(parts[1])]);
	}
	const measure = parsed as Measure;
	return isValidMeasure(measure) ? canonicalMeasure(measure) : null;
}

/** `lng,lat~lng,lat` for a measurement (canonicalised first), '' for none. */
export function formatMeasure(measure: Measure | null | undefined): string {
	const m = canonicalMeasure(measure);
	if (m === null) return '';
	return m.map((point) => point.map((n) => formatNumber(n, MEASURE_PRECISION)).join(',')).join('~');
}

function parseOverlays(value: string | null): OverlayId[] {
	if (value === null) return [...DEFAULT_STATE.overlays];
	const wanted = new Set(value.split(',').map((id) => id.trim()));
	return OVERLAY_IDS.filter((id) => wanted.has(id));
}

function parseYear(value: string | null): TimelineYear {
	if (value === null || !YEAR_PATTERN.test(value)) return DEFAULT_STATE.year;
	const year = Number(value);
	return isTimelineYear(year) ? year : DEFAULT_STATE.year;
}

/**
 * The state a URL describes. Never throws, whatever the string; anything it cannot read falls
 * back to its default (unknown path → home, bad camera → null, unknown query value → default).
 */
export function parseUrl(input: string | URL, options: ParseOptions = {}): AppState {
	const url = toUrl(input);
	if (url === null) return canonical(DEFAULT_STATE);
	// URLSearchParams decodes leniently (a broken %-escape stays as typed) and never throws.
	const params = new URLSearchParams(url.search);
	const viewpoint = params.get('view');
	const lead = params.get('lead');
	const embed = params.get('embed');
	const place = params.get('place');
	return {
		view: parseView(url.pathname, params, options),
		camera: hashToCamera(url.hash),
		overlays: parseOverlays(params.get('overlays')),
		viewpoint: isViewpoint(viewpoint) ? viewpoint : DEFAULT_STATE.viewpoint,
		year: parseYear(params.get('year')),
		lead: isNameLead(lead) ? lead : DEFAULT_STATE.lead,
		place: isLocatablePlaceId(place) ? place : null,
		embed: embed === '1' || embed === 'true',
		measure: parseMeasure(params.get('measure'))
	};
}

// ---------------------------------------------------------------------------------------------
// Serializing

// toFixed keeps the rounding identical to `round`; trailing zeros only lengthen links.
function formatNumber(value: number, decimals: number): string {
	return value.toFixed(decimals).replace(/\.?0+$/, '');
}

/** `#map=zoom/lat/lng[/bearing/pitch]` for a camera (canonicalised first), '' for none. */
export function cameraToHash(camera: Camera | null | undefined): string {
	const c = canonicalCamera(camera);
	if (c === null) return '';
	const keys: (keyof Camera)[] =
		c.bearing === 0 && c.pitch === 0
			? ['zoom', 'lat', 'lng']
			: ['zoom', 'lat', 'lng', 'bearing', 'pitch'];
	return `#map=${keys.map((key) => formatNumber(c[key], CAMERA_PRECISION[key])).join('/')}`;
}

/** The path of a view (invalid views give the home path), prefixed with base. */
export function viewPath(view: View, base?: string): string {
	const prefix = normaliseBase(base);
	const v = canonicalView(view);
	switch (v.kind) {
		case 'home':
			return `${prefix}/`;
		case 'island':
			return `${prefix}/islands/${v.id}`;
		case 'article':
			return `${prefix}/articles/${v.slug}`;
		case 'passage':
			return `${prefix}/articles/${v.slug}/passages/${v.n}`;
		case 'about':
			return `${prefix}/about`;
		case 'articles':
			return `${prefix}/articles`;
		case 'try':
			return `${prefix}/articles/try`;
	}
}

function sameOverlays(a: readonly OverlayId[], b: readonly OverlayId[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Only non-default values, in a fixed key order, so equal states give byte-equal links. */
function serializeQuery(s: AppState): string {
	const parts: string[] = [];
	// Part of the view (the index's filter), so it comes first.
	if (s.view.kind === 'articles' && s.view.island !== null) parts.push(`island=${s.view.island}`);
	if (!sameOverlays(s.overlays, DEFAULT_STATE.overlays))
		parts.push(`overlays=${s.overlays.join(',')}`);
	if (s.viewpoint !== DEFAULT_STATE.viewpoint) parts.push(`view=${s.viewpoint}`);
	if (s.year !== DEFAULT_STATE.year) parts.push(`year=${s.year}`);
	if (s.lead !== DEFAULT_STATE.lead) parts.push(`lead=${s.lead}`);
	if (s.place !== null) parts.push(`place=${s.place}`);
	if (s.embed) parts.push('embed=1');
	if (s.measure) parts.push(`measure=${formatMeasure(s.measure)}`);
	return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * The canonical link for a state: path (from base, or '/') + `?query` + `#hash`, relative to the
 * origin. Invalid parts are canonicalised first, so this never throws either.
 */
export function serializeUrl(state: AppState, options: SerializeOptions = {}): string {
	const s = canonical(state);
	return viewPath(s.view, options.base) + serializeQuery(s) + cameraToHash(s.camera);
}

// ---------------------------------------------------------------------------------------------
// Helpers for the app

/** Whether two states give the same link (cameras equal at the URL's precision). */
export function sameState(a: AppState, b: AppState): boolean {
	return serializeUrl(a) === serializeUrl(b);
}

/**
 * The state with another view. A camera belongs to the view it was taken on, so changing view
 * drops it (null: the new view frames itself, e.g. an island is fitted); the same view keeps it.
 * A place looked up is framed by the view it was found on, so it goes with the camera.
 */
export function withView(state: AppState, view: View): AppState {
	const next = canonicalView(view);
	const same = viewPath(next) === viewPath(state.view);
	return {
		...state,
		overlays: [...state.overlays],
		measure: canonicalMeasure(state.measure),
		view: next,
		camera: same && state.camera ? { ...state.camera } : null,
		place: same ? state.place : null
	};
}

// The path helpers are for links the app builds from its own data, so a bad id is a bug to surface
// (at prerender time), not a link to quietly send home.

export function islandPath(id: IslandId, base?: string): string {
	if (!isIslandId(id)) throw new RangeError(`Not an island id: ${JSON.stringify(id)}`);
	return viewPath({ kind: 'island', id }, base);
}

export function articlePath(slug: string, base?: string): string {
	if (!isSlug(slug)) throw new RangeError(`Not an article slug: ${JSON.stringify(slug)}`);
	return viewPath({ kind: 'article', slug }, base);
}

export function passagePath(slug: string, n: number, base?: string): string {
	if (!isSlug(slug)) throw new RangeError(`Not an article slug: ${JSON.stringify(slug)}`);
	if (!isPassageNumber(n)) throw new RangeError(`Not a passage number: ${String(n)}`);
	return viewPath({ kind: 'passage', slug, n }, base);
}
