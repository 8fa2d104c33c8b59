// The still map's shapes in the browser. A page served with its still map has every shape it shows
// in its HTML already, so the browser reads them back from that SVG instead of carrying them a
// second time in its JavaScript (the generated module is most of the map screen's script). The
// module is fetched only when the page holds no such SVG (the map screen reached from a page
// without it). The land and the claims are in no page and no module: every page draws them from
// the shared file with <use> (any overlay, switched on or not when served), so all there is to
// read back is which countries' land the server drew.
// Attribute values come back exactly as the server wrote them, so hydration changes nothing.

import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import type { SvgShapes } from './types.ts';

export type KnownShapes = SvgShapes;

/** What each shape's path or <use> carries (SvgMap.svelte), to be found again: `land:JPN`, `claim:median-line`… */
const SHAPE_ATTR = 'data-shape';

/** The shapes the still map in `root` was drawn with, or null when it has none or lacks some. */
export function readShapes(root: ParentNode): KnownShapes | null {
	const svg = root.querySelector('svg[data-still-map]');
	if (!svg) return null;
	const islands: Partial<Record<IslandId, string>> = {};
	let context = false;
	const land: string[] = [];
	const labels: KnownShapes['labels'] = [];
	for (const shape of svg.querySelectorAll(`[${SHAPE_ATTR}]`)) {
		const [kind, id = ''] = (shape.getAttribute(SHAPE_ATTR) ?? '').split(':');
		// A <use> of the shared file has no path data to read, only its place in it.
		const d = shape.getAttribute('d') ?? '';
		if (kind === 'context') context = shape.hasAttribute('href');
		else if (kind === 'land' && shape.hasAttribute('href')) land.push(id);
		else if (kind === 'island') islands[id as IslandId] = d;
	}
	for (const text of svg.querySelectorAll('text[data-label]'))
		labels.push({
			id: text.getAttribute('data-label') ?? '',
			kind: text.getAttribute('data-kind') ?? '',
			x: Number(text.getAttribute('x')),
			y: Number(text.getAttribute('y'))
		});
	if (!context || !land.length || !labels.length) return null;
	if (!ISLAND_IDS.every((id) => islands[id])) return null;
	return { land, islands: islands as Record<IslandId, string>, labels };
}

let all: Promise<SvgShapes> | null = null;

/** Every shape, from the generated module; loaded once, retried after a failure. */
export function loadShapes(): Promise<SvgShapes> {
	all ??= import('./shapes.generated.ts').then(
		(m) => m.SVG_SHAPES,
		(error: unknown) => {
			all = null;
			throw error;
		}
	);
	return all;
}
