// The map's GeoJSON files and how the style is told where they are. Apart from the style
// (style.ts) so that the map's start (start.ts), which the map layout loads before the map's own
// code, does not bring the whole style with it.

/** The GeoJSON files of static/geo the map draws. */
export const GEO_FILES = ['context', 'land', 'graticule', 'islands', 'labels', 'claims'] as const;
export type GeoFile = (typeof GEO_FILES)[number];

/**
 * Where the map's GeoJSON comes from: the root of the static files (each source then names its
 * file's URL and MapLibre's worker fetches it), or that root with the files already fetched and
 * parsed by the page, handed to the worker inline.
 */
export type GeoData =
	string | { base: string; files: Partial<Record<GeoFile, GeoJSON.FeatureCollection>> };
