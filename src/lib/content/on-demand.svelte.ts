// The map layout's pieces a first view does not show (another timeline step, a side's case, the
// measure presets, the legend's folded explanations), fetched from the prerendered JSON when the reader first asks for one, once per
// page load; the browser's cache keeps them across pages. A piece's source entries are kept here
// too, so its citations link (Cite.svelte) although they came with no page's data.

import { browser } from '$app/environment';
import type { SourceTable } from '#lib/data/cited.ts';
import type { Source, SourceId } from '#lib/data/types.ts';
import { getJson } from './published.ts';

type Piece = { sources: SourceTable };

// Replaced, not changed in place, when a piece arrives: a few pieces in all, and plain objects
// need none of svelte/reactivity's collections in the page's script.
let pieces = $state.raw<Record<string, Piece>>({});
let sources = $state.raw<SourceTable>({});
/** Asked for, by path. Not reactive state: it is written while a derived value reads a piece. */
const asked: Record<string, Promise<unknown>> = {};

/** The entry of a source cited by a piece fetched so far. */
export const lateSource = (id: SourceId): Source | undefined => sources[id];

/** The piece at `path`, fetched once (in the browser only); rejects when it cannot be had. */
export function loadPiece<T extends Piece>(path: string): Promise<T> {
	let pending = asked[path] as Promise<T> | undefined;
	if (!pending) {
		pending = getJson<T>(fetch, path).then((piece) => {
			if (!piece) throw new Error(`${path}: not found`);
			sources = { ...sources, ...piece.sources };
			pieces = { ...pieces, [path]: piece };
			return piece;
		});
		asked[path] = pending;
		// A failure is told once; the next ask tries again.
		pending.catch((err: unknown) => {
			delete asked[path];
			console.warn('data:', err instanceof Error ? err.message : err);
		});
	}
	return pending;
}

/** The piece at `path` if it has arrived (reactive), without asking for it. */
export const arrived = <T extends Piece>(path: string): T | undefined =>
	pieces[path] as T | undefined;

/**
 * The piece at `path` if it has arrived; otherwise undefined, and it is asked for. Reactive: a
 * component that reads it is updated when it arrives.
 */
export function piece<T extends Piece>(path: string): T | undefined {
	const have = pieces[path] as T | undefined;
	if (!have && browser && !(path in asked)) void loadPiece(path).catch(() => {});
	return have;
}
