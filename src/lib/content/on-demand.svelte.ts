// The map layout's pieces a first view does not show (another timeline step, a side's case, the
// measure presets), fetched from the prerendered JSON when the reader first asks for one, once per
// page load; the browser's cache keeps them across pages. A piece's source entries are kept here
// too, so its citations link (Cite.svelte) although they came with no page's data.

import { browser } from '$app/environment';
import { SvelteMap } from 'svelte/reactivity';
import type { SourceTable } from '#lib/data/cited.ts';
import type { Source, SourceId } from '#lib/data/types.ts';
import { getJson } from './published.ts';

const pieces = new SvelteMap<string, { sources: SourceTable }>();
// Not reactive state: it is written while a component's derived value reads a piece.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
const asked = new Map<string, Promise<unknown>>();

/** The entries of the sources cited by every piece fetched so far. */
export const lateSources = new SvelteMap<SourceId, Source>();

/** The piece at `path`, fetched once (in the browser only); rejects when it cannot be had. */
export function loadPiece<T extends { sources: SourceTable }>(path: string): Promise<T> {
	let pending = asked.get(path) as Promise<T> | undefined;
	if (!pending) {
		pending = getJson<T>(fetch, path).then((piece) => {
			if (!piece) throw new Error(`${path}: not found`);
			for (const [id, source] of Object.entries(piece.sources))
				if (source) lateSources.set(id as SourceId, source);
			pieces.set(path, piece);
			return piece;
		});
		asked.set(path, pending);
		// A failure is told once; the next ask tries again.
		pending.catch((err: unknown) => {
			asked.delete(path);
			console.warn('data:', err instanceof Error ? err.message : err);
		});
	}
	return pending;
}

/**
 * The piece at `path` if it has arrived; otherwise undefined, and it is asked for. Reactive: a
 * component that reads it is updated when it arrives.
 */
export function piece<T extends { sources: SourceTable }>(path: string): T | undefined {
	const have = pieces.get(path) as T | undefined;
	if (!have && browser && !asked.has(path)) void loadPiece(path).catch(() => {});
	return have;
}
