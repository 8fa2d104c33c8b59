// The measure tool's presets: the distances the panels and the fact sheet cite, each with the two
// points the tool measures between. The cited figure is the source's own (its method and measuring
// points are its own too); the tool shows it beside the distance it computes between these points,
// and the two may differ. schema.ts checks this file; a figure marked `panel` must be one the
// island panel cites (ISLAND_FACTS[panel].distanceFromHokkaido), value and sources alike.
//
// Endpoints on a coast are the nearest points between the two coastlines of the app's own geodata
// (static/geo/land.geojson and islands.geojson, OpenStreetMap), found with turf's
// nearestPointOnLine; src/lib/measure/presets.test.ts recomputes them from those files.
// Figures not in the panels (Kunashir → Iturup) come from the reference fact sheet's table of key
// distances, with its source ids.
import type { IslandId, LngLat, SourceId } from './types.ts';

export interface MeasureEnd {
	/** A place of places.ts, when the end is one (its point is then this point). */
	place?: string;
	/** How the end reads in the tool: "Cape Nosappu", "Kunashir, nearest coast". */
	label: string;
	point: LngLat;
	/** Where the point comes from. */
	pointSource: string;
}

export interface CitedDistance {
	value: number;
	unit: 'km';
	/** What the figure is, as shown to a reader. */
	label: string;
	sources: SourceId[];
	/** The island whose panel cites this same figure. */
	panel?: IslandId;
}

export interface MeasurePreset {
	id: string;
	/** The button's words: "Cape Nosappu → Kaigara Island". */
	title: string;
	from: MeasureEnd;
	to: MeasureEnd;
	figures: CitedDistance[];
	/** Present when the cited figures differ: one neutral sentence saying how. */
	disagreement?: string;
}

const GEODATA_NEAREST =
	'Nearest point between the two coastlines in the app’s OpenStreetMap geodata (turf nearestPointOnLine)';

export const MEASURE_PRESETS: MeasurePreset[] = [
	{
		id: 'nosappu-kaigara',
		title: 'Cape Nosappu → Kaigara Island',
		from: {
			place: 'cape-nosappu',
			label: 'Cape Nosappu',
			point: [145.816278, 43.385056],
			pointSource: '43°23′6.2″N 145°48′58.6″E (N1), the point places.ts gives'
		},
		to: {
			place: 'kaigara',
			label: 'Kaigara Island (Signalny)',
			point: [145.859444, 43.395],
			pointSource: '43°23′42″N 145°51′34″E (S26), the point places.ts gives'
		},
		figures: [
			{
				value: 3.7,
				unit: 'km',
				label: 'Nearest islet; Japan’s Cabinet Office and Russian Wikipedia agree',
				sources: ['S1', 'S2', 'S3', 'S26'],
				panel: 'habomai'
			}
		]
	},
	{
		id: 'notsuke-kunashir',
		title: 'Notsuke Peninsula → Kunashir',
		from: {
			label: 'Notsuke Peninsula, nearest coast',
			point: [145.33115, 43.5936],
			pointSource: GEODATA_NEAREST
		},
		to: {
			label: 'Kunashir, nearest coast',
			point: [145.43892, 43.71674],
			pointSource: GEODATA_NEAREST
		},
		figures: [
			{
				value: 16,
				unit: 'km',
				label: 'Japan’s Cabinet Office (to the nearest point of Kunashiri)',
				sources: ['S1', 'S3'],
				panel: 'kunashir'
			},
			{
				value: 16,
				unit: 'km',
				label: 'English Wikipedia (width of the Izmeny Strait)',
				sources: ['S12'],
				panel: 'kunashir'
			}
		]
	},
	{
		id: 'nosappu-shikotan',
		title: 'Cape Nosappu → Shikotan',
		from: {
			place: 'cape-nosappu',
			label: 'Cape Nosappu',
			point: [145.816278, 43.385056],
			pointSource: '43°23′6.2″N 145°48′58.6″E (N1), the point places.ts gives'
		},
		to: {
			label: 'Shikotan, nearest coast',
			point: [146.58577, 43.74401],
			pointSource:
				'Nearest point of the Shikotan coastline to Cape Nosappu in the app’s OpenStreetMap geodata (turf nearestPointOnLine)'
		},
		figures: [
			{
				value: 73.3,
				unit: 'km',
				label: 'Japan’s Cabinet Office',
				sources: ['S1'],
				panel: 'shikotan'
			}
		]
	},
	{
		id: 'kunashir-iturup',
		title: 'Kunashir → Iturup',
		from: {
			label: 'Kunashir, nearest coast',
			point: [146.57979, 44.45637],
			pointSource: GEODATA_NEAREST
		},
		to: {
			label: 'Iturup, nearest coast',
			point: [146.85903, 44.45628],
			pointSource: GEODATA_NEAREST
		},
		figures: [
			{
				value: 22.5,
				unit: 'km',
				label: 'Japan’s Cabinet Office (Kunashiri to Etorofu)',
				sources: ['S1', 'S3']
			},
			{
				value: 21,
				unit: 'km',
				label: 'Russian Wikipedia (least width of the Catherine Strait)',
				sources: ['S46']
			}
		],
		disagreement:
			'Japan’s Cabinet Office gives 22.5 km between the islands; Russian Wikipedia gives the Catherine Strait as 21 km at its narrowest, a difference of 1.5 km.'
	}
];
