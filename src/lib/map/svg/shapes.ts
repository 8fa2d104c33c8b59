// The still map's shapes in the browser. Their path data is in the shared file
// (still.generated.svg), which the page draws with <use>; what else the map needs is which
// countries' land and which islands the server drew, and the labels' anchors, and the browser reads
// these back from the page's SVG instead of carrying the generated module in its JavaScript. The
// module is fetched only when the page holds no such SVG (the map screen reached from a page
// without it), or when a tap off the islands' land needs their rings to find the nearest one.
// Attribute values come back exactly as the server wrote them, so hydration changes nothing.

import { ISLAND_IDS } from '#lib/data/types.ts';
import { INLINE_PREFIX, type SvgShapes } from './types.ts';

/** The shapes as far as they are known: the islands' path data only once the module has loaded. */
export type KnownShapes = Omit<SvgShapes, 'islands'> & { islands?: SvgShapes['islands'] };

/** What each shape's path or <use> carries (SvgMap.svelte), to be found again: `land:JPN`, `claim:median-line`… */
const SHAPE_ATTR = 'data-shape';

/** The shapes the still map in `root` was drawn with, or null when it has none or lacks some. */
export function readShapes(root: ParentNode): KnownShapes | null {
	const svg = root.querySelector('svg[data-still-map]');
	if (!svg) return null;
	const islands = new Set<string>();
	let context = false;
	const land: string[] = [];
	const labels: KnownShapes['labels'] = [];
	for (const shape of svg.querySelectorAll(`[${SHAPE_ATTR}]`)) {
		const [kind, id = ''] = (shape.getAttribute(SHAPE_ATTR) ?? '').split(':');
		// A <use> of the shared file: no path data to read, only that the server drew it.
		if (kind === 'context') context = shape.hasAttribute('href');
		else if (kind === 'land' && shape.hasAttribute('href')) land.push(id);
		else if (kind === 'island' && shape.hasAttribute('href')) islands.add(id);
	}
	for (const text of svg.querySelectorAll('text[data-label]'))
		labels.push({
			id: text.getAttribute('data-label') ?? '',
			kind: text.getAttribute('data-kind') ?? '',
			x: Number(text.getAttribute('x')),
			y: Number(text.getAttribute('y'))
		});
	if (!context || !land.length || !labels.length) return null;
	if (!ISLAND_IDS.every((id) => islands.has(id))) return null;
	return { land, labels };
}

/**
 * The shapes' markup a page carries in its still map's own <defs> (defs.server.ts), exactly as the
 * server wrote it, or null when the page draws them from the shared file.
 */
export function readDefs(root: ParentNode): string | null {
	const paths = root.querySelectorAll(`svg[data-still-map] defs path[id^="${INLINE_PREFIX}"]`);
	return paths.length ? [...paths].map((p) => p.outerHTML).join('') : null;
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
