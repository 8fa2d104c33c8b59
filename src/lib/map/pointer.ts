// Which island a click, a tap or the mouse is on, on the MapLibre map: its land, else its label
// (an islet's label opens its group), else the land nearest within REACH_PX
// (src/lib/map/nearest-island.ts), read from what the map has drawn.

import type { MapGeoJSONFeature, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { isIslandId, type IslandId } from '#lib/data/types.ts';
import { LAYER_IDS, drawnAs } from './style.ts';
import {
	REACH_PX,
	islandOfLabel,
	nearestIsland,
	type IslandShape,
	type Px
} from './nearest-island.ts';

/** Labels that stand for an island group: the islands' own, the islets' and Kaigara's point. */
const LABEL_LAYERS = [LAYER_IDS.islandLabels, LAYER_IDS.placeLabels, LAYER_IDS.isletPoints];

/** The land of each island feature drawn near p, in screen pixels. */
function shapesOf(map: MapLibreMap, features: MapGeoJSONFeature[]): IslandShape[] {
	const shapes: IslandShape[] = [];
	for (const f of features) {
		const id = f.properties?.id;
		if (!isIslandId(id)) continue;
		const g = f.geometry;
		const polygons =
			g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		const rings = polygons.flat().map((ring) =>
			ring.map((c): Px => {
				const p = map.project([c[0] ?? 0, c[1] ?? 0]);
				return [p.x, p.y];
			})
		);
		shapes.push({ id, rings });
	}
	return shapes;
}

/** The island a click at p (pixels from the map's top left) opens, or null. */
export function islandAt(map: MapLibreMap, p: { x: number; y: number }): IslandId | null {
	const at: PointLike = [p.x, p.y];
	const land = map.queryRenderedFeatures(at, { layers: drawnAs(map, LAYER_IDS.islandsFill) });
	const onLand = land.map((f) => f.properties?.id).find(isIslandId);
	if (onLand) return onLand;
	const layers = drawnAs(map, ...LABEL_LAYERS);
	for (const label of map.queryRenderedFeatures(at, { layers })) {
		const id = islandOfLabel(label.properties?.id);
		if (id) return id;
	}
	const near = map.queryRenderedFeatures(
		[
			[p.x - REACH_PX, p.y - REACH_PX],
			[p.x + REACH_PX, p.y + REACH_PX]
		],
		{ layers: drawnAs(map, LAYER_IDS.islandsFill) }
	);
	return nearestIsland([p.x, p.y], shapesOf(map, near));
}
