import { describe, expect, it } from 'vitest';
import {
	REACH_PX,
	distanceToLand,
	islandOfLabel,
	nearestIsland,
	pathRings,
	type IslandShape,
	type Px
} from './nearest-island.ts';
import { pathData } from './svg/projection.ts';

const square = (x: number, y: number, size: number): Px[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

// A big island and two small ones a few pixels across, as Iturup, Shikotan and an islet of
// Habomai look at the opening zoom.
const ITURUP: IslandShape = { id: 'iturup', rings: [square(0, 0, 300)] };
const SHIKOTAN: IslandShape = { id: 'shikotan', rings: [square(400, 200, 6)] };
const HABOMAI: IslandShape = { id: 'habomai', rings: [square(400, 240, 3), square(420, 250, 2)] };
const ALL = [ITURUP, SHIKOTAN, HABOMAI];

describe('distance to land', () => {
	it('is 0 inside, and the distance to the nearest coast outside', () => {
		expect(distanceToLand([150, 150], ITURUP.rings)).toBe(0);
		expect(distanceToLand([310, 150], ITURUP.rings)).toBe(10);
		expect(distanceToLand([303, 304], ITURUP.rings)).toBe(5);
	});

	it('treats a hole as sea (even-odd), measuring to the hole’s shore', () => {
		const lagoon = [square(0, 0, 100), square(40, 40, 20)];
		expect(distanceToLand([50, 50], lagoon)).toBe(10);
		expect(distanceToLand([20, 50], lagoon)).toBe(0);
	});

	it('measures to a point given alone (an islet drawn as a point)', () => {
		expect(distanceToLand([3, 4], [[[0, 0]]])).toBe(5);
	});
});

describe('the nearest island within reach', () => {
	it('opens the island under the tap', () => {
		expect(nearestIsland([150, 150], ALL)).toBe('iturup');
		expect(nearestIsland([403, 203], ALL)).toBe('shikotan');
	});

	it(`opens an island within ${REACH_PX} px of its land, and none beyond`, () => {
		expect(nearestIsland([403, 180], ALL)).toBe('shikotan');
		expect(nearestIsland([403, 200 - REACH_PX], ALL)).toBe('shikotan');
		expect(nearestIsland([403, 200 - REACH_PX - 1], ALL)).toBeNull();
		expect(nearestIsland([360, 600], ALL)).toBeNull();
	});

	it('gives a tap between two small islands to the nearer', () => {
		// Shikotan ends at y 206, Habomai's first islet starts at y 240.
		expect(nearestIsland([402, 220], ALL)).toBe('shikotan');
		expect(nearestIsland([402, 226], ALL)).toBe('habomai');
	});

	it('counts an island’s nearest part when it comes in several shapes (map tiles)', () => {
		const split: IslandShape[] = [
			{ id: 'habomai', rings: [square(500, 0, 2)] },
			{ id: 'shikotan', rings: [square(530, 0, 2)] },
			{ id: 'habomai', rings: [square(540, 0, 2)] }
		];
		expect(nearestIsland([538, 1], split)).toBe('habomai');
		expect(nearestIsland([528, 1], split)).toBe('shikotan');
	});

	it('takes the reach in any unit (the still map works in projected units)', () => {
		expect(nearestIsland([403, 150], ALL, 60)).toBe('shikotan');
		expect(nearestIsland([403, 150], ALL, 40)).toBeNull();
	});
});

describe('labels', () => {
	it('an island’s label opens it, an islet’s label its group, any other label nothing', () => {
		expect(islandOfLabel('shikotan')).toBe('shikotan');
		expect(islandOfLabel('zelyony')).toBe('habomai');
		expect(islandOfLabel('kaigara')).toBe('habomai');
		expect(islandOfLabel('yururi')).toBeNull();
		expect(islandOfLabel(undefined)).toBeNull();
	});
});

describe('reading the still map’s paths', () => {
	it('reads back the rings the build writes (relative steps, several parts)', () => {
		const rings = [
			[
				[10, 10],
				[20, 10],
				[20, 25],
				[10, 10]
			],
			[
				[-5, -5],
				[-8, 3],
				[0, 0]
			]
		] as [number, number][][];
		expect(pathRings(pathData(rings, true))).toEqual(rings);
	});

	it('reads absolute, horizontal and vertical commands, as a d3 path writes them', () => {
		expect(pathRings('M0,0L10,0V10H0Z M20 20 l5 0 0 5z')).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10]
			],
			[
				[20, 20],
				[25, 20],
				[25, 25]
			]
		]);
	});
});
