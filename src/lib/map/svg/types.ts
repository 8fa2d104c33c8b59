// The shape of src/lib/map/svg/shapes.generated.ts, which scripts/svg-map/build.ts writes.
import type { IslandId, OverlayId } from '#lib/data/types.ts';

/**
 * The coarse shapes are written in multiples of these many units and drawn scaled back up
 * (SvgMap.svelte): a coordinate finer than the shape's simplification tolerance is no detail, only
 * digits in every page's HTML. The islands and claims are in whole units.
 */
export const GRID = { context: 32, land: 4 } as const;

export interface SvgShapes {
	/** Small-scale land (Natural Earth) under everything, as MapLibre's context layer; in GRID.context units. */
	context: string;
	/** The coastline extract's land (not the disputed islands), by the country it belongs to; in GRID.land units. */
	land: Record<string, string>;
	/** The four island groups, each one path of all its parts. */
	islands: Record<IslandId, string>;
	/** Claim areas (closed) and lines (open), by overlay. */
	claims: Record<OverlayId, { kind: 'area' | 'line'; d: string }>;
	/** Label anchors in projected units, by place id (src/lib/data/places.ts). */
	labels: { id: string; kind: string; x: number; y: number }[];
}
