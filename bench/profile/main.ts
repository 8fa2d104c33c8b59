// The app's own map, drawn by MapLibre alone: no Svelte, no SvelteKit, no page around it, but
// the map started as MapView.svelte starts it (src/lib/map/start.ts): the GeoJSON fetched by the
// page and handed to the worker inline, one source, the tiling the opening zoom needs, the
// default URL state's display built into the style, the hatch images added on `style.load`,
// MapLibre's style validation off. `?v=` picks a variant, and the differences between variants'
// times to first idle say what each part costs (bench/profile.ts):
//
//   style        the map as the app starts it
//   no-labels    without the symbol layers
//   no-hatch     without the hatched overlay fills (fill-pattern, images drawn in code)
//   no-overlays  without any overlay layer (hatches, rings, treaty and median lines, border)
//   no-context   without the context land, Hokkaido/Sakhalin land and graticule
//   no-fade      without MapLibre's 300 ms label fade (fadeDuration 0; the app keeps it)
//   by-url       the six files as six sources the worker fetches by URL (how the map once started)
//
// The camera is the baseline's (bench/bare): the four island groups' bounds, no panel padding.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	setWorkerUrl,
	type LayerSpecification,
	type StyleSpecification
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LAYER_IDS, offlineStyle, tilingFor } from '#lib/map/style.ts';
import { OVERLAY_STYLES, overlayLayerIds, patternImage } from '#lib/map/overlays.ts';
import { fetchGeo } from '#lib/map/geo-files.ts';
import { DISPUTE_BOUNDS } from '#lib/map/camera.ts';
import { fitCamera } from '#lib/map/svg/projection.ts';
import { MAP_OPTIONS } from '#lib/map/options.ts';
import { DEFAULT_STATE } from '#lib/url/state.ts';
import { stepFor } from '#lib/data/timeline-steps.ts';
import { OVERLAY_IDS } from '#lib/data/types.ts';

const variant = new URLSearchParams(location.search).get('v') ?? 'style';
// The app serves geodata and fonts from its site root; the bench server mounts build/ there.
const assetBase = location.origin;

const state = DEFAULT_STATE;
const display = {
	viewpoint: state.viewpoint,
	lead: state.lead,
	overlays: state.overlays.filter((o) => stepFor(state.year).inForce.includes(o))
};
const container = document.getElementById('map') as HTMLElement;
const opening = fitCamera(
	DISPUTE_BOUNDS,
	{ width: container.clientWidth, height: container.clientHeight },
	{ top: 0, right: 0, bottom: 0, left: 0 },
	MAP_OPTIONS.maxZoom
);
const tiling = opening ? tilingFor(opening.zoom) : 'both';

/** A layer's own id, whichever tiling draws it. */
const baseId = (l: LayerSpecification) => l.id.replace(/:overview$/, '');
const overlayLayers = new Set(OVERLAY_IDS.flatMap(overlayLayerIds).concat('viewpoint-border'));
const contextLayers = new Set<string>([
	LAYER_IDS.contextFill,
	LAYER_IDS.landFill,
	LAYER_IDS.landOutline,
	LAYER_IDS.graticule
]);

function without(style: StyleSpecification, drop: (l: LayerSpecification) => boolean) {
	return { ...style, layers: style.layers.filter((l) => !drop(l)) };
}

const variants: Record<string, (s: StyleSpecification) => StyleSpecification> = {
	style: (s) => s,
	'no-labels': (s) => without(s, (l) => l.type === 'symbol'),
	'no-hatch': (s) =>
		without(
			s,
			(l) => l.type === 'fill' && overlayLayers.has(baseId(l)) && 'fill-pattern' in (l.paint ?? {})
		),
	'no-overlays': (s) => without(s, (l) => overlayLayers.has(baseId(l))),
	'no-context': (s) => without(s, (l) => contextLayers.has(baseId(l))),
	'no-fade': (s) => s,
	'by-url': (s) => s
};
const pick = variants[variant];
if (!pick)
	throw new Error(`unknown variant ${variant}; one of ${Object.keys(variants).join(', ')}`);

const geo = variant === 'by-url' ? assetBase : await fetchGeo(assetBase);
// By URL the style keeps one source per file and has no overview tiling: the twins are its own.
const style = pick(offlineStyle(geo, display, variant === 'by-url' ? 'detail' : tiling));

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
	container,
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
// As MapView.svelte: the hatch images go in before any tile is laid out.
map.on('style.load', () => {
	for (const { pattern, color } of Object.values(OVERLAY_STYLES)) {
		const id = pattern && `pattern-${pattern}`;
		if (id && !map.hasImage(id)) map.addImage(id, patternImage(pattern, color), { pixelRatio: 2 });
	}
});
// Frames drawn up to the first idle, as MapView.svelte counts them.
let frames = 0;
map.on('render', () => frames++);
map.once('idle', () => performance.mark('map-idle', { detail: { frames } }));
