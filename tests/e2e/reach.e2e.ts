// Small islands within reach: Shikotan and the Habomai islets are a few pixels wide at the opening
// zoom, so a click or tap on an island's label, or within 22 px of its land, opens the nearest
// island (src/lib/map/nearest-island.ts). A grid of clicks 40 px apart over the home page's map
// must reach all four island groups, on a desktop with a mouse and on a phone with a finger
// (the grid walk is in reach.ts; the still map's journey is reach-no-webgl.e2e.ts).
import { ISLAND_IDS } from '../../src/lib/data/types.ts';
import { expect, test } from './fixtures.ts';
import { screenPoints, waitForMapSettled } from './map.ts';
import { MARKS, reachAll } from './reach.ts';
import { waitForCameraStill, waitForMapReady } from './svg-map.ts';

// One walk, two devices: a desktop with a mouse, a phone with a finger.
const DEVICES = [
	{ name: '1280×800, mouse', how: 'click', use: {} },
	{
		name: '390×844, touch',
		how: 'tap',
		use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
	}
] as const;

for (const device of DEVICES) {
	test.describe(device.name, () => {
		test.use(device.use);

		test(`a grid of ${device.how}s 40 px apart over / reaches all four island groups`, async ({
			page
		}) => {
			test.setTimeout(300_000);
			await page.goto('/');
			await waitForMapReady(page);
			const settle = async () => {
				await waitForCameraStill(page);
				await waitForMapSettled(page);
			};
			// Two grids: one from the corner, one offset by half a step.
			for (const offset of [0, 20]) {
				const { reached } = await reachAll(
					page,
					device.how,
					(id) => screenPoints(page, MARKS[id]),
					settle,
					false,
					offset
				);
				expect([...reached].sort(), `grid from ${offset} px`).toEqual([...ISLAND_IDS].sort());
			}
		});
	});
}
