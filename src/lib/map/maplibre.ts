// The parts of MapLibre the map owner (MapView.svelte) uses, named, so the bundler leaves out the
// rest. MapView loads this module on mount; importing 'maplibre-gl' itself dynamically would keep
// the whole namespace, about 11 KB gzip more than this for every reader.
export { Map, Marker, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
