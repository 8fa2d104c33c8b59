// The one typed way for tests to reach the map: waits for it, projects places to screen pixels and
// reads rendered features. The app publishes its MapLibre instance on window.__kurilMap (src/lib/map/handle.ts).
import { expect, type Page } from '@playwright/test';
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
		() => new Promise<void>((r) => (window.__kurilMap?.loaded() ? requestAnimationFrame(() => r()) : window.__kurilMap?.once('idle', () => r())))
	);
}

/** Screen position (page CSS pixels) of an island's rendered polygon: a point that is on the island. */
export async function islandScreenPoint(page: Page, id: IslandId): Promise<{ x: number; y: number }> {
	return page.evaluate((islandId) => {
		const map = window.__kurilMap;
		if (!map) throw new Error('map not published');
		const canvas = map.getCanvas().getBoundingClientRect();
		// Search a grid for a pixel whose rendered feature is the island, so the point is on land
		// even for thin islands and islet groups.
		const { width, height } = canvas;
		let best: { x: number; y: number } | null = null;
		const geo = map.getSource('islands') ? map : null;
		if (!geo) throw new Error('islands source missing');
		for (let step = 24; step >= 4 && !best; step /= 2) {
			for (let y = step / 2; y < height && !best; y += step)
				for (let x = step / 2; x < width && !best; x += step) {
					const hits = map.queryRenderedFeatures([x, y], { layers: ['islands-fill'] });
					if (hits.some((f) => f.properties?.id === islandId)) {
						// Prefer a point with the island on all sides, away from the outline.
						const around = [
							[x - 3, y],
							[x + 3, y],
							[x, y - 3],
							[x, y + 3]
						].every(([ax, ay]) =>
							map.queryRenderedFeatures([ax as number, ay as number], { layers: ['islands-fill'] }).some((f) => f.properties?.id === islandId)
						);
						if (around) best = { x, y };
					}
				}
		}
		if (!best) throw new Error(`island ${islandId} is not on screen`);
		return { x: canvas.left + best.x, y: canvas.top + best.y };
	}, id);
}
