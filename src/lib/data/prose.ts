// Which strings of each data table are prose a reader reads, so are translated (src/lib/i18n/
// prose.ts explains the keys), and which stay as written: quotes are verbatim in their own
// language, a source's title is its own, ids and dates are not words. One localiser per domain;
// the data endpoints call it with the page's language, and scripts/i18n/extract.ts calls it with a
// collector to list every English text.
import {
	translateFields,
	type ProseDomain,
	type Special,
	type Translate
} from '#lib/i18n/prose.ts';
import { CLAIMS } from './geodata.generated.ts';
import type { OverlayInfo } from './geodata-types.ts';
import { ISLAND_FACTS, type IslandFacts } from './island-facts.ts';
import { MEASURE_PRESETS, type MeasurePreset } from './measure-presets.ts';
import { POSITIONS, type Positions, type Quote } from './positions.ts';
import type { Source } from './types.ts';
import { SOURCE_TABLE } from './sources.ts';
import { TIMELINE_STEPS, type TimelineStep } from './timeline-steps.ts';
import type { IslandId } from './types.ts';

const fields = (...names: string[]): ReadonlySet<string> => new Set(names);
/**
 * A quote's words are verbatim in their own language, whatever the page's; who said it, where and
 * when is the site's own line, so it is translated.
 */
const QUOTES: Special = {
	quote: (quote: Quote | undefined, tr: Translate) => quote && { ...quote, by: tr(quote.by) }
};

export const localiseTimeline = (tr: Translate): TimelineStep[] =>
	translateFields(
		TIMELINE_STEPS,
		fields('title', 'summary', 'dateNote', 'text', 'holderText'),
		tr,
		QUOTES
	);

export const localisePositions = (tr: Translate): Positions =>
	translateFields(
		POSITIONS,
		fields('label', 'statement', 'mapNote', 'topic', 'point', 'text'),
		tr,
		QUOTES
	);

export const localiseOverlays = (tr: Translate): OverlayInfo[] =>
	translateFields(CLAIMS as OverlayInfo[], fields('title', 'description'), tr);

/**
 * A source keeps its own title, address and language; who made it, where it was read and the
 * site's note on it are translated, and so is a title the site wrote itself (`described`).
 */
export const localiseSource = (source: Source, tr: Translate): Source =>
	translateFields(
		source,
		source.described
			? fields('title', 'publisher', 'via', 'note')
			: fields('publisher', 'via', 'note'),
		tr
	);

export const localiseFacts = (tr: Translate): Record<IslandId, IslandFacts> =>
	translateFields(
		ISLAND_FACTS,
		fields(
			'label',
			'disagreement',
			'oblast',
			'district',
			'seat',
			'prefecture',
			'subprefecture',
			'name',
			'note',
			'peak',
			'from',
			'to'
		),
		tr
	);

/** The measure tool's presets: their buttons' words, what each end is and where it comes from. */
export const localisePresets = (tr: Translate): MeasurePreset[] =>
	translateFields(MEASURE_PRESETS, fields('title', 'label', 'pointSource'), tr);

/** Every domain's texts, for the extraction: each localiser run with a collector. */
export const PROSE: Record<ProseDomain, (tr: Translate) => unknown> = {
	timeline: localiseTimeline,
	positions: localisePositions,
	facts: localiseFacts,
	overlays: localiseOverlays,
	sources: (tr) => Object.values(SOURCE_TABLE).map((s) => localiseSource(s as Source, tr)),
	presets: localisePresets
};
