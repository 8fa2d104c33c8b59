// What the map shows, as data: the sources, the layers (https://maplibre.org/maplibre-style-spec/layers/)
// and the feature states that follow from the map owner's props, and the one function that makes a
// live map match them. The map owner derives a Scene from its props and hands it here whenever they
// change, and again whenever MapLibre has a new style (the first load, a WebGL context restored), so
// no code changes a layer by its id after the fact.
//
// It diffs against what the live map holds rather than against the last Scene it was given: after a
// context loss MapLibre rebuilds the style from a snapshot taken when the context went, and the props
// may have changed while the map had no style; comparing with the map itself covers both.

import type {
	AllLayoutProperties,
	AllPaintProperties,
	FeatureIdentifier,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap,
	SourceSpecification
} from 'maplibre-gl';

export interface FeatureStateSpec {
	source: string;
	id: string;
	/** Keys not named here (hover, set as the pointer moves) are left alone. */
	state: Record<string, boolean>;
}

export interface Scene {
	sources: Record<string, SourceSpecification>;
	/** In drawing order. A layer missing from the map is added before the next one that is there. */
	layers: LayerSpecification[];
	featureState: FeatureStateSpec[];
}

/**
 * Whether the map has a style that can be changed now. MapLibre 6 sets `map.style` to null on WebGL
 * context loss (its type says otherwise), and a style still loading refuses changes.
 */
export function hasStyle(map: MapLibreMap): boolean {
	const style: MapLibreMap['style'] | null = map.style;
	return !!style?._loaded;
}

/** Deep equality for style values (JSON: expressions are arrays, a few values are objects). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every((k) =>
		sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

type Props = Record<string, unknown>;

/** The keys whose values differ between what the map has and what the scene asks for. */
function changed(live: Props | undefined, want: Props | undefined): string[] {
	const keys = new Set([...Object.keys(live ?? {}), ...Object.keys(want ?? {})]);
	return [...keys].filter((k) => !sameValue(live?.[k], want?.[k]));
}

/**
 * Makes the map show `scene`: adds missing sources (and gives GeoJSON sources written inline their
 * new data) and layers, then sets each paint and layout
 * property, filter and zoom range that differs, and each feature state. Returns false, changing
 * nothing, while the map has no style; call it again on the map's `style.load`.
 */
export function applyScene(map: MapLibreMap, scene: Scene): boolean {
	if (!hasStyle(map)) return false;
	for (const [id, source] of Object.entries(scene.sources)) {
		if (!map.getSource(id)) map.addSource(id, source);
		// Inline data (a measurement's line) changes with the props; a URL is fetched once.
		const live = map.getSource<GeoJSONSource>(id);
		if (!live || source.type !== 'geojson' || typeof source.data !== 'object') continue;
		if (!sameValue(live.serialize().data, source.data)) live.setData(source.data);
	}

	scene.layers.forEach((want, i) => {
		const live = map.getLayer(want.id)?.serialize();
		if (live && (live.type !== want.type || sourceOf(live) !== sourceOf(want)))
			map.removeLayer(want.id);
		if (!live || !map.getLayer(want.id)) {
			const before = scene.layers.slice(i + 1).find((l) => map.getLayer(l.id));
			map.addLayer(want, before?.id);
			return;
		}
		const id = want.id;
		if ('filter' in want || 'filter' in live) {
			const filter = 'filter' in want ? want.filter : undefined;
			if (!sameValue('filter' in live ? live.filter : undefined, filter))
				map.setFilter(id, filter ?? null);
		}
		// Keys come from a typed spec or from MapLibre's own serialization of the layer.
		for (const key of changed(live.layout, want.layout) as (keyof AllLayoutProperties)[])
			map.setLayoutProperty(id, key, (want.layout as AllLayoutProperties | undefined)?.[key]);
		for (const key of changed(live.paint, want.paint) as (keyof AllPaintProperties)[])
			map.setPaintProperty(id, key, (want.paint as AllPaintProperties | undefined)?.[key]);
		if (live.minzoom !== want.minzoom || live.maxzoom !== want.maxzoom)
			map.setLayerZoomRange(id, want.minzoom ?? 0, want.maxzoom ?? 24);
	});

	for (const { source, id, state } of scene.featureState) {
		if (!map.getSource(source)) continue;
		const target: FeatureIdentifier = { source, id };
		const now = map.getFeatureState(target) as Record<string, unknown>;
		if (Object.entries(state).some(([k, v]) => (now[k] ?? false) !== v))
			map.setFeatureState(target, state);
	}
	return true;
}

function sourceOf(layer: LayerSpecification): string | undefined {
	return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}
