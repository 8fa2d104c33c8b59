// The map's GeoJSON files and how the style is told where they are. Apart from the style
// (style.ts) so that the map's start (start.ts), which the map layout loads before the map's own
// code, does not bring the whole style with it; the page fetches them (fetchGeo) while MapLibre
// downloads.

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

/**
 * The map's GeoJSON, fetched by the page while MapLibre downloads, to hand to MapLibre's worker
 * inline. Given URLs, the worker fetches each file only once the style is loaded, and the files come
 * back from it in separate batches, each one drawing a frame before the next. A file that cannot
 * be fetched here is left to the worker as a URL, whose error the map reports as it always has.
 */
export async function fetchGeo(base: string): Promise<GeoData> {
	const files: Partial<Record<GeoFile, GeoJSON.FeatureCollection>> = {};
	await Promise.all(
		GEO_FILES.map(async (name) => {
			try {
				const res = await fetch(`${base}/geo/${name}.geojson`);
				if (res.ok) files[name] = (await res.json()) as GeoJSON.FeatureCollection;
			} catch {
				// left to the worker
			}
		})
	);
	return { base, files };
}
