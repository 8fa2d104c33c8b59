// A grid of clicks or taps over the home page's map, and which island groups it reaches
// (reach.e2e.ts, reach-no-webgl.e2e.ts).
//
// Every click is on a grid point. To keep the number of page changes small the grid points nearest
// each island not yet reached are clicked first (at most a dozen per island); a click that opens
// an island is undone with Back, which brings the same framing back.
import type { Page } from '@playwright/test';
import { ISLANDS, ISLETS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { expect } from './fixtures.ts';
import { clickMap, mapGrid } from './map.ts';

const STEP = 40;
const TRIES = 12;

/** The places that stand for each island group on screen: its own point and its islets'. */
export const MARKS = Object.fromEntries(
	ISLAND_IDS.map((id) => [
		id,
		[ISLANDS[id].point, ...ISLETS.filter((i) => i.island === id).map((i) => i.point)]
	])
) as Record<IslandId, (readonly [number, number])[]>;

type Xy = { x: number; y: number };
const distance = (a: Xy, b: Xy) => Math.hypot(a.x - b.x, a.y - b.y);

/** The middle of an island's box on the still map, in page pixels. */
export async function stillIslandCentre(page: Page, id: IslandId): Promise<Xy[]> {
	const box = await page.locator(`svg[data-still-map] [data-shape="island:${id}"]`).boundingBox();
	if (!box) throw new Error(`no island ${id} on the still map`);
	return [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
}

/**
 * Clicks (or taps) grid points 40 px apart over the map until every island group has been opened
 * or each has had its dozen nearest points; returns the groups reached.
 */
export async function reachAll(
	page: Page,
	how: 'click' | 'tap',
	marksOf: (id: IslandId) => Promise<Xy[]>,
	settle: () => Promise<void>,
	still: boolean,
	offset = STEP / 2
): Promise<{ reached: Set<string>; clicks: number }> {
	await settle();
	const grid = await mapGrid(page, STEP, still, offset);
	expect(grid.length).toBeGreaterThan(20);
	const reached = new Set<string>();
	const tried = new Set<string>();
	let clicks = 0;
	for (const id of ISLAND_IDS) {
		if (reached.has(id)) continue;
		const marks = await marksOf(id);
		const nearest = grid
			.filter((p) => !tried.has(`${p.x},${p.y}`))
			.map((p) => ({ p, d: Math.min(...marks.map((m) => distance(p, m))) }))
			.sort((a, b) => a.d - b.d)
			.slice(0, TRIES);
		for (const { p } of nearest) {
			tried.add(`${p.x},${p.y}`);
			clicks++;
			const opened = await clickMap(page, p, how, still);
			if (!opened) continue;
			reached.add(opened);
			await expect(page).toHaveURL(new RegExp(`/islands/${opened}(#.*)?$`));
			await page.goBack();
			await expect(page).not.toHaveURL(/\/islands\//);
			await settle();
			if (reached.has(id)) break;
		}
	}
	return { reached, clicks };
}
