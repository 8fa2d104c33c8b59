// The map half of a link-preview card, drawn from the app's own geodata (static/geo/) with d3-geo:
// sea, graticule, land, the four island groups with the highlighted ones in the app's colours,
// their names when several are highlighted, a scale bar and the OpenStreetMap credit.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	geoArea,
	geoBounds,
	geoConicConformal,
	geoDistance,
	geoGraticule,
	geoPath,
	type GeoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { placeName } from '#lib/data/names.ts';
import { intlLocale, type Locale } from '#lib/i18n/locale.ts';
import { ISLANDS } from '#lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { COLORS } from '#lib/data/colors.ts';
import { escapeXml } from './text.ts';

const INK = COLORS.label;

/** The map's size in pixels; it is drawn from (0, 0). */
export type Frame = { width: number; height: number };

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
type Geo = { islands: Map<IslandId, Area>; land: Area[]; context: Area[] };

const GEO_DIR = fileURLToPath(new URL('../../static/geo/', import.meta.url));
let geoCache: Geo | undefined;

/**
 * d3-geo reads a ring's winding as which side is inside (clockwise encloses the small side), while
 * GeoJSON files often follow RFC 7946's opposite rule; an inverted polygon would fill the globe.
 */
function rewound(feature: Area): Area {
	const fix = (rings: Position[][]): Position[][] =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
			? rings.map((r) => [...r].reverse())
			: rings;
	const g = feature.geometry;
	const geometry: Polygon | MultiPolygon =
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: fix(g.coordinates) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
	return { ...feature, geometry };
}

function readAreas(name: string): Area[] {
	const fc = JSON.parse(readFileSync(`${GEO_DIR}${name}.geojson`, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon,
		Record<string, unknown>
	>;
	return fc.features.map(rewound);
}

function geo(): Geo {
	if (geoCache) return geoCache;
	const islands = new Map<IslandId, Area>();
	for (const f of readAreas('islands')) {
		const id = f.properties.id ?? f.id;
		if (ISLAND_IDS.includes(id as IslandId)) islands.set(id as IslandId, f);
	}
	for (const id of ISLAND_IDS)
		if (!islands.has(id)) throw new Error(`islands.geojson has no ${id}`);
	geoCache = { islands, land: readAreas('land'), context: readAreas('context') };
	return geoCache;
}

// Small islands alone would fill the frame with no coast around them; a view spans at least this.
const MIN_SPAN_KM = 60;
const MAP_MARGIN = 56;

function fittedProjection(focus: Area[], { width, height }: Frame): GeoProjection {
	const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features: focus });
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const halfLat = MIN_SPAN_KM / 2 / 111.2;
	const halfLon = halfLat / Math.cos((cy * Math.PI) / 180);
	const frame: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[cx - halfLon, cy - halfLat],
				[cx + halfLon, cy + halfLat]
			]
		}
	};
	// Conformal, so island shapes keep their proportions; the parallels bracket the four islands.
	return geoConicConformal()
		.parallels([43.5, 45.5])
		.rotate([-146.5, 0])
		.fitExtent(
			[
				[MAP_MARGIN, MAP_MARGIN],
				[width - MAP_MARGIN, height - MAP_MARGIN]
			],
			{ type: 'FeatureCollection', features: [...focus, frame] }
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
}

const NICE = [0.1, 0.25, 0.5, 1, 2, 5];
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200];

function graticule(
	projection: GeoProjection,
	path: (g: Geometry) => string | null,
	{ width, height }: Frame
): string {
	const corners = [
		[0, 0],
		[width, 0],
		[0, height],
		[width, height]
	].map((p) => projection.invert?.(p as [number, number]) ?? [0, 0]);
	const lons = corners.map((c) => c[0] ?? 0);
	const lats = corners.map((c) => c[1] ?? 0);
	const span = Math.max(...lons) - Math.min(...lons);
	const step = NICE.find((d) => span / d <= 8) ?? 5;
	const lines = geoGraticule()
		.extent([
			[
				Math.floor(Math.min(...lons) / step) * step - step,
				Math.floor(Math.min(...lats) / step) * step - step
			],
			[
				Math.ceil(Math.max(...lons) / step) * step + step,
				Math.ceil(Math.max(...lats) / step) * step + step
			]
		])
		.step([step, step])
		.precision(step / 4)();
	return `<path d="${path(lines) ?? ''}" fill="none" stroke="${COLORS.graticule}" stroke-width="1" stroke-opacity="0.7"/>`;
}

function scaleBar(projection: GeoProjection, { width, height }: Frame, locale: Locale): string {
	const y = height - 30;
	const a = projection.invert?.([width / 2, height / 2]);
	const b = projection.invert?.([width / 2 + 100, height / 2]);
	if (!a || !b) return '';
	const pxPerKm = 100 / (geoDistance(a, b) * 6371.0088);
	const km = [...NICE_KM].reverse().find((k) => k * pxPerKm <= 150) ?? 1;
	const len = Math.round(km * pxPerKm);
	const x1 = width - 28;
	const x0 = x1 - len;
	return (
		`<rect x="${x0 - 10}" y="${y - 30}" width="${len + 20}" height="40" rx="4" fill="#ffffff" fill-opacity="0.75"/>` +
		`<path d="M${x0} ${y - 6}V${y}H${x1}V${y - 6}" fill="none" stroke="${INK}" stroke-width="2"/>` +
		`<text x="${(x0 + x1) / 2}" y="${y - 10}" font-size="16" text-anchor="middle" fill="${INK}">${escapeXml(new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'kilometer' }).format(km))}</text>`
	);
}

/**
 * Names on the map when several islands are highlighted, where the title cannot say which is
 * which. Groups of islets too small to carry a label get theirs underneath.
 */
/** An island's name on a card's map: the one its language leads with (択捉島, Итуруп). */
export function mapLabel(id: IslandId, locale: Locale): string {
	const { names } = ISLANDS[id];
	const own = locale === 'ja' ? names.ja?.kanji : locale === 'ru' ? names.ru?.cyrillic : undefined;
	return own ? own.charAt(0).toLocaleUpperCase(locale) + own.slice(1) : placeName(ISLANDS[id]);
}

function islandLabels(
	ids: IslandId[],
	projection: GeoProjection,
	path: GeoPath<unknown, GeoPermissibleObjects>,
	locale: Locale
): string {
	const { islands } = geo();
	return ids
		.map((id) => {
			const [[x0], [x1, y1]] = path.bounds(islands.get(id) as Area);
			const [px, py] = projection(ISLANDS[id].point as [number, number]) ?? [0, 0];
			const small = x1 - x0 < 120;
			const x = Math.round(small ? (x0 + x1) / 2 : px);
			const y = Math.round(small ? y1 + 22 : py + 6);
			return `<text x="${x}" y="${y}" font-size="18" font-weight="700" text-anchor="middle" fill="${INK}" stroke="#ffffff" stroke-width="4" stroke-opacity="0.85" stroke-linejoin="round" paint-order="stroke">${escapeXml(mapLabel(id, locale))}</text>`;
		})
		.join('');
}

/**
 * The map as SVG for a frame: fitted to the highlighted islands (all four when none is), the others
 * muted, clipped to the frame.
 */
export function mapSvg(highlight: IslandId[], frame: Frame, locale: Locale = 'en'): string {
	const { width, height } = frame;
	const { islands, land, context } = geo();
	const all = ISLAND_IDS.map((id) => islands.get(id) as Area);
	const focus = highlight.length ? highlight.map((id) => islands.get(id) as Area) : all;
	const projection = fittedProjection(focus, frame);
	const path = geoPath(projection).digits(1);
	const d = (features: Area[]) => features.map((f) => path(f) ?? '').join('');

	const muted = ISLAND_IDS.filter((id) => !highlight.includes(id));
	const islandPaths = (ids: IslandId[], attrs: string) =>
		ids
			.map(
				(id) => `<path data-island="${id}" d="${path(islands.get(id) as Area) ?? ''}" ${attrs}/>`
			)
			.join('');
	// A single highlighted island is the page's subject: the app's "selected" colour marks it.
	const fill = highlight.length === 1 ? COLORS.islandSelected : COLORS.island;

	return [
		`<clipPath id="map"><rect width="${width}" height="${height}"/></clipPath>`,
		`<g clip-path="url(#map)">`,
		`<rect width="${width}" height="${height}" fill="${COLORS.sea}"/>`,
		graticule(projection, (g) => path(g), frame),
		`<path d="${d(context)}" fill="${COLORS.land}"/>`,
		`<path d="${d(land)}" fill="${COLORS.land}" stroke="${COLORS.landOutline}" stroke-width="0.8" stroke-linejoin="round"/>`,
		islandPaths(
			muted,
			`fill="${COLORS.island}" fill-opacity="0.35" stroke="${COLORS.islandOutline}" stroke-opacity="0.45" stroke-width="0.8" stroke-linejoin="round"`
		),
		islandPaths(
			highlight,
			`class="highlight" fill="${fill}" stroke="${COLORS.islandOutline}" stroke-width="1.5" stroke-linejoin="round"`
		),
		highlight.length > 1 ? islandLabels(highlight, projection, path, locale) : '',
		scaleBar(projection, frame, locale),
		`<rect x="12" y="${height - 38}" width="236" height="26" rx="4" fill="#ffffff" fill-opacity="0.75"/>`,
		`<text x="20" y="${height - 19}" font-size="15" fill="${INK}">© OpenStreetMap contributors</text>`,
		`</g>`
	].join('');
}
