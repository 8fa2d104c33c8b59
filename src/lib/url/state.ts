// The URL's query and hash: turns any query and hash into a valid UrlState and a state into its one
// canonical `?query#hash`. The path is not read or written here: which page a URL is, and the path
// of a page, are SvelteKit's routing (src/lib/routing/view.ts). Pure functions with no
// Svelte/SvelteKit imports, the rules written as valibot schemas, so routes, components, the
// prerenderer and the tests all share one codec. The scheme is documented in ./README.md.

import * as v from 'valibot';
import {
	ISLAND_IDS,
	NAME_LEADS,
	OVERLAY_IDS,
	TIMELINE_YEARS,
	VIEWPOINTS,
	isIslandId,
	isNameLead,
	isTimelineYear,
	isViewpoint,
	type IslandId,
	type NameLead,
	type OverlayId,
	type TimelineYear,
	type Viewpoint
} from '#lib/data/types.ts';
import { isLocatablePlaceId } from '#lib/data/places.ts';

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

/**
 * The two ends of a distance measurement, `[lng, lat]` each in WGS84 degrees (`?measure=`). The
 * URL carries a finished measurement only: a first point still waiting for its second is not a link.
 */
export type Measure = [[number, number], [number, number]];

/** What a link says besides its path: the query's settings and the hash's camera. */
export interface UrlState {
	/**
	 * The article index's filter (`?island=`), null for none. Part of the index's view: a caller
	 * passes null on any other page, so it is written there only.
	 */
	island: IslandId | null;
	/** null: the view decides the framing (home fits the dispute area, an island fits the island). */
	camera: Camera | null;
	/** In OVERLAY_IDS order, no duplicates. */
	overlays: OverlayId[];
	viewpoint: Viewpoint;
	year: TimelineYear;
	/**
	 * The name order the reader chose; 'both' (the default, never written) is "not chosen": the
	 * viewpoint's order, else the page language's (effectiveLead in src/lib/data/names.ts). The
	 * default is the same in every language, so a link keeps its meaning when the language changes.
	 */
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

// Not frozen: Svelte 5's $state proxies break on frozen objects (proxy invariants), and the app may
// well put a parsed state into $state. Every function here returns fresh objects instead.
export const DEFAULT_STATE: UrlState = {
	island: null,
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
const YEAR_PATTERN = /^\d{4}$/;

// Relative input is resolved against an origin that can never be a real host; only the query and
// hash are read, so the origin of absolute input (even javascript:) is irrelevant.
const DUMMY_ORIGIN = 'http://url-state.invalid';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Schemas: what a valid state is

const within = ([min, max]: readonly [number, number]) =>
	v.pipe(v.number(), v.minValue(min), v.maxValue(max));

// Extra keys would survive a spread but not a round trip through the URL: strict objects refuse them.
const CameraSchema = v.strictObject({
	zoom: within(CAMERA_LIMITS.zoom),
	lat: within(CAMERA_LIMITS.lat),
	lng: within(CAMERA_LIMITS.lng),
	bearing: within(CAMERA_LIMITS.bearing),
	pitch: within(CAMERA_LIMITS.pitch)
}) satisfies v.GenericSchema<Camera>;

const PointSchema = v.strictTuple([within(CAMERA_LIMITS.lng), within(CAMERA_LIMITS.lat)]);
const MeasureSchema = v.strictTuple([PointSchema, PointSchema]) satisfies v.GenericSchema<Measure>;

const OverlaysSchema = v.pipe(
	v.array(v.picklist(OVERLAY_IDS)),
	v.check((ids) => sameOverlays(ids, inOverlayOrder(ids)), 'overlays in OVERLAY_IDS order, once')
);

const PlaceSchema = v.custom<string>(isLocatablePlaceId);

/** A well-formed UrlState: known ids, numbers in range, overlays in canonical order, no extra keys. */
const UrlStateSchema = v.strictObject({
	island: v.nullable(v.picklist(ISLAND_IDS)),
	camera: v.nullable(CameraSchema),
	overlays: OverlaysSchema,
	viewpoint: v.picklist(VIEWPOINTS),
	year: v.picklist(TIMELINE_YEARS),
	lead: v.picklist(NAME_LEADS),
	place: v.nullable(PlaceSchema),
	embed: v.boolean(),
	measure: v.nullable(MeasureSchema)
}) satisfies v.GenericSchema<UrlState>;

/**
 * Whether a value is a well-formed UrlState (UrlStateSchema). Camera precision is not checked: see
 * `canonical`.
 */
export function isValidState(value: unknown): value is UrlState {
	return v.is(UrlStateSchema, value);
}

// ---------------------------------------------------------------------------------------------
// Schemas: reading the text of a link

const DecimalText = v.pipe(v.string(), v.regex(DECIMAL_PATTERN), v.transform(Number));

// `zoom/lat/lng` or `zoom/lat/lng/bearing/pitch`; all or nothing: half a camera would put the map
// somewhere nobody linked to. Rounded as written, so what is read is what will be written.
const CameraText = v.pipe(
	v.string(),
	v.transform((text) => text.split('/')),
	v.union([
		v.strictTuple([DecimalText, DecimalText, DecimalText]),
		v.strictTuple([DecimalText, DecimalText, DecimalText, DecimalText, DecimalText])
	]),
	v.transform(([zoom, lat, lng, bearing = 0, pitch = 0]) => ({ zoom, lat, lng, bearing, pitch })),
	CameraSchema,
	v.transform((camera) => canonicalCamera(camera))
);

// `lng,lat~lng,lat`: no measurement at all rather than half of one.
const PointText = v.pipe(
	v.string(),
	v.transform((text) => text.split(',')),
	v.strictTuple([DecimalText, DecimalText])
);
const MeasureText = v.pipe(
	v.string(),
	v.transform((text) => text.split('~')),
	v.strictTuple([PointText, PointText]),
	MeasureSchema,
	v.transform((measure) => canonicalMeasure(measure))
);

/**
 * The query, key by key: each value is the first of its key (null when absent), and anything a key
 * does not accept is its default, so reading a query never fails.
 */
const QuerySchema = v.object({
	// An island no article could name (or any other value) lists every article.
	island: v.fallback(v.nullable(v.picklist(ISLAND_IDS)), null),
	// Absent: every overlay (as if all were listed); present: the listed ids that exist, in
	// OVERLAY_IDS order.
	overlays: v.nullable(
		v.pipe(
			v.string(),
			v.transform((text) => parseOverlays(text))
		),
		OVERLAY_IDS.join(',')
	),
	view: v.fallback(v.picklist(VIEWPOINTS), DEFAULT_STATE.viewpoint),
	year: v.fallback(
		v.pipe(v.string(), v.regex(YEAR_PATTERN), v.transform(Number), v.picklist(TIMELINE_YEARS)),
		DEFAULT_STATE.year
	),
	lead: v.fallback(v.picklist(NAME_LEADS), DEFAULT_STATE.lead),
	place: v.fallback(v.nullable(PlaceSchema), null),
	embed: v.fallback(
		v.pipe(
			v.picklist(['1', 'true']),
			v.transform(() => true)
		),
		false
	),
	measure: v.fallback(v.nullable(MeasureText), null)
});

type QueryKey = keyof v.InferInput<typeof QuerySchema>;
const QUERY_KEYS = Object.keys(QuerySchema.entries) as QueryKey[];

function inOverlayOrder(ids: readonly string[]): OverlayId[] {
	return OVERLAY_IDS.filter((id) => ids.includes(id));
}

function parseOverlays(text: string): OverlayId[] {
	return inOverlayOrder(text.split(',').map((id) => id.trim()));
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

/**
 * The state a link can carry: fresh objects, camera rounded (see canonicalCamera), overlays in
 * canonical order, anything invalid replaced by its default. `parseUrlState(serializeUrlState(s))`
 * deep-equals `canonical(s)` for every s, and parseUrlState only ever returns canonical states.
 */
export function canonical(state: UrlState): UrlState {
	const s: Partial<UrlState> = isRecord(state) ? state : {};
	const overlays = Array.isArray(s.overlays) ? s.overlays : DEFAULT_STATE.overlays;
	return {
		island: isIslandId(s.island) ? s.island : null,
		camera: canonicalCamera(s.camera),
		overlays: inOverlayOrder(overlays),
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

function toUrl(input: unknown): URL | null {
	const text = typeof input === 'string' ? input : input instanceof URL ? input.href : '';
	try {
		return new URL(text.slice(0, MAX_URL_LENGTH), DUMMY_ORIGIN);
	} catch {
		// Only absolute input can fail (e.g. 'http://[' or a host with a space); nothing to salvage.
		return null;
	}
}

/**
 * The camera in a location hash (`#map=zoom/lat/lng[/bearing/pitch]`, among other `&`-separated
 * entries, first `map=` wins), or null. For `hashchange` handlers; parseUrlState uses the same rules.
 */
export function hashToCamera(hash: string): Camera | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const entry = body
		.slice(0, MAX_URL_LENGTH)
		.split('&')
		.find((part) => part.startsWith('map='));
	if (entry === undefined) return null;
	const read = v.safeParse(CameraText, entry.slice('map='.length));
	return read.success ? read.output : null;
}

/**
 * `lng,lat~lng,lat`, plain decimals within the camera's limits; anything else (one point, three,
 * a blank, an exponent, a latitude of 91) is no measurement at all, never half of one.
 */
export function parseMeasure(value: string | null): Measure | null {
	const read = v.safeParse(MeasureText, value);
	return read.success ? read.output : null;
}

/**
 * The state the query and hash of a URL describe (its path is ignored: that is the router's).
 * Never throws, whatever the string; anything it cannot read falls back to its default (bad camera
 * → null, unknown query value → default).
 */
export function parseUrlState(input: string | URL): UrlState {
	const url = toUrl(input);
	if (url === null) return canonical(DEFAULT_STATE);
	// URLSearchParams decodes leniently (a broken %-escape stays as typed) and never throws; a
	// repeated key: the first wins.
	const params = new URLSearchParams(url.search);
	const query = v.parse(
		QuerySchema,
		Object.fromEntries(QUERY_KEYS.map((key) => [key, params.get(key)]))
	);
	const { view, ...rest } = query;
	return { ...rest, viewpoint: view, camera: hashToCamera(url.hash) };
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

/** `lng,lat~lng,lat` for a measurement (canonicalised first), '' for none. */
export function formatMeasure(measure: Measure | null | undefined): string {
	const m = canonicalMeasure(measure);
	if (m === null) return '';
	return m.map((point) => point.map((n) => formatNumber(n, MEASURE_PRECISION)).join(',')).join('~');
}

function sameOverlays(a: readonly OverlayId[], b: readonly OverlayId[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Only non-default values, in a fixed key order, so equal states give byte-equal links. */
function serializeQuery(s: UrlState): string {
	const parts: string[] = [];
	// Part of the index's view, so it comes first.
	if (s.island !== null) parts.push(`island=${s.island}`);
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
 * The canonical `?query#hash` of a state ('' for the default state), to follow the path the router
 * gives the page. Invalid parts are canonicalised first, so this never throws either.
 */
export function serializeUrlState(state: UrlState): string {
	const s = canonical(state);
	return serializeQuery(s) + cameraToHash(s.camera);
}

/** Whether two states give the same query and hash (cameras equal at the URL's precision). */
export function sameState(a: UrlState, b: UrlState): boolean {
	return serializeUrlState(a) === serializeUrlState(b);
}
