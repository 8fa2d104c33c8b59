// The measure tool's presets as the page shows them: in its language, from the map layout's data
// (src/routes/(map)/+layout.ts); the English table itself where a page has none.
import { page } from '$app/state';
import { MEASURE_PRESETS, type MeasurePreset } from '#lib/data/measure-presets.ts';

export const presets = (): readonly MeasurePreset[] => page.data.presets ?? MEASURE_PRESETS;
