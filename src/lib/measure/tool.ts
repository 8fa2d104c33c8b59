// The measure tool as one lazily loaded module: the map screen imports it when the tool is started
// (the button or `M`) or a link brings `?measure=`, so no page pays for turf, the panel or the
// tool's state up front.

export { default as MeasureSheet } from './MeasureSheet.svelte';
export { MeasureSession } from './session.svelte.ts';
