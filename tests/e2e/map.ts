// The one typed way for tests to reach the map: waits for it, projects places to screen pixels and
// reads rendered features. The app publishes its MapLibre instance on window.__kurilMap (src/lib/map/handle.ts).
import { expect, type Page } from '@playwright/test';
import { ISLANDS } from '../../src/lib/data/places.ts';
import type { IslandId } from '../../src/lib/data/types.ts';

/** Resolves once the map has rendered everything it has (MapLibre's first `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.locator('.map[data-state="idle"]')).toBeVisible({ timeout: 30_000 });
}

/** Waits until the map has stopped moving and finished rendering. */
export async function waitForMapSettled(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = window.__kurilMap;
			return !!map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
		},
		undefined,
		{ timeout: 30_000 }
	);
	await page.evaluate(
		() =>
			new Promise<void>((r) =>
				window.__kurilMap?.loaded()
					? requestAnimationFrame(() => r())
					: window.__kurilMap?.once('idle', () => r())
			)
	);
}

/**
 * Screen position (page CSS pixels) of a point on an island's rendered polygon. Starts from the
 * island's reference point (inside its outline by construction, see geodata tests) and checks with
 * queryRenderedFeatures that the island, not its label or the sea, is what is drawn there.
 */
export async function islandScreenPoint(
	page: Page,
	id: IslandId
): Promise<{ x: number; y: number }> {
	const point = ISLANDS[id].point;
	return page.evaluate(
		({ islandId, lngLat }) => {
			const map = window.__kurilMap;
			if (!map) throw new Error('map not published');
			const canvas = map.getCanvas().getBoundingClientRect();
			const p = map.project(lngLat as [number, number]);
			const isIsland = (x: number, y: number) =>
				map
					.queryRenderedFeatures([x, y], { layers: ['islands-fill'] })
					.some((f) => f.properties?.id === islandId);
			// Prefer a pixel with the island on all sides, so antialiased edges do not count.
			for (let r = 0; r <= 12; r++)
				for (const [dx, dy] of [
					[0, 0],
					[r, 0],
					[-r, 0],
					[0, r],
					[0, -r],
					[r, r],
					[-r, -r],
					[r, -r],
					[-r, r]
				] as const) {
					const x = Math.round(p.x + dx);
					const y = Math.round(p.y + dy);
					if (
						[
							[0, 0],
							[2, 0],
							[-2, 0],
							[0, 2],
							[0, -2]
						].every(([ax, ay]) => isIsland(x + (ax as number), y + (ay as number)))
					)
						return { x: canvas.left + x, y: canvas.top + y };
				}
			throw new Error(`island ${islandId} is not drawn near its reference point`);
		},
		{ islandId: id, lngLat: [...point] }
	);
}
