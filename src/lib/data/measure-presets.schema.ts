// The schema of measure-presets.ts, apart from the other data files' (schema.ts) because its checks
// tie each preset to the places and the island facts rather than to rules of its own.

import * as v from 'valibot';
import {
	IslandIdSchema,
	KebabId,
	LngLatSchema,
	OneLine,
	Text,
	at,
	figure,
	object
} from './check.ts';
import { ISLAND_FACTS } from './island-facts.ts';
import { ISLANDS, ISLETS, LANDMARKS, SETTLEMENTS, UNDISPUTED_ISLETS } from './places.ts';

/** The presets' schema, built when the data is checked rather than when a module loads. */
export function measurePresetsSchema() {
	const PLACE_POINTS = new Map(
		[...Object.values(ISLANDS), ...ISLETS, ...UNDISPUTED_ISLETS, ...SETTLEMENTS, ...LANDMARKS].map(
			(p) => [p.id, p.point]
		)
	);

	const MeasureEnd = v.pipe(
		object({
			place: v.optional(v.picklist([...PLACE_POINTS.keys()])),
			label: OneLine,
			point: LngLatSchema,
			pointSource: Text
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed || dataset.value.place === undefined) return;
			const [lng, lat] = PLACE_POINTS.get(dataset.value.place) ?? [];
			const [x, y] = dataset.value.point;
			if (lng !== x || lat !== y)
				addIssue({
					message: `must be the point places.ts gives "${dataset.value.place}" (${lng}, ${lat})`,
					path: at(dataset.value, 'point')
				});
		})
	);

	const MeasurePreset = v.pipe(
		object({
			id: KebabId,
			title: OneLine,
			from: MeasureEnd,
			to: MeasureEnd,
			figures: v.pipe(
				v.array(figure('km', { panel: v.optional(IslandIdSchema) })),
				v.minLength(1, 'needs at least one figure')
			),
			disagreement: v.optional(Text)
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const preset = dataset.value;
			const values = new Set(preset.figures.map((f) => f.value));
			const path = at(preset, 'disagreement');
			if (values.size > 1 && preset.disagreement === undefined)
				addIssue({ message: `missing, but the figures differ (${[...values].join(', ')})`, path });
			if (values.size <= 1 && preset.disagreement !== undefined)
				addIssue({ message: 'present, but all figures have the same value', path });
			preset.figures.forEach((f, i) => {
				if (f.panel === undefined) return;
				const cited = ISLAND_FACTS[f.panel].distanceFromHokkaido.figures.some(
					(p) => p.value === f.value && p.sources.join() === f.sources.join()
				);
				if (!cited)
					addIssue({
						message: `${f.value} km [${f.sources.join(', ')}] is not a figure the ${f.panel} panel cites`,
						path: at(preset, 'figures', i, 'panel')
					});
			});
		})
	);

	const MeasurePresets = v.pipe(
		v.array(MeasurePreset),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const seen = new Set<string>();
			dataset.value.forEach((preset, i) => {
				if (seen.has(preset.id))
					addIssue({ message: `repeats "${preset.id}"`, path: at(dataset.value, i, 'id') });
				seen.add(preset.id);
			});
		})
	);
	return MeasurePresets;
}
