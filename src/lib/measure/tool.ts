// The measure tool as one lazily loaded module: the map screen imports it when the tool is started
// (the button or `M`) or a link brings `?measure=`, so no page pays for turf and the panel up front.

export { default as MeasurePanel } from './MeasurePanel.svelte';
export { greatCircleLine, measureDistance } from './geo.ts';
export { endLabels } from './labels.ts';
export { placePoint } from './points.ts';
