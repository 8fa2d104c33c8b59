// What each end of a measurement is called for assistive technology on the map: the preset's words
// for its ends, else the place's name, else the coordinates.

import { MEASURE_PRESETS, type MeasurePreset } from '#lib/data/measure-presets.ts';
import { placeName } from '#lib/data/names.ts';
import type { Place } from '#lib/data/places.ts';
import type { NameLead } from '#lib/data/types.ts';
import { MEASURE, formatPoint } from '#lib/strings/measure.ts';
import { near, placeAt, type Point } from './points.ts';

export function endName(
	end: Point,
	other: Point | null,
	lead: NameLead,
	presets: readonly MeasurePreset[] = MEASURE_PRESETS
): string {
	const named = endNamed(end, other, presets);
	return 'place' in named ? placeName(named.place, lead) : named.text;
}

/**
 * What endName names an end by: a place (for the panel to write its names with their languages,
 * src/lib/components/PlaceName.svelte), or a text in the page's language.
 */
export function endNamed(
	end: Point,
	other: Point | null,
	presets: readonly MeasurePreset[] = MEASURE_PRESETS
): { place: Place } | { text: string } {
	for (const p of presets) {
		if (!other) break;
		if (near(p.from.point, end) && near(p.to.point, other)) return { text: p.from.label };
		if (near(p.to.point, end) && near(p.from.point, other)) return { text: p.to.label };
	}
	const place = placeAt(end);
	return place ? { place } : { text: formatPoint(end) };
}

/** The aria-label of each end's marker: "Start point: Cape Nosappu. Arrow keys move it." */
export function endLabels(
	ends: readonly (Point | null)[],
	lead: NameLead,
	presets: readonly MeasurePreset[] = MEASURE_PRESETS
): string[] {
	const [a = null, b = null] = ends;
	return [a, b].map((end, i) =>
		end
			? MEASURE.endLabel(i === 0 ? 'from' : 'to', endName(end, i === 0 ? b : a, lead, presets))
			: ''
	);
}
