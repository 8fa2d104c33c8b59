// The app's own style is built without MapLibre's validation at load (MapView.svelte passes
// validateStyle: false: validating it cost the page 28 ms, 157 ms at 4× CPU slowdown), so it is
// validated here instead, with the style specification's own validator, for every display the
// reader can choose and with the measure tool's layers in.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { ISLAND_IDS, NAME_LEADS, OVERLAY_IDS, VIEWPOINTS } from '#lib/data/types.ts';
import {
	GEO_FILES,
	LAYER_IDS,
	MEASURE_UNUSED,
	OVERVIEW_SOURCE,
	OVERVIEW_UNTIL,
	SHAPES_SOURCE,
	SOURCE_IDS,
	islandSources,
	mapScene,
	offlineStyle,
	overviewLayerId,
	overviewTileZoom,
	type GeoData,
	type MapDisplay
} from './style.ts';

const BASE = 'http://localhost';

/** The files as the page fetches them (static/geo), read from disk. */
const FETCHED = {
	base: BASE,
	files: Object.fromEntries(
		GEO_FILES.map((name) => [
			name,
			JSON.parse(
				readFileSync(new URL(`../../../static/geo/${name}.geojson`, import.meta.url), 'utf8')
			) as GeoJSON.FeatureCollection
		])
	)
} satisfies GeoData;

/** Ids of the features of `collection` that `layer` draws at `zoom`, in order. */
function drawn(layer: LayerSpecification, collection: GeoJSON.FeatureCollection, zoom: number) {
	const { filter } = featureFilter(
		('filter' in layer ? layer.filter : undefined) as FilterSpecification | undefined,
		'filter'
	);
	return collection.features.flatMap((f, i) =>
		filter({ zoom }, { type: 1, properties: f.properties ?? {} }) ? [i] : []
	);
}

describe('the offline style', () => {
	it('is valid by the style specification for every viewpoint, name lead and overlay choice', () => {
		for (const viewpoint of VIEWPOINTS)
			for (const lead of NAME_LEADS)
				for (const overlays of [[], [...OVERLAY_IDS]])
					expect(
						validateStyleMin(offlineStyle(BASE, { viewpoint, lead, overlays, place: 'kaigara' }))
					).toEqual([]);
	});

	it('labels the map in the page’s language, with the reader’s order first', () => {
		const field = (display: Parameters<typeof offlineStyle>[1]) =>
			offlineStyle(BASE, display).layers.find((l) => l.id === LAYER_IDS.islandLabels)?.layout;
		const base = { viewpoint: 'neutral', lead: 'both', overlays: [] } as const;
		expect(field({ ...base, locale: 'en' })).toMatchObject({ 'text-field': ['get', 'labelBoth'] });
		expect(field({ ...base, locale: 'ja' })).toMatchObject({ 'text-field': ['get', 'labelJa.ja'] });
		expect(field({ ...base, locale: 'ru' })).toMatchObject({ 'text-field': ['get', 'labelRu.ru'] });
		// Names follow the language; the viewpoint does not, except on English pages (README.md, Languages).
		expect(field({ ...base, viewpoint: 'ru', locale: 'ja' })).toMatchObject({
			'text-field': ['get', 'labelJa.ja']
		});
		expect(field({ ...base, viewpoint: 'ru', locale: 'en' })).toMatchObject({
			'text-field': ['get', 'labelRu']
		});
		expect(field({ ...base, lead: 'ja', locale: 'ru' })).toMatchObject({
			'text-field': ['get', 'labelJa.ru']
		});
	});

	it('is valid with the measure tool’s source and layers added', () => {
		const scene = mapScene(
			BASE,
			'offline',
			{ viewpoint: 'ja', lead: 'both', overlays: [] },
			[],
			[
				[
					[145.8, 43.4],
					[145.9, 43.4]
				]
			]
		);
		const style: StyleSpecification = {
			version: 8,
			sources: scene.sources,
			layers: scene.layers
		};
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('is reported invalid when a layer is not (the validator does check)', () => {
		const style = offlineStyle(BASE, { viewpoint: 'neutral', lead: 'both', overlays: [] });
		const broken = {
			...style,
			layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere' }]
		} as StyleSpecification;
		expect(validateStyleMin(broken).length).toBeGreaterThan(0);
	});

	describe('with every file fetched by the page', () => {
		const display: MapDisplay = {
			viewpoint: 'ru',
			lead: 'both',
			overlays: [...OVERLAY_IDS],
			place: 'kaigara'
		};

		it('draws every layer from one collection, as an overview and as detailed tiles, valid for every display', () => {
			for (const viewpoint of VIEWPOINTS)
				for (const overlays of [[], [...OVERLAY_IDS]]) {
					const style = offlineStyle(FETCHED, { viewpoint, lead: 'both', overlays });
					expect(validateStyleMin(style)).toEqual([]);
					expect(Object.keys(style.sources).sort()).toEqual(
						[OVERVIEW_SOURCE, SHAPES_SOURCE].sort()
					);
					const overview = style.sources[OVERVIEW_SOURCE];
					const detail = style.sources[SHAPES_SOURCE];
					if (overview?.type !== 'geojson' || detail?.type !== 'geojson')
						throw new Error('no GeoJSON sources');
					// One collection sent to the worker twice: the same object, not a copy.
					expect(overview.data === detail.data).toBe(true);
					expect(overview.maxzoom).toBe(OVERVIEW_UNTIL - 4);
				}
		});

		it('starts with one tiling, drawn at every zoom, and loads the detailed one hidden', () => {
			const zoomRange = (l: LayerSpecification) => [l.minzoom ?? 0, l.maxzoom ?? 24];
			const base = offlineStyle(BASE, display);
			const ownRange = (id: string) => {
				const layer = base.layers.find((l) => l.id === id.replace(/:overview$/, ''));
				if (!layer) throw new Error(`no layer ${id}`);
				return zoomRange(layer);
			};
			const merged = (style: StyleSpecification) =>
				style.layers.filter(
					(l) => 'source' in l && (l.source === OVERVIEW_SOURCE || l.source === SHAPES_SOURCE)
				);
			// Alone, either tiling draws each layer over the layer's own zoom range.
			for (const [tiling, source] of [
				['overview', OVERVIEW_SOURCE],
				['detail', SHAPES_SOURCE]
			] as const) {
				const style = offlineStyle(FETCHED, display, tiling);
				expect(validateStyleMin(style)).toEqual([]);
				expect(Object.keys(style.sources)).toEqual([source]);
				for (const layer of merged(style)) {
					expect(zoomRange(layer), layer.id).toEqual(ownRange(layer.id));
					expect(layer.id.endsWith(':overview'), layer.id).toBe(tiling === 'overview');
				}
			}
			// While the detailed tiles load, the overview still draws at every zoom and they do not.
			const adding = offlineStyle(FETCHED, display, 'adding-detail');
			expect(validateStyleMin(adding)).toEqual([]);
			expect(Object.keys(adding.sources).sort()).toEqual([OVERVIEW_SOURCE, SHAPES_SOURCE].sort());
			for (const layer of merged(adding))
				if (layer.id.endsWith(':overview'))
					expect(zoomRange(layer), layer.id).toEqual(ownRange(layer.id));
				else expect(layer.layout?.visibility, layer.id).toBe('none');
			// A scene's feature state goes to each source it draws from.
			for (const tiling of ['overview', 'detail', 'adding-detail', 'both'] as const) {
				const scene = mapScene(FETCHED, 'offline', display, ['shikotan'], MEASURE_UNUSED, tiling);
				expect(new Set(scene.featureState.map((f) => f.source))).toEqual(
					new Set(Object.keys(scene.sources))
				);
			}
		});

		it('tiles the overview at the zoom whose one tile holds the islands and the sea around them', () => {
			// The islands' box, with half its size again on every side, in one z4 tile (135°–157.5° E,
			// 41°–55.8° N) but across two z5 tiles (146.25° E is a z5 tile edge).
			expect(overviewTileZoom([145.4, 43.2, 148.9, 45.6])).toBe(4);
			expect(OVERVIEW_UNTIL).toBe(8);
			// A box across the antimeridian's neighbour, 0° E, fits no tile above zoom 0.
			expect(overviewTileZoom([-1, 10, 1, 12])).toBe(0);
			// A small box well inside a z6 tile stops at the cap.
			expect(overviewTileZoom([141.0, 43.0, 141.2, 43.1])).toBe(6);
		});

		it('draws the same features in each layer as one source per file does, at every zoom', () => {
			const apart = offlineStyle(BASE, display);
			const together = offlineStyle(FETCHED, display);
			const shapes = together.sources[SHAPES_SOURCE];
			if (shapes?.type !== 'geojson' || typeof shapes.data !== 'object')
				throw new Error('no inline shapes source');
			const all = shapes.data as GeoJSON.FeatureCollection;
			// The same layers in the same order, each with its overview twin just before it.
			const own = (id: string) => id.replace(/:overview$/, '');
			expect(
				together.layers.map((l) => own(l.id)).filter((id, i, ids) => id !== ids[i - 1])
			).toEqual(apart.layers.map((l) => l.id));
			const inRange = (l: LayerSpecification, zoom: number) =>
				(l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24);
			let compared = 0;
			for (const layer of apart.layers) {
				if (!('source' in layer)) continue;
				const file = FETCHED.files[layer.source as keyof typeof FETCHED.files];
				if (!file) throw new Error(`${layer.id}: no file ${layer.source}`);
				for (const zoom of [4, 6.5, OVERVIEW_UNTIL - 0.01, OVERVIEW_UNTIL, 9, 12]) {
					// Exactly one of a layer and its twin draws at a zoom where the layer alone drew.
					const twins = together.layers.filter(
						(l) => (l.id === layer.id || l.id === overviewLayerId(layer.id)) && inRange(l, zoom)
					);
					expect(twins.length, `${layer.id} at zoom ${zoom}`).toBe(inRange(layer, zoom) ? 1 : 0);
					const [merged] = twins;
					if (!merged || !('source' in merged)) continue;
					expect(merged.source).toBe(zoom < OVERVIEW_UNTIL ? OVERVIEW_SOURCE : SHAPES_SOURCE);
					// The same features, by their place in their own file and in the merged collection.
					const offset = all.features.findIndex((f) => f.properties?.layer === layer.source);
					const mine = drawn(layer, file, zoom).map((j) => j + offset);
					expect(drawn(merged, all, zoom), `${layer.id} at zoom ${zoom}`).toEqual(mine);
					if (mine.length) compared++;
				}
			}
			expect(compared).toBeGreaterThan(30);
		});

		it('keeps one source per file while any file was not fetched', () => {
			const { islands: _missing, ...files } = FETCHED.files;
			const style = offlineStyle({ base: BASE, files }, display);
			expect(Object.keys(style.sources)).toEqual([
				SOURCE_IDS.context,
				SOURCE_IDS.land,
				SOURCE_IDS.graticule,
				SOURCE_IDS.islands,
				SOURCE_IDS.labels,
				SOURCE_IDS.claims
			]);
			expect(style.sources[SOURCE_IDS.islands]).toMatchObject({
				data: `${BASE}/geo/islands.geojson`
			});
			expect(style.sources[SOURCE_IDS.land]).toMatchObject({ data: files.land });
		});

		it('sets the islands’ feature state, and finds them, on both shared sources', () => {
			const scene = mapScene(FETCHED, 'offline', display, ['shikotan']);
			expect(new Set(scene.featureState.map((f) => f.source))).toEqual(
				new Set([SHAPES_SOURCE, OVERVIEW_SOURCE])
			);
			for (const source of [SHAPES_SOURCE, OVERVIEW_SOURCE])
				expect(scene.featureState.filter((f) => f.source === source).length).toBe(
					ISLAND_IDS.length
				);
			const getLayer = (id: string) => {
				const layer = scene.layers.find((l) => l.id === id);
				return layer && 'source' in layer ? { source: layer.source } : undefined;
			};
			expect(islandSources({ getLayer }).sort()).toEqual([OVERVIEW_SOURCE, SHAPES_SOURCE].sort());
			// A new scene for the same files carries the same data, so nothing is sent to the worker again.
			const again = mapScene(FETCHED, 'offline', { ...display, viewpoint: 'ja' }, []);
			expect(again.sources[SHAPES_SOURCE]).toEqual(scene.sources[SHAPES_SOURCE]);
			expect(
				(again.sources[SHAPES_SOURCE] as { data: unknown }).data ===
					(scene.sources[SHAPES_SOURCE] as { data: unknown }).data
			).toBe(true);
		});
	});
});
