// The offline basemap and the island layers as typed MapLibre style data
// (https://maplibre.org/maplibre-style-spec/). Everything it points at is served by the app itself:
// GeoJSON from static/geo and label fonts from static/fonts, so the default map contacts no other host.

import type {
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { FONT_FACES } from '#lib/data/geodata.generated.ts';
import {
	CLAIMS_SOURCE,
	NATIVE_LABEL,
	claimLayers,
	englishLabel,
	islandLabel,
	placeLabel
} from './overlays.ts';

export const OSM_ATTRIBUTION =
	'© <a href="https://www.openstreetmap.org/copyright" rel="external noopener">OpenStreetMap contributors</a> (ODbL)';
export const NE_ATTRIBUTION =
	'<a href="https://www.naturalearthdata.com/" rel="external noopener">Natural Earth</a>';

/** Colours of the map, named by what they show. Islands must stay distinct from land and sea. */
export const COLORS = {
	sea: '#c9dfec',
	land: '#f1ede4',
	landOutline: '#a9a396',
	graticule: '#9db7c8',
	island: '#e0a63a',
	islandHover: '#c98412',
	islandSelected: '#b3580f',
	islandOutline: '#6b4310',
	label: '#2a2a2a',
	labelHalo: '#ffffffcc',
	strait: '#2b5d7d'
} as const;

export const FONT = 'Noto Sans JP';

export const SOURCE_IDS = {
	context: 'context',
	land: 'land',
	graticule: 'graticule',
	islands: 'islands',
	labels: 'labels'
} as const;

export const LAYER_IDS = {
	islandsFill: 'islands-fill',
	islandsOutline: 'islands-outline',
	islandLabels: 'labels-islands',
	placeLabels: 'labels-places',
	straitLabels: 'labels-straits',
	landFill: 'land-fill'
} as const;

/** Feature states the map owner sets on island features. */
export type IslandState = { hover?: boolean; selected?: boolean };

function fontFaces(assetBase: string): FontFacesSpecification {
	// One subset file covers every character the data can show (geodata/fonts.ts).
	return { [FONT]: FONT_FACES.map((f) => ({ url: `${assetBase}/fonts/${f.file}` })) };
}

export function overlaySources(assetBase: string): Record<string, SourceSpecification> {
	const geo = (name: string) => `${assetBase}/geo/${name}.geojson`;
	return {
		[SOURCE_IDS.islands]: {
			type: 'geojson',
			data: geo('islands'),
			promoteId: 'id',
			attribution: OSM_ATTRIBUTION
		},
		[SOURCE_IDS.labels]: { type: 'geojson', data: geo('labels') },
		[CLAIMS_SOURCE]: {
			type: 'geojson',
			data: geo('claims'),
			promoteId: 'id',
			attribution: OSM_ATTRIBUTION
		}
	};
}

export function overlayLayers(): LayerSpecification[] {
	const englishNames = englishLabel('both');
	const nativeNames = NATIVE_LABEL;
	return [
		...claimLayers('under'),
		{
			id: LAYER_IDS.islandsFill,
			type: 'fill',
			source: SOURCE_IDS.islands,
			paint: {
				'fill-color': [
					'case',
					['boolean', ['feature-state', 'selected'], false],
					COLORS.islandSelected,
					['boolean', ['feature-state', 'hover'], false],
					COLORS.islandHover,
					COLORS.island
				],
				'fill-opacity': 1
			}
		},
		{
			id: LAYER_IDS.islandsOutline,
			type: 'line',
			source: SOURCE_IDS.islands,
			paint: {
				'line-color': COLORS.islandOutline,
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, 0.8]
			}
		},
		...claimLayers('over'),
		{
			// Kaigara/Signalny is in no coastline dataset: a point shows where it is.
			id: 'islet-points',
			type: 'circle',
			source: SOURCE_IDS.labels,
			filter: ['==', ['get', 'id'], 'kaigara'],
			minzoom: 7,
			paint: {
				'circle-color': COLORS.island,
				'circle-stroke-color': COLORS.islandOutline,
				'circle-stroke-width': 1,
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 5]
			}
		},
		{
			id: LAYER_IDS.placeLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: [
				'all',
				[
					'match',
					['get', 'kind'],
					['settlement', 'town', 'cape', 'peninsula', 'region', 'islet'],
					true,
					false
				],
				['>=', ['zoom'], ['get', 'minzoom']]
			],
			layout: {
				'text-field': placeLabel('both'),
				'text-font': [FONT],
				'text-size': ['match', ['get', 'kind'], 'region', 14, 'islet', 10.5, 11.5],
				'text-anchor': 'top',
				'text-offset': [0, 0.4],
				'text-max-width': 12
			},
			paint: {
				'text-color': COLORS.label,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: LAYER_IDS.straitLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: ['all', ['==', ['get', 'kind'], 'strait'], ['>=', ['zoom'], ['get', 'minzoom']]],
			layout: {
				'text-field': ['concat', englishNames, '\n', nativeNames],
				'text-font': [FONT],
				'text-size': 11,
				'text-letter-spacing': 0.05,
				'text-max-width': 10
			},
			paint: {
				'text-color': COLORS.strait,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1
			}
		},
		{
			id: LAYER_IDS.islandLabels,
			type: 'symbol',
			source: SOURCE_IDS.labels,
			filter: ['==', ['get', 'kind'], 'island'],
			layout: {
				'text-field': islandLabel('both'),
				'text-font': [FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 15],
				'text-max-width': 14,
				'text-allow-overlap': false
			},
			paint: {
				'text-color': COLORS.label,
				'text-halo-color': COLORS.labelHalo,
				'text-halo-width': 1.5
			}
		}
	];
}

/** The default, offline style: sea, land, graticule, then the island overlay. */
export function offlineStyle(assetBase: string): StyleSpecification {
	const geo = (name: string) => `${assetBase}/geo/${name}.geojson`;
	return {
		version: 8,
		name: 'Kuril explorer offline basemap',
		'font-faces': fontFaces(assetBase),
		sources: {
			[SOURCE_IDS.context]: { type: 'geojson', data: geo('context'), attribution: NE_ATTRIBUTION },
			[SOURCE_IDS.land]: { type: 'geojson', data: geo('land'), attribution: OSM_ATTRIBUTION },
			[SOURCE_IDS.graticule]: { type: 'geojson', data: geo('graticule') },
			...overlaySources(assetBase)
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
			{
				id: 'context-fill',
				type: 'fill',
				source: SOURCE_IDS.context,
				paint: { 'fill-color': COLORS.land }
			},
			{
				id: 'land-fill',
				type: 'fill',
				source: SOURCE_IDS.land,
				paint: { 'fill-color': COLORS.land }
			},
			{
				id: 'land-outline',
				type: 'line',
				source: SOURCE_IDS.land,
				minzoom: 5,
				paint: { 'line-color': COLORS.landOutline, 'line-width': 0.6 }
			},
			{
				id: 'graticule',
				type: 'line',
				source: SOURCE_IDS.graticule,
				filter: ['any', ['get', 'major'], ['>=', ['zoom'], 5]],
				paint: { 'line-color': COLORS.graticule, 'line-width': 0.5, 'line-opacity': 0.7 }
			},
			...overlayLayers()
		]
	};
}
