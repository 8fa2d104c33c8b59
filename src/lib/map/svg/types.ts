// The shape of src/lib/map/svg/shapes.generated.ts, which scripts/svg-map/build.ts writes.
import type { IslandId } from '#lib/data/types.ts';

/**
 * The coarse shapes are written in multiples of these many units and drawn scaled back up
 * (still.generated.svg): a coordinate finer than the shape's simplification tolerance is no
 * detail, only digits to download. The islands and claims are in whole units.
 */
export const GRID = { context: 32, land: 4 } as const;

/**
 * The id of a shape in the shared file (still.generated.svg): `context`, `land-JPN`,
 * `claim-median-line`, `island-kunashir`. Pages draw it
 * with `<use href="<file>#<id>">`, and carry `data-shape="<kind>:<key>"` on that <use> to be found.
 */
export const sharedId = (kind: 'context' | 'land' | 'claim' | 'island', key?: string): string =>
	key ? `${kind}-${key}` : kind;

/** The prefix of a shape's id when a page carries the shapes in its own <defs> (defs.server.ts). */
export const INLINE_PREFIX = 'svgmap-';

export interface SvgShapes {
	/**
	 * The countries whose land the coastline extract has (not the disputed islands). Their path data,
	 * the small-scale context under everything and every overlay's claim area or line are in the
	 * shared file (sharedId) only.
	 */
	land: string[];
	/**
	 * The four island groups, each one path of all its parts: drawn from the shared file too, and here
	 * only for the nearest-island tap, which needs their rings (loaded when a tap first needs them).
	 */
	islands: Record<IslandId, string>;
	/** Label anchors in projected units, by place id (src/lib/data/places.ts). */
	labels: { id: string; kind: string; x: number; y: number }[];
}
