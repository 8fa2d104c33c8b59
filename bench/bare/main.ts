// The baseline the app is measured against: MapLibre alone, drawing the same islands GeoJSON with
// one fill layer and no labels, fonts, framework or panels. Whatever the app costs beyond this is ours.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
const map = new Map({
	container: 'map',
	bounds: [145.3, 43.2, 149.0, 45.6],
	style: {
		version: 8,
		sources: {
			islands: { type: 'geojson', data: new URL('./islands.geojson', location.href).href }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#c9dfec' } },
			{ id: 'islands', type: 'fill', source: 'islands', paint: { 'fill-color': '#e0a63a' } }
		]
	}
});
// Frames drawn up to the first idle, as MapView.svelte counts them.
let frames = 0;
map.on('render', () => frames++);
map.once('idle', () => performance.mark('map-idle', { detail: { frames } }));
// Published under the app's name for the frame tracer (bench/trace-frames.ts), as the app's map is.
(window as unknown as { __kurilMap: unknown }).__kurilMap = map;
