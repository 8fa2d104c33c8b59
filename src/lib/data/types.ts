// Shared vocabulary of the project's typed data. Kept free of runtime imports (only erased type
// imports) so that the geodata build (plain Node running .ts files) and the app read the same
// definitions.
import type { SOURCE_TABLE } from './sources.ts';

export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

export function isIslandId(value: unknown): value is IslandId {
	return typeof value === 'string' && (ISLAND_IDS as readonly string[]).includes(value);
}

// The ids below are shared by the data, the map, the geodata build, the route matchers and the URL
// codec; they live here, at the bottom of the import graph, so that every layer imports them from
// one place.

export const OVERLAY_IDS = [
	'ru-administered',
	'jp-claimed',
	'border-1855',
	'border-1875',
	'transfer-1956',
	'median-line'
] as const;
export type OverlayId = (typeof OVERLAY_IDS)[number];

/** "Neutral", "As Japan depicts it", "As Russia depicts it". */
export const VIEWPOINTS = ['neutral', 'ja', 'ru'] as const;
export type Viewpoint = (typeof VIEWPOINTS)[number];

/** Which name leads on labels: both, the Japanese form (Etorofu), the Russian form (Iturup). */
export const NAME_LEADS = ['both', 'ja', 'ru'] as const;
export type NameLead = (typeof NAME_LEADS)[number];

/** The timeline's stops; 2022 is the present day and the default. */
export const TIMELINE_YEARS = [1855, 1875, 1905, 1945, 1951, 1956, 1993, 2001, 2018, 2022] as const;
export type TimelineYear = (typeof TIMELINE_YEARS)[number];

export function isOverlayId(value: unknown): value is OverlayId {
	return (OVERLAY_IDS as readonly unknown[]).includes(value);
}

export function isViewpoint(value: unknown): value is Viewpoint {
	return (VIEWPOINTS as readonly unknown[]).includes(value);
}

export function isNameLead(value: unknown): value is NameLead {
	return (NAME_LEADS as readonly unknown[]).includes(value);
}

export function isTimelineYear(value: unknown): value is TimelineYear {
	return (TIMELINE_YEARS as readonly unknown[]).includes(value);
}

/** Longitude, latitude in WGS84 degrees. */
export type LngLat = readonly [number, number];

/**
 * Article slugs (and topic ids): lower-case words of a-z and 0-9 joined by single hyphens. The
 * ingester cuts a derived slug to MAX_SLUG_LENGTH, and links longer than that are not ours.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/**
 * Words that are pages of their own under /articles/ (`/articles/try`), so never an article's slug:
 * the route matcher (src/params/slug.ts), the schema and the ingester all refuse them through isSlug.
 */
export const RESERVED_SLUGS = ['try'] as const;

export function isReservedSlug(value: string): boolean {
	return (RESERVED_SLUGS as readonly string[]).includes(value);
}

export function isSlug(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length <= MAX_SLUG_LENGTH &&
		SLUG_PATTERN.test(value) &&
		!isReservedSlug(value)
	);
}

/** A key of the sources table in sources.ts, e.g. 'S1': a mistyped id does not compile. */
export type SourceId = keyof typeof SOURCE_TABLE;

/**
 * What a source is. Only kinds a careful editor would cite: copies of Wikipedia, blogs, personal,
 * travel and hiking pages, aggregators and content farms have no kind, so they cannot be entered.
 */
export const SOURCE_KINDS = [
	'primary',
	'official-statement',
	'official-statistics',
	'scholarly',
	'reference',
	'news'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
	id: SourceId;
	/**
	 * The page's own title, in its own language (`lang`). For a statement without one, the site's
	 * description of it (who said it, when and in what setting): then `described` is set.
	 */
	title: string;
	/**
	 * Set when `title` is the site's description of the page rather than the page's own title: it
	 * is then the site's words, translated and shown in the reader's language, not marked `lang`.
	 */
	described?: boolean;
	/**
	 * The site's own remark on the page, shown after its title in the reader's language: which
	 * survey its figures come from, the date of an undated page, what part of a larger work it is.
	 */
	note?: string;
	url: string;
	/** Who made it, in plain words ("Cabinet Office of Japan", "Ministry of Foreign Affairs of Russia"). */
	publisher: string;
	kind: SourceKind;
	/**
	 * Set when the text was read somewhere other than its maker's own site: a statement reported by a
	 * news agency, a treaty text in an archive. Names that page's publisher ("TASS").
	 */
	via?: string;
	/** The language the page is written in, BCP 47. */
	lang: string;
}
