// Small islands within reach: Shikotan and the Habomai islets are a few pixels wide at the opening
// zoom, so a click or tap on an island's label, or within 22 px of its land, opens the nearest
// island (src/lib/map/nearest-island.ts). A grid of clicks 40 px apart over the home page's map
// must reach all four island groups, on a desktop with a mouse and on a phone with a finger, and
// on the still map as on the interactive one.
//
// Every click is on a grid point. To keep the number of page changes small the grid points nearest
// each island not yet reached are clicked first (at most a dozen per island); a click that opens
// an island is undone with Back, which brings the same framing back.
import { ISLANDS, ISLETS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { chromiumPath } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { clickMap, mapGrid, screenPoints, waitForMapSettled } from './map.ts';
import { waitForCameraStill, waitForMapReady } from './svg-map.ts';
import type { Page } from '@playwright/test';

const STEP = 40;
const TRIES = 12;

/** The places that stand for each island group on screen: its own point and its islets'. */
const MARKS = Object.fromEntries(
	ISLAND_IDS.map((id) => [
		id,
		[ISLANDS[id].point, ...ISLETS.filter((i) => i.island === id).map((i) => i.point)]
	])
) as Record<IslandId, (readonly [number, number])[]>;

type Xy = { x: number; y: number };

/** The middle of an island's box on the still map, in page pixels. */
async function stillIslandCentre(page: Page, id: IslandId): Promise<Xy[]> {
	const box = await page.locator(`svg[data-still-map] [data-shape="island:${id}"]`).boundingBox();
	if (!box) throw new Error(`no island ${id} on the still map`);
	return [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
}
const distance = (a: Xy, b: Xy) => Math.hypot(a.x - b.x, a.y - b.y);

async function reachAll(
	page: Page,
	how: 'click' | 'tap',
	marksOf: (id: IslandId) => Promise<Xy[]>,
	settle: () => Promise<void>,
	still: boolean
): Promise<{ reached: Set<string>; clicks: number }> {
	await settle();
	const grid = await mapGrid(page, STEP, still);
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

test.describe('1280×800, mouse', () => {
	test('a grid of clicks 40 px apart over / reaches all four island groups', async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto('/');
		await waitForMapReady(page);
		const settle = async () => {
			await waitForCameraStill(page);
			await waitForMapSettled(page);
		};
		const { reached } = await reachAll(
			page,
			'click',
			(id) => screenPoints(page, MARKS[id]),
			settle,
			false
		);
		expect([...reached].sort()).toEqual([...ISLAND_IDS].sort());
	});
});

test.describe('390×844, touch', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a grid of taps 40 px apart over / reaches all four island groups', async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto('/');
		await waitForMapReady(page);
		const settle = async () => {
			await waitForCameraStill(page);
			await waitForMapSettled(page);
		};
		const { reached } = await reachAll(
			page,
			'tap',
			(id) => screenPoints(page, MARKS[id]),
			settle,
			false
		);
		expect([...reached].sort()).toEqual([...ISLAND_IDS].sort());
	});
});

test.describe('still map (no WebGL), 390×844, touch', () => {
	test.use({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		launchOptions: {
			executablePath: chromiumPath(),
			args: ['--disable-webgl', '--disable-3d-apis']
		}
	});

	test('a grid of taps 40 px apart over the still map reaches all four island groups', async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.goto('/');
		await expect(page.locator('.map-screen')).toHaveAttribute('data-map-status', 'unavailable');
		const { reached } = await reachAll(
			page,
			'tap',
			(id) => stillIslandCentre(page, id),
			async () => {
				await expect(page.locator('svg[data-still-map] a[data-island]')).toHaveCount(4);
			},
			true
		);
		expect([...reached].sort()).toEqual([...ISLAND_IDS].sort());
	});
});
