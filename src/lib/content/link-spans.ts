// How a text's island links are shown: the gazetteer gives one link per island, so a term for
// several islands ("the four islands") is several links over the same characters. Grouped here into
// one span per stretch of text, each with every island it names. Any `via` the gazetteer reports is
// passed on as it is (a kind added later is shown by its id, never dropped).

import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import type { IslandLink } from './model.ts';

export interface LinkSpan {
	start: number;
	end: number;
	/** The characters matched, as in the text. */
	match: string;
	/** How it was found (model.ts LINK_VIAS, or any kind the gazetteer adds). */
	via: string;
	/** The islands it names, in ISLAND_IDS order. */
	islands: IslandId[];
}

/** One span per distinct stretch and kind, in reading order; a span overlapping an earlier one is left out. */
export function linkSpans(
	links: readonly Pick<IslandLink, 'island' | 'via' | 'match' | 'start' | 'end'>[]
): LinkSpan[] {
	const byKey = new Map<string, LinkSpan>();
	for (const l of links) {
		const key = `${l.start}:${l.end}:${l.via}`;
		const span = byKey.get(key) ?? {
			start: l.start,
			end: l.end,
			match: l.match,
			via: l.via,
			islands: []
		};
		if (!span.islands.includes(l.island)) span.islands.push(l.island);
		byKey.set(key, span);
	}
	const spans = [...byKey.values()]
		.map((s) => ({ ...s, islands: ISLAND_IDS.filter((id) => s.islands.includes(id)) }))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: LinkSpan[] = [];
	for (const s of spans) {
		const last = out.at(-1);
		if (last && s.start < last.end) continue;
		out.push(s);
	}
	return out;
}

export type Segment = { text: string; span: LinkSpan | null };

/** The text cut at the spans, to mark each one; joined, the segments give the text back. */
export function segments(text: string, spans: readonly LinkSpan[]): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const span of spans) {
		if (span.start < at || span.end > text.length || span.start >= span.end) continue;
		if (span.start > at) out.push({ text: text.slice(at, span.start), span: null });
		out.push({ text: text.slice(span.start, span.end), span });
		at = span.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), span: null });
	return out;
}
