// The sources one part of the app cites, with their entries. Pages receive only these, as JSON
// their load fetches (src/routes/data/sources/), instead of the whole table in their JavaScript;
// the whole table is for the page that lists it (/about). Every citation on screen still links to
// its source: the entries are found by walking the very data the page renders, so a new field
// that cites is carried without being listed here.

import { SOURCES, isSourceId } from './sources.ts';
import type { Source, SourceId } from './types.ts';

/** Entries of the sources table by id: what the Cite component looks ids up in. */
export type SourceTable = Partial<Record<SourceId, Source>>;

/** Every source cited under a `sources` key anywhere in `values`, with its entry. */
export function citedSources(...values: unknown[]): SourceTable {
	const out: SourceTable = {};
	const seen = new Set<unknown>();
	const walk = (value: unknown): void => {
		if (value === null || typeof value !== 'object' || seen.has(value)) return;
		seen.add(value);
		if (Array.isArray(value)) {
			value.forEach(walk);
			return;
		}
		for (const [key, child] of Object.entries(value)) {
			if (key === 'sources' && Array.isArray(child))
				for (const id of child) if (isSourceId(id)) out[id] = SOURCES[id];
			walk(child);
		}
	};
	values.forEach(walk);
	return out;
}
