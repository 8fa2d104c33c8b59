// The measure tool's presets as the page shows them: in its language, fetched when the tool opens
// (src/lib/map-screen/measure-tool.svelte.ts); the English table itself if they could not be had.
import { piece } from '#lib/content/on-demand.svelte.ts';
import { dataPaths, type PresetPiece } from '#lib/content/published.ts';
import { MEASURE_PRESETS, type MeasurePreset } from '#lib/data/measure-presets.ts';

export const presets = (): readonly MeasurePreset[] =>
	piece<PresetPiece>(dataPaths.presets())?.presets ?? MEASURE_PRESETS;
