// Shared vocabulary of the project's typed data. Kept free of imports so that the geodata build
// (plain Node running .ts files) and the app read the same definitions.

export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

export function isIslandId(value: unknown): value is IslandId {
	return typeof value === 'string' && (ISLAND_IDS as readonly string[]).includes(value);
}

/** Longitude, latitude in WGS84 degrees. */
export type LngLat = readonly [number, number];

/** A key of SOURCES in sources.ts, e.g. 'S1'. */
export type SourceId = string;

export interface Source {
	id: SourceId;
	title: string;
	url: string;
	/** Who published it, in plain words ("Cabinet Office of Japan", "Wikipedia mirror"). */
	publisher: string;
	/** The language the page is written in, BCP 47. */
	lang: string;
}
