// Shapes of src/lib/data/geodata.generated.ts, which geodata/build.ts writes.
import type { LngLat } from './types.ts';
import type { OverlayId } from './types.ts';
import type { OverlayDefinition } from './overlay-definitions.ts';
import type { OverlayText } from './overlays.ts';

export interface IslandGeo {
	/** Area computed from the coastline polygons (turf.area), km². */
	areaKm2: number;
	/** Each polygon of the group, largest first, by place id (src/lib/data/places.ts). */
	parts: { id: string; areaKm2: number }[];
	/** [west, south, east, north] of the group's outline. */
	bbox: [number, number, number, number];
	labelPoint: LngLat;
	/** Distance from Hokkaido computed from the geodata; `from` and `to` are place ids. */
	distance: { km: number; from: string; to: string };
}

/** A face every page preloads (geodata/fonts.ts says which and why). */
export interface FontFaceFile {
	/** File name under static/fonts/. */
	file: string;
	display: 'optional' | 'swap';
}

/** What the legend shows for each claim overlay (from static/geo/claims.geojson's properties). */
export interface OverlayInfo extends OverlayText, Pick<OverlayDefinition, 'kind' | 'years'> {
	id: OverlayId;
}
