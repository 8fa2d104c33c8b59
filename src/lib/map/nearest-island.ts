// Which island a click or tap means when it does not fall on land. Shikotan and the Habomai islets
// are a few pixels wide at the opening zoom, too small for a finger: a tap within REACH_PX of an
// island's land opens it (the nearest island winning), and so does a tap on its label. Pure
// geometry in screen pixels (or any unit, with the reach given in it), shared by the MapLibre map
// (src/lib/map/pointer.ts) and the still SVG map (src/lib/map/svg/SvgMap.svelte).

import { ISLETS } from '#lib/data/places.ts';
import { isIslandId, type IslandId } from '#lib/data/types.ts';

/** How far from its land a tap still opens an island: half of a 44 px finger-sized target. */
export const REACH_PX = 22;

export type Px = readonly [number, number];

/** An island's land as drawn: rings of points, holes and several parts alike (even-odd rule). */
export interface IslandShape {
	id: IslandId;
	rings: readonly (readonly Px[])[];
}

/** Whether p is inside the rings by the even-odd rule (a hole's ring cancels its outer ring). */
function inside(p: Px, rings: readonly (readonly Px[])[]): boolean {
	const [x, y] = p;
	let odd = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as Px;
			const [xj, yj] = ring[j] as Px;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
		}
	}
	return odd;
}

function segmentDistance(p: Px, a: Px, b: Px): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0
			? 0
			: Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the land the rings enclose: 0 inside, else to the nearest coast. */
export function distanceToLand(p: Px, rings: readonly (readonly Px[])[]): number {
	if (inside(p, rings)) return 0;
	let best = Infinity;
	for (const ring of rings) {
		if (ring.length === 1)
			best = Math.min(best, Math.hypot(p[0] - ring[0]![0], p[1] - ring[0]![1]));
		for (let i = 1; i < ring.length; i++)
			best = Math.min(best, segmentDistance(p, ring[i - 1] as Px, ring[i] as Px));
	}
	return best;
}

/**
 * The island whose land is nearest to p, if it is within `reach`; null otherwise. An island may come
 * as several shapes (a map tile each): the nearest of them counts. A tie goes to the first given.
 */
export function nearestIsland(
	p: Px,
	shapes: Iterable<IslandShape>,
	reach: number = REACH_PX
): IslandId | null {
	let best: IslandId | null = null;
	let bestDistance = Infinity;
	for (const shape of shapes) {
		const d = distanceToLand(p, shape.rings);
		if (d <= reach && d < bestDistance) {
			best = shape.id;
			bestDistance = d;
		}
	}
	return best;
}

const ISLET_GROUP = new Map(ISLETS.map((islet) => [islet.id, islet.island]));

/**
 * The island group a label stands for: an island's label its island, an islet's label the group
 * the islet belongs to (a Habomai islet opens Habomai); null for any other label.
 */
export function islandOfLabel(id: unknown): IslandId | null {
	if (isIslandId(id)) return id;
	const group = typeof id === 'string' ? ISLET_GROUP.get(id) : undefined;
	return isIslandId(group) ? group : null;
}

/**
 * The rings of an SVG path's data: absolute and relative moves, lines (also horizontal and
 * vertical) and closes, as the still map's paths are written. Curves are not expected and end the
 * reading.
 */
export function pathRings(d: string): Px[][] {
	const rings: Px[][] = [];
	let ring: Px[] = [];
	let [x, y] = [0, 0];
	let [startX, startY] = [0, 0];
	const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
	let command = '';
	let i = 0;
	const num = () => Number(tokens[i++]);
	const flush = () => {
		if (ring.length) rings.push(ring);
		ring = [];
	};
	while (i < tokens.length) {
		const token = tokens[i] as string;
		if (/[a-zA-Z]/.test(token)) {
			command = token;
			i++;
			if (command === 'z' || command === 'Z') {
				[x, y] = [startX, startY];
				flush();
			}
			continue;
		}
		switch (command) {
			case 'M':
			case 'm': {
				flush();
				const [nx, ny] = [num(), num()];
				[x, y] = command === 'm' ? [x + nx, y + ny] : [nx, ny];
				[startX, startY] = [x, y];
				ring.push([x, y]);
				// Further pairs after a move are lines.
				command = command === 'm' ? 'l' : 'L';
				break;
			}
			case 'L':
				[x, y] = [num(), num()];
				ring.push([x, y]);
				break;
			case 'l': {
				const [dx, dy] = [num(), num()];
				[x, y] = [x + dx, y + dy];
				ring.push([x, y]);
				break;
			}
			case 'H':
			case 'h':
				x = command === 'h' ? x + num() : num();
				ring.push([x, y]);
				break;
			case 'V':
			case 'v':
				y = command === 'v' ? y + num() : num();
				ring.push([x, y]);
				break;
			default:
				flush();
				return rings;
		}
	}
	flush();
	return rings;
}
