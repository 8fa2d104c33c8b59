// The map's style as typed data (https://maplibre.org/maplibre-style-spec/): the offline basemap,
// the islands, overlays and labels, each layer a function of what the reader chose (MapDisplay), and
// the Scene the map owner hands to scene.ts. Every expression is written here or in overlays.ts,
// once; the colours and the overlays' styles come from src/lib/data (colors.ts,
// overlay-definitions.ts), and the labels' text is stamped on the label points at build time.
// Everything the style points at is served by the app itself (GeoJSON from static/geo), so the
// default map contacts no other host.
//
// Labels name a CSS font family in `text-font` and the style has no `glyphs` URL and no
// `font-faces`: MapLibre 6 then draws the glyphs in the page with that family, which is the page's
// own @font-face (src/app.css, preloaded by src/routes/+layout.svelte), its faces for the labels'
// characters loaded before the map starts (font.ts). The one font file is downloaded once;
// `font-faces` would make MapLibre fetch it again under a family of its own.

import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import {
	ISLAND_IDS,
	type IslandId,
	type NameLead,
	type OverlayId,
	type Viewpoint
} from '#lib/data/types.ts';
import { effectiveLead } from '#lib/data/names.ts';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';
import { getLocale, type Locale } from '#lib/i18n/locale.ts';
import { COLORS, VIEWPOINT_COLORS } from '#lib/data/colors.ts';
import { CLAIMS_SOURCE, claimLayers, labelField } from './overlays.ts';
import { perFeature } from './paint.ts';
import type { FeatureStateSpec, Scene } from './scene.ts';
import { PAGE_FONT } from './font.ts';
import { GEO_FILES, type GeoData, type GeoFile } from './geo-files.ts';
import { DISPUTE_BOUNDS, type Bounds } from './camera.ts';

export { GEO_FILES, type GeoData, type GeoFile };

// The credit OpenStreetMap's licence asks for, in its own English words, and a name: marked as
// English, since they stay so on a Japanese or Russian page. MapLibre's attribution control keeps
// `span` and `lang` when it sanitises these strings (node_modules/maplibre-gl/src/util/dom.ts).
export const OSM_ATTRIBUTION =
	'<span lang="en">© <a href="https://www.openstreetmap.org/copyright" rel="external noopener">OpenStreetMap contributors</a> (ODbL)</span>';
export const NE_ATTRIBUTION =
	'<a href="https://www.naturalearthdata.com/" rel="external noopener" lang="en">Natural Earth</a>';

// The colours live in the data layer, which the share cards (scripts/og) read too; re-exported here
// for the map's own modules.
export { COLORS, VIEWPOINT_COLORS } from '#lib/data/colors.ts';

/** The CSS font family labels are drawn in: the page's (src/app.css), loaded first (font.ts). */
export const FONT = PAGE_FONT;

export const SOURCE_IDS = {
	context: 'context',
	land: 'land',
	graticule: 'graticule',
	islands: 'islands',
	labels: 'labels',
	claims: CLAIMS_SOURCE,
	measure: 'measure'
} as const;

export const LAYER_IDS = {
	sea: 'sea',
	contextFill: 'context-fill',
	landFill: 'land-fill',
	landOutline: 'land-outline',
	graticule: 'graticule',
	islandsFill: 'islands-fill',
	islandsOutline: 'islands-outline',
	isletPoints: 'islet-points',
	placeMarker: 'place-marker',
	placeLabels: 'labels-places',
	straitLabels: 'labels-straits',
	islandLabels: 'labels-islands',
	measureCasing: 'measure-casing',
	measureLine: 'measure-line'
} as const;

/** What the reader chose that changes how the map is drawn. */
export interface MapDisplay {
	viewpoint: Viewpoint;
	/**
	 * The name the reader asked to lead; with 'both' the page's language decides, else (on
	 * English pages) the viewpoint (effectiveLead).
	 */
	lead: NameLead;
	/** The page's language, whose names the labels are in; the page's own when absent. */
	locale?: Locale;
	/** Overlays to draw, already filtered to the timeline year. */
	overlays: readonly OverlayId[];
	/** A place looked up (`?place=`, a places.ts id): marked on the map. */
	place?: string | null;
}

export const DEFAULT_DISPLAY: MapDisplay = { viewpoint: 'neutral', lead: 'both', overlays: [] };

/** Feature states the map owner sets on island features. */
export type IslandState = { hover?: boolean; selected?: boolean };

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Island labels' placement order: the smallest island's first (MapLibre places lower keys first). */
const LABEL_PRIORITY: ExpressionSpecification = [
	'match',
	['get', 'id'],
	...ISLAND_IDS.flatMap((id) => [id, ISLAND_GEO[id]?.areaKm2 ?? 0]),
	0
] as unknown as ExpressionSpecification;

/** The islands' fill: selected, then hovered, over the viewpoint's island colour. */
export function islandFillColor(viewpoint: Viewpoint): ExpressionSpecification {
	return [
		'case',
		selected,
		COLORS.islandSelected,
		hovered,
		COLORS.islandHover,
		VIEWPOINT_COLORS[viewpoint].islands
	];
}

/** Hokkaido and the rest of the land, in the viewpoint's colour for each country. */
export function landFillColor(viewpoint: Viewpoint): ExpressionSpecification {
	const colors = VIEWPOINT_COLORS[viewpoint];
	return ['match', ['get', 'country'], 'JPN', colors.jpn, 'RUS', colors.rus, COLORS.land];
}

function geoOf(data: GeoData): (name: GeoFile) => string | GeoJSON.FeatureCollection {
	if (typeof data === 'string') return (name) => `${data}/geo/${name}.geojson`;
	return (name) => data.files[name] ?? `${data.base}/geo/${name}.geojson`;
}

/** Sources for the islands, labels and claims: what any basemap, offline or online, gets on top. */
export function overlaySources(assetBase: GeoData): Record<string, SourceSpecification> {
	const geo = geoOf(assetBase);
	return {
		[SOURCE_IDS.islands]: {
			type: 'geojson',
			data: geo('islands'),
			promoteId: 'id',
			attribution: OSM_ATTRIBUTION
		},
		[SOURCE_IDS.labels]: { type: 'geojson', data: geo('labels') },
		[SOURCE_IDS.claims]: {
			type: 'geojson',
			data: geo('claims'),
			promoteId: 'id',
			attribution: OSM_ATTRIBUTION
		}
	};
}

/** Sources of the offline basemap, then the overlay sources. */
export function offlineSources(assetBase: GeoData): Record<string, SourceSpecification> {
	const geo = geoOf(assetBase);
	return {
		[SOURCE_IDS.context]: { type: 'geojson', data: geo('context'), attribution: NE_ATTRIBUTION },
		[SOURCE_IDS.land]: { type: 'geojson', data: geo('land'), attribution: OSM_ATTRIBUTION },
		[SOURCE_IDS.graticule]: { type: 'geojson', data: geo('graticule') },
		...overlaySources(assetBase)
	};
}

/** Sea, land and graticule of the offline basemap. */
export function basemapLayers(display: MapDisplay): LayerSpecification[] {
	return [
		{ id: LAYER_IDS.sea, type: 'background', paint: { 'background-color': COLORS.sea } },
		{
			id: LAYER_IDS.contextFill,
			type: 'fill',
			source: SOURCE_IDS.context,
			paint: { 'fill-color': perFeature(COLORS.land) }
		},
		{
			id: LAYER_IDS.landFill,
			type: 'fill',
			source: SOURCE_IDS.land,
			paint: { 'fill-color': landFillColor(display.viewpoint) }
		},
		{
			id: LAYER_IDS.landOutline,
			type: 'line',
			source: SOURCE_IDS.land,
			minzoom: 5,
			paint: { 'line-color': COLORS.landOutline, 'line-width': perFeature(0.6) }
		},
		{
			id: LAYER_IDS.graticule,
			type: 'line',
			source: SOURCE_IDS.graticule,
			filter: ['any', ['get', 'major'], ['>=', ['zoom'], 5]],
			paint: { 'line-color': COLORS.graticule, 'line-width': perFeature(0.5), 'line-opacity': 0.7 }
		}
	];
}

/** The islands, the claim overlays and the labels, drawn over any basemap. */
export function overlayLayers(display: MapDisplay): LayerSpecification[] {
	const locale = display.locale ?? getLocale();
	const lead = effectiveLead(display.lead, display.viewpoint, locale);
	const { overlays, viewpoint } = display;
	return [
		...claimLayers('under', overlays, viewpoint),
		{
			id: LAYER_IDS.islandsFill,
			type: 'fill',
			source: SOURCE_IDS.islands,
			paint: { 'fill-color': islandFillColor(viewpoint), 'fill-opacity': 1 }
		},
		{
			id: LAYER_IDS.islandsOutline,
			type: 'line',
			source: SOURCE_IDS.islands,
			paint: {
				'line-color': COLORS.islandOutline,
				'line-width': ['case', selected, 2.5, 0.8]
			}
		},
		...claimLayers('over', overlays, viewpoint),
		{
			// Kaigara/Signalny is in no coastline dataset: a point shows where it is.
			id: LAYER_IDS.isletPoints,
			type: 'circle',
			source: SOURCE_IDS.labels,
			filter: ['==', ['get', 'id'], 'kaigara'],
			minzoom: 7,
			paint: {
				'circle-color': COLORS.island,
				'circle-stroke-color': COLORS.islandOutline,
				'circle-stroke-width': 1,
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 5]
			}
		},
		{
			// The place looked up, from the label points: at every zoom, whatever its label's minzoom.
			id: LAYER_IDS.placeMarker,
			type: 'circle',
			source: SOURCE_IDS.labels,
			filter: ['==', ['get', 'id'], display.place ?? ''],
			paint: {
				'circle-color': COLORS.marker,
				'circle-radius': 7,
				'circle-stroke-color': COLORS.markerOutline,
				'circle-stroke-width': 2.5
			}
		},
		{
			id: LAYER_IDS.placeLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: [
				'all',
				[
					'match',
					['get', 'kind'],
					['settlement', 'town', 'cape', 'peninsula', 'region', 'islet'],
					true,
					false
				],
				['>=', ['zoom'], ['get', 'minzoom']]
			],
			layout: {
				'text-field': labelField(lead, locale),
				'text-font': [FONT],
				'text-size': ['match', ['get', 'kind'], 'region', 14, 'islet', 10.5, 11.5],
				'text-anchor': 'top',
				'text-offset': [0, 0.4],
				'text-max-width': 12
			},
			paint: {
				'text-color': COLORS.label,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: LAYER_IDS.straitLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: ['all', ['==', ['get', 'kind'], 'strait'], ['>=', ['zoom'], ['get', 'minzoom']]],
			layout: {
				'text-field': labelField(lead, locale),
				'text-font': [FONT],
				'text-size': 11,
				'text-letter-spacing': 0.05,
				'text-max-width': 10
			},
			paint: {
				'text-color': COLORS.strait,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1
			}
		},
		{
			id: LAYER_IDS.islandLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: ['==', ['get', 'kind'], 'island'],
			layout: {
				'text-field': labelField(lead, locale),
				'text-font': [FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 15],
				'text-max-width': 14,
				'text-allow-overlap': false,
				// Centred on the island where there is room. Where two islands' names would collide (the
				// two smallest groups' on a phone held upright) the smaller island's name is placed first
				// and the other moves beside its island instead of being dropped: every island is named.
				'symbol-sort-key': LABEL_PRIORITY,
				'text-variable-anchor': [
					'center',
					'left',
					'bottom-left',
					'top-left',
					'right',
					'bottom-right',
					'top-right',
					'bottom',
					'top'
				],
				'text-radial-offset': 0.6
			},
			paint: {
				'text-color': COLORS.label,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1.5
			}
		}
	];
}

/**
 * The sources the map's island features are in: their own, or the two all the files share
 * (SHAPES_SOURCE and OVERVIEW_SOURCE); whichever the islands' fill is drawn from.
 */
export function islandSources(map: {
	getLayer(id: string): { source?: string } | undefined;
}): string[] {
	const sources = drawnAs(map, LAYER_IDS.islandsFill).flatMap(
		(id) => map.getLayer(id)?.source ?? []
	);
	return sources.length ? sources : [SOURCE_IDS.islands];
}

/** Which islands are drawn as selected. */
export function islandStates(highlighted: readonly IslandId[]): FeatureStateSpec[] {
	return ISLAND_IDS.map((id) => ({
		source: SOURCE_IDS.islands,
		id,
		state: { selected: highlighted.includes(id) } satisfies IslandState
	}));
}

/** The measure tool's great-circle line, as lines of [lng, lat]; null when nothing is measured. */
export type MeasureLine = readonly (readonly (readonly [number, number])[])[] | null;

/** The measurement's line, inline: it changes with every tap and drag (scene.ts sets the data). */
export function measureSource(line: MeasureLine): SourceSpecification {
	return {
		type: 'geojson',
		data: {
			type: 'FeatureCollection',
			features: line
				? [
						{
							type: 'Feature',
							properties: {},
							geometry: {
								type: 'MultiLineString',
								coordinates: line.map((part) => part.map(([lng, lat]) => [lng, lat]))
							}
						}
					]
				: []
		}
	};
}

/** The measurement's line over everything else, with a white casing so it reads on any fill. */
export function measureLayers(): LayerSpecification[] {
	const layout = { 'line-cap': 'round', 'line-join': 'round' } as const;
	return [
		{
			id: LAYER_IDS.measureCasing,
			type: 'line',
			source: SOURCE_IDS.measure,
			layout,
			paint: { 'line-color': COLORS.measureCasing, 'line-width': 6, 'line-opacity': 0.9 }
		},
		{
			id: LAYER_IDS.measureLine,
			type: 'line',
			source: SOURCE_IDS.measure,
			layout,
			paint: { 'line-color': COLORS.measure, 'line-width': 3 }
		}
	];
}

/**
 * The measure tool before the reader has opened it: no measure source or layers at all. An empty
 * GeoJSON source in the first style still goes to the worker and back, and MapLibre draws a frame
 * when it returns; added when the tool first opens, it costs nothing at load. Once added it stays
 * (scene.ts removes nothing), with an empty line while the tool is closed.
 */
export const MEASURE_UNUSED = 'unused';

/**
 * Everything the map shows for a display and a highlight. With an online basemap (its own style,
 * given by URL) only the overlay sources and layers are ours, added on top of it.
 */
export function mapScene(
	assetBase: GeoData,
	basemap: 'offline' | 'online',
	display: MapDisplay,
	highlighted: readonly IslandId[],
	measure: MeasureLine | typeof MEASURE_UNUSED = MEASURE_UNUSED,
	tiling: Tiling = 'both'
): Scene {
	const offline = basemap === 'offline';
	const measuring = measure !== MEASURE_UNUSED;
	return withOneSource(
		{
			sources: {
				...(offline ? offlineSources(assetBase) : overlaySources(assetBase)),
				...(measuring ? { [SOURCE_IDS.measure]: measureSource(measure) } : {})
			},
			layers: [
				...(offline
					? [...basemapLayers(display), ...overlayLayers(display)]
					: overlayLayers(display)),
				...(measuring ? measureLayers() : [])
			],
			featureState: islandStates(highlighted)
		},
		assetBase,
		tiling
	);
}

/**
 * The one source every file's features are drawn from when the page has fetched them all: each
 * layer picks its file's features by their `layer` property.
 */
export const SHAPES_SOURCE = 'shapes';
/** The same shapes, tiled once for the whole region: what the map draws below OVERVIEW_UNTIL. */
export const OVERVIEW_SOURCE = 'shapes-overview';
/**
 * The overview's one tile zoom: the largest zoom (at most 6) at which the dispute's islands, with
 * half their extent again on every side (about what the opening view shows around them), lie in
 * one tile. The opening view is then drawn from that one tile, which MapLibre's worker sends back
 * in one message and the map draws in one frame; six z6–z7 tiles came back in two or three
 * batches, a frame each (README, Performance). For the four island groups it is 4.
 */
export function overviewTileZoom([west, south, east, north]: Bounds): number {
	const dx = (east - west) / 2;
	const dy = (north - south) / 2;
	const col = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
	const row = (lat: number, z: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
	};
	for (let z = 6; z > 0; z--)
		if (col(west - dx, z) === col(east + dx, z) && row(north + dy, z) === row(south - dy, z))
			return z;
	return 0;
}

const OVERVIEW_TILE_ZOOM = overviewTileZoom(DISPUTE_BOUNDS);
/**
 * Below this zoom the layers draw from the overview, from it up from the detailed tiles. Drawn
 * there, the overview's tile is magnified 16 times: one unit of its 8192 is one pixel, and its
 * simplification is set to what the detailed tiles use there (MapLibre's default, 0.375 px).
 */
export const OVERVIEW_UNTIL = OVERVIEW_TILE_ZOOM + 4;
const OVERVIEW_TOLERANCE = 0.375 / 2 ** (OVERVIEW_UNTIL - OVERVIEW_TILE_ZOOM);

/**
 * Which tilings of the shared shapes a scene draws from. A source is parsed by MapLibre's worker
 * and announced to the map when it is added, whether any layer draws from it at the zoom or not,
 * and every frame it costs counts: before the first idle, and after it too in a page's blocking
 * time (Lighthouse's, on a phone's CPU, multiplies each task). So a map starts with the one tiling
 * its first view draws from (tilingFor) and takes the other only when the camera first moves
 * (MapView.svelte): 'adding-detail' while the detailed one loads, its layers hidden and the
 * overview drawing at every zoom, then 'both', where the overview draws below OVERVIEW_UNTIL and
 * the detailed tiles from it up. Alone, a tiling draws at every zoom.
 */
export type Tiling = 'overview' | 'detail' | 'adding-detail' | 'both';

/** The tiling a map that opens at `zoom` starts with. */
export function tilingFor(zoom: number): Tiling {
	return zoom < OVERVIEW_UNTIL ? 'overview' : 'detail';
}

/** The id of a layer's twin drawn from the overview (OVERVIEW_SOURCE). */
export function overviewLayerId(id: string): string {
	return `${id}:overview`;
}

/**
 * A layer's ids on `map`: its own and its overview twin's, those the map has (only one of the two
 * draws at any zoom). For queries of what is drawn, whichever source the style draws it from.
 */
export function drawnAs(map: { getLayer(id: string): unknown }, ...ids: string[]): string[] {
	return ids.flatMap((id) => [id, overviewLayerId(id)]).filter((id) => map.getLayer(id));
}

/** Per file set, the merged collection: the same object each time, so a new scene is no new data. */
const shapesOf = new WeakMap<object, GeoJSON.FeatureCollection>();

/**
 * The scene with the sources of all the files the page fetched drawn from one source, twice: the
 * overview below OVERVIEW_UNTIL, the detailed tiles above. Six sources come back from MapLibre's one
 * worker in batches (metadata, then each source's tiles), and each batch draws a frame before the
 * next; one source is one load, its one overview tile one batch, and the hatch images are in the
 * map before any tile asks for them (MapView.svelte). Frames to the first idle on `/` at 1280×800:
 * 8 with six sources fetched by the worker, 6 with one, 5 with the overview (README, Performance).
 * Each layer of the merged files gets a twin (overviewLayerId) on the overview, and each feature
 * state is set on both. With any file not fetched by the page, the scene keeps one source per file.
 */
function withOneSource(scene: Scene, data: GeoData, tiling: Tiling): Scene {
	if (typeof data === 'string') return scene;
	const files = data.files;
	const names = GEO_FILES.filter((name) => name in scene.sources);
	const fetched = names.flatMap((name) => files[name] ?? []);
	if (fetched.length !== names.length || names.length < 2) return scene;
	let shapes = shapesOf.get(files);
	if (!shapes) {
		shapes = {
			type: 'FeatureCollection',
			features: names.flatMap((layer, i) =>
				(fetched[i]?.features ?? []).map((f) => ({ ...f, properties: { ...f.properties, layer } }))
			)
		};
		shapesOf.set(files, shapes);
	}
	const merged = (source: string): source is GeoFile => (names as string[]).includes(source);
	const sources: Record<string, SourceSpecification> = {};
	for (const [id, source] of Object.entries(scene.sources)) if (!merged(id)) sources[id] = source;
	const attribution = [
		...new Set(
			names.flatMap((name) => {
				const source = scene.sources[name];
				return source && 'attribution' in source && source.attribution ? [source.attribution] : [];
			})
		)
	].join(' | '); // as MapLibre's attribution control separates sources' credits
	const shared = {
		type: 'geojson',
		data: shapes,
		// Islands and claims are addressed by their `id` (feature state, the overlay filters).
		promoteId: 'id',
		...(attribution ? { attribution } : {})
	} as const;
	const overview = tiling !== 'detail';
	const detail = tiling !== 'overview';
	if (overview)
		sources[OVERVIEW_SOURCE] = {
			...shared,
			maxzoom: OVERVIEW_TILE_ZOOM,
			tolerance: OVERVIEW_TOLERANCE
		};
	if (detail) sources[SHAPES_SOURCE] = shared;
	// Where both draw, each draws on its side of OVERVIEW_UNTIL; alone, at every zoom.
	const split = tiling === 'both';
	const loading = tiling === 'adding-detail';
	const layers = scene.layers.flatMap((layer): LayerSpecification[] => {
		if (!('source' in layer) || typeof layer.source !== 'string' || !merged(layer.source))
			return [layer];
		const own: ExpressionSpecification = ['==', ['get', 'layer'], layer.source];
		const filter = 'filter' in layer && layer.filter ? layer.filter : null;
		const from = layer.minzoom ?? 0;
		const to = layer.maxzoom ?? 24;
		const drawn = {
			...layer,
			filter: filter ? ['all', own, filter as ExpressionSpecification] : own
		} as LayerSpecification;
		const detailFrom = split || loading ? Math.max(from, OVERVIEW_UNTIL) : from;
		return [
			...(overview && from < (split ? Math.min(to, OVERVIEW_UNTIL) : to)
				? [
						{
							...drawn,
							id: overviewLayerId(layer.id),
							source: OVERVIEW_SOURCE,
							...(split ? { maxzoom: Math.min(to, OVERVIEW_UNTIL) } : {})
						} as LayerSpecification
					]
				: []),
			...(detail && detailFrom < to
				? [
						{
							...drawn,
							source: SHAPES_SOURCE,
							...(detailFrom !== from ? { minzoom: detailFrom } : {}),
							...(loading ? { layout: { ...drawn.layout, visibility: 'none' } } : {})
						} as LayerSpecification
					]
				: [])
		];
	});
	const tiled = [...(overview ? [OVERVIEW_SOURCE] : []), ...(detail ? [SHAPES_SOURCE] : [])];
	const featureState = scene.featureState.flatMap((f) =>
		merged(f.source) ? tiled.map((source) => ({ ...f, source })) : [f]
	);
	return { sources, layers, featureState };
}

/** The default, offline style for a display: sea, land, graticule, then the islands on top. */
export function offlineStyle(
	assetBase: GeoData,
	display: MapDisplay,
	tiling: Tiling = 'both'
): StyleSpecification {
	const scene = mapScene(assetBase, 'offline', display, [], MEASURE_UNUSED, tiling);
	return {
		version: 8,
		name: 'Kuril explorer offline basemap',
		sources: scene.sources,
		layers: scene.layers
	};
}
