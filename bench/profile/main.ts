// The app's own map style (src/lib/map/style.ts and overlays.ts), drawn by MapLibre alone: no
// Svelte, no SvelteKit, no page around it. `?v=` picks a variant, and the differences between
// variants' times to first idle say what each part of the style costs (bench/profile.ts):
//
//   as-app       the style as MapView.svelte starts it (overlays hidden), then, once loaded, the
//                display for the default URL state set with setLayoutProperty/setPaintProperty/
//                setFilter, as MapView's applyDisplay does; NavigationControl and ScaleControl
//   final        the same display built into the style, so the map is tiled and drawn once
//   no-labels    final without the symbol layers and the style's font-faces (no font, no glyphs)
//   no-hatch     final without the hatched overlay fills (fill-pattern, images drawn in code)
//   no-overlays  final without any claims layer (hatches, rings, treaty and median lines, border)
//   no-context   final without the context land, Hokkaido/Sakhalin land and graticule
//   no-fade      final without MapLibre's 300 ms label fade (fadeDuration 0; the app keeps it)
//
// The camera is the baseline's (bench/bare): the four island groups' bounds, no panel padding.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	setWorkerUrl,
	type ExpressionSpecification,
	type LayerSpecification,
	type StyleSpecification
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { DEFAULT_DISPLAY, LAYER_IDS, SOURCE_IDS, offlineStyle } from '#lib/map/style.ts';
import { COLORS, VIEWPOINT_COLORS } from '#lib/data/colors.ts';
import { effectiveLead } from '#lib/data/names.ts';
import { OVERLAYS_IN_ORDER, VIEWPOINT_BORDER } from '#lib/data/overlay-definitions.ts';
import { CLAIMS_SOURCE, labelField, overlayLayerIds, patternImage } from '#lib/map/overlays.ts';
import { DISPUTE_BOUNDS } from '#lib/map/camera.ts';
import { MAP_OPTIONS } from '#lib/map/options.ts';
import { DEFAULT_STATE } from '#lib/url/state.ts';
import { stepFor } from '#lib/data/timeline-steps.ts';
import { ISLAND_IDS, OVERLAY_IDS } from '#lib/data/types.ts';

const variant = new URLSearchParams(location.search).get('v') ?? 'final';
// The app serves geodata and fonts from its site root; the bench server mounts build/ there.
const assetBase = location.origin;

const state = DEFAULT_STATE;
const shown = state.overlays.filter((o) => stepFor(state.year).inForce.includes(o));
const colors = VIEWPOINT_COLORS[state.viewpoint];
const lead = effectiveLead(state.lead, state.viewpoint);
const border = VIEWPOINT_BORDER[state.viewpoint];
const islandFill: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	COLORS.islandSelected,
	['boolean', ['feature-state', 'hover'], false],
	COLORS.islandHover,
	colors.islands
];
const landFill: ExpressionSpecification = [
	'match',
	['get', 'country'],
	'JPN',
	colors.jpn,
	'RUS',
	colors.rus,
	COLORS.land
];
const overlayLayers = new Set(OVERLAY_IDS.flatMap(overlayLayerIds));
const shownLayers = new Set(shown.flatMap(overlayLayerIds));
const textField: Record<string, ExpressionSpecification> = {
	[LAYER_IDS.islandLabels]: labelField(lead),
	[LAYER_IDS.straitLabels]: labelField(lead),
	[LAYER_IDS.placeLabels]: labelField(lead)
};

/** The default URL state's display, built into the style instead of applied after load. */
function withDisplay(style: StyleSpecification): StyleSpecification {
	const layers = style.layers.map((l): LayerSpecification => {
		const layer = structuredClone(l) as LayerSpecification & {
			layout?: Record<string, unknown>;
			paint?: Record<string, unknown>;
			filter?: unknown;
		};
		if (overlayLayers.has(layer.id))
			layer.layout = {
				...layer.layout,
				visibility: shownLayers.has(layer.id) ? 'visible' : 'none'
			};
		if (layer.id === 'viewpoint-border') layer.filter = ['==', ['get', 'id'], border ?? '__none__'];
		if (layer.id === LAYER_IDS.islandsFill)
			layer.paint = { ...layer.paint, 'fill-color': islandFill };
		if (layer.id === LAYER_IDS.landFill) layer.paint = { ...layer.paint, 'fill-color': landFill };
		if (layer.id in textField)
			layer.layout = { ...layer.layout, 'text-field': textField[layer.id] };
		return layer;
	});
	return { ...style, layers };
}

function without(
	style: StyleSpecification,
	dropLayer: (l: LayerSpecification) => boolean,
	dropSources: string[] = []
): StyleSpecification {
	const sources = Object.fromEntries(
		Object.entries(style.sources).filter(([id]) => !dropSources.includes(id))
	);
	return { ...style, sources, layers: style.layers.filter((l) => !dropLayer(l)) };
}

// The style with no display (overlays hidden); 'final' builds the default display into it.
const full = offlineStyle(assetBase, DEFAULT_DISPLAY);
const final = withDisplay(full);
const styles: Record<string, StyleSpecification> = {
	'as-app': full,
	final,
	'no-labels': (() => {
		const s = without(final, (l) => l.type === 'symbol');
		delete s['font-faces'];
		return s;
	})(),
	'no-hatch': without(final, (l) => l.type === 'fill' && l.source === CLAIMS_SOURCE),
	'no-overlays': without(final, (l) => 'source' in l && l.source === CLAIMS_SOURCE, [
		CLAIMS_SOURCE
	]),
	'no-context': without(
		final,
		(l) =>
			'source' in l &&
			[SOURCE_IDS.context, SOURCE_IDS.land, SOURCE_IDS.graticule].includes(
				l.source as 'context' | 'land' | 'graticule'
			),
		[SOURCE_IDS.context, SOURCE_IDS.land, SOURCE_IDS.graticule]
	)
};
styles['no-fade'] = final;
const style = styles[variant];
if (!style) throw new Error(`unknown variant ${variant}; one of ${Object.keys(styles).join(', ')}`);

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
	container: 'map',
	style,
	bounds: DISPUTE_BOUNDS,
	attributionControl: { compact: false },
	// As MapView.svelte: the app's own style is validated by its unit test, not on load.
	validateStyle: false,
	...MAP_OPTIONS,
	// Labels without MapLibre's fade, to show what turning it off would spare.
	...(variant === 'no-fade' ? { fadeDuration: 0 } : {})
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
// As MapView.svelte: the hatch images are drawn in code when MapLibre first asks for them.
map.setMissingStyleImageResolver((id) => {
	const match = /^pattern-(hatch-up|hatch-down)$/.exec(id);
	if (!match || map.hasImage(id)) return;
	const o = OVERLAYS_IN_ORDER.find((d) => d.style.pattern === match[1])?.style;
	if (o?.pattern) map.addImage(id, patternImage(o.pattern, o.color), { pixelRatio: 2 });
});
if (variant === 'as-app')
	map.once('load', () => {
		for (const id of OVERLAY_IDS)
			for (const layer of overlayLayerIds(id))
				if (map.getLayer(layer))
					map.setLayoutProperty(layer, 'visibility', shown.includes(id) ? 'visible' : 'none');
		if (map.getLayer('viewpoint-border'))
			map.setFilter('viewpoint-border', ['==', ['get', 'id'], border ?? '__none__']);
		map.setPaintProperty(LAYER_IDS.islandsFill, 'fill-color', islandFill);
		map.setPaintProperty(LAYER_IDS.landFill, 'fill-color', landFill);
		for (const [layer, field] of Object.entries(textField))
			map.setLayoutProperty(layer, 'text-field', field);
		for (const id of ISLAND_IDS)
			map.setFeatureState({ source: SOURCE_IDS.islands, id }, { selected: false });
	});
// Frames drawn up to the first idle, as MapView.svelte counts them.
let frames = 0;
map.on('render', () => frames++);
map.once('idle', () => performance.mark('map-idle', { detail: { frames } }));
