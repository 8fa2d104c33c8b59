// Settings shared by the extract and build steps of the geodata pipeline.

export const SOURCE_PACKAGE = '@geo-maps/countries-coastline-1m';
export const SOURCE_VERSION = '0.6.0';

/**
 * The committed extract: eastern Hokkaido, the whole Kuril chain to Shumshu, southern Sakhalin and
 * the southern tip of Kamchatka. [west, south, east, north] in degrees.
 */
export const EXTRACT_BBOX: [number, number, number, number] = [141.5, 41.3, 157.5, 51.6];

/** Decimal places kept in the app's GeoJSON: 5 is about 1 m, finer than the source's vertex spacing. */
export const OUTPUT_PRECISION = 5;

/**
 * Douglas–Peucker tolerance in degrees for the land around the islands (not the islands, whose
 * areas are checked against official figures). 0.0005° is about 40–55 m, under a pixel at zoom 11.
 */
export const BASEMAP_TOLERANCE = 0.0005;

/** The small-scale context layer (Natural Earth 50m via world-atlas) is cut to this region. */
export const CONTEXT_BBOX: [number, number, number, number] = [110, 20, 180, 70];
