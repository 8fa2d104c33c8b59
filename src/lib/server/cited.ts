// The entries of the sources a piece of data cites, in the page's language. Each piece a page
// fetches (a timeline step, a viewpoint's case, the legend, the measure presets) carries its own,
// so a citation in it links wherever and whenever the piece is shown, and no page carries the
// entries of what it does not show.
import { citedSources, type SourceTable } from '#lib/data/cited.ts';
import { localiseSource } from '#lib/data/prose.ts';
import { translator } from './translate.ts';

export function localisedSources(...values: unknown[]): SourceTable {
	const tr = translator('sources');
	return Object.fromEntries(
		Object.entries(citedSources(...values)).map(([id, source]) => [
			id,
			source && localiseSource(source, tr)
		])
	);
}
