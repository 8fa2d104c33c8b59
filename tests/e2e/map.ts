// The one typed way for tests to reach the map: waits for it, projects places to screen pixels and
// reads rendered features. The app publishes its MapLibre instance on window.__kurilMap
// (src/lib/map/handle.ts); this file is the only test code that reads it: specs call onMap and
// waitForMap, whose callbacks run in the page and get the map itself, typed.
import { expect, type JSHandle, type Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ISLANDS, ISLETS } from '../../src/lib/data/places.ts';
import type { IslandId } from '../../src/lib/data/types.ts';
import { LAYER_IDS, overviewLayerId } from '../../src/lib/map/style.ts';

/**
 * A layer's id and its overview twin's (src/lib/map/style.ts): the map has one or both, depending
 * on the tiling it draws from, so a journey that reads a layer looks for whichever it has.
 */
export const twins = (id: string): [string, string] => [id, overviewLayerId(id)];

/** The page's MapLibre map, once it has published one. Dispose of it after use. */
async function mapHandle(page: Page): Promise<JSHandle<MapLibreMap>> {
	await page.waitForFunction(() => !!window.__kurilMap, undefined, { timeout: 60_000 });
	return page.evaluateHandle(() => {
		const map = window.__kurilMap;
		if (!map) throw new Error('map not published');
		return map;
	});
}

/**
 * Runs `fn` in the page with the map and `arg` (which must survive structured cloning, like any
 * page.evaluate argument) and returns its result. `fn` is sent as source text: it can use only
 * its arguments and the page's globals, nothing from the test's scope.
 */
export async function onMap<R, A = undefined>(
	page: Page,
	fn: (map: MapLibreMap, arg: A) => R | Promise<R>,
	arg?: A
): Promise<R> {
	const map = await mapHandle(page);
	try {
		return (await map.evaluate(fn as (map: MapLibreMap, arg: unknown) => R, arg)) as R;
	} finally {
		await map.dispose();
	}
}

/**
 * Waits until `test({ map, arg })` is true in the page, checked on every animation frame, with the
 * same rules for `test` and `arg` as onMap. Waits first for the map to be published. `test` goes to
 * Playwright as the function it is (a predicate put together from source text would need eval,
 * which the app's CSP forbids).
 */
export async function waitForMap<A = undefined>(
	page: Page,
	test: (input: { map: MapLibreMap; arg: A }) => boolean,
	arg?: A,
	options: { timeout?: number } = {}
): Promise<void> {
	const map = await mapHandle(page);
	try {
		await page.waitForFunction(
			test as (input: { map: MapLibreMap; arg: unknown }) => boolean,
			{ map, arg },
			options
		);
	} finally {
		await map.dispose();
	}
}

/** Resolves once the map has rendered everything it has (MapLibre's first `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.locator('.map[data-state="idle"]')).toBeVisible({ timeout: 60_000 });
}

/**
 * Waits until the map has stopped moving and finished rendering, label fades included: a repaint is
 * asked for and MapLibre fires `idle` only once a frame leaves nothing moving, loading or fading.
 */
export async function waitForMapSettled(page: Page): Promise<void> {
	await onMap(
		page,
		(map) =>
			new Promise<void>((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
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
	// The island's own point first, then its islets' (a label may sit on the first).
	const candidates = [
		ISLANDS[id].point,
		...ISLETS.filter((i) => i.island === id && !i.pointOnly).map((i) => i.point)
	].map((p) => [...p]);
	await waitForMapSettled(page); // label placement settled (symbols fade in)
	return onMap(
		page,
		(map, { islandId, points, layers: ids }) => {
			// The fill or its overview twin, whichever draws at this zoom (style.ts, drawnAs).
			const layers = ids.filter((id) => map.getLayer(id));
			const canvas = map.getCanvas().getBoundingClientRect();
			const canvasEl = map.getCanvas();
			for (const lngLat of points) {
				const p = map.project(lngLat as [number, number]);
				// The pixel must show the map itself, not a panel floating over it.
				const isIsland = (x: number, y: number) =>
					document.elementFromPoint(canvas.left + x, canvas.top + y) === canvasEl &&
					map.queryRenderedFeatures([x, y], { layers }).some((f) => f.properties?.id === islandId);
				// Prefer a pixel with the island on all sides, so antialiased edges do not count.
				for (let r = 0; r <= 45; r += 3)
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
			}
			throw new Error(`island ${islandId} is not drawn near its reference points`);
		},
		{
			islandId: id,
			points: candidates,
			layers: twins(LAYER_IDS.islandsFill)
		}
	);
}

/** Loses or restores the map's WebGL context, as a GPU reset or a backgrounded tab would. */
export async function webglContext(page: Page, action: 'lose' | 'restore'): Promise<void> {
	await onMap(
		page,
		(map, act) => {
			// A lost context hands out no extensions, so the one that lost it is kept to restore it.
			const w = window as { loseContext?: WEBGL_lose_context | null };
			if (act === 'lose') {
				const canvas = map.getCanvas();
				const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
				w.loseContext = gl?.getExtension('WEBGL_lose_context');
			}
			if (!w.loseContext) throw new Error('no WEBGL_lose_context');
			if (act === 'lose') w.loseContext.loseContext();
			else w.loseContext.restoreContext();
		},
		action
	);
}

/**
 * Points of a grid `step` px apart (page CSS pixels, the first `offset` px from the top left) over
 * the parts of the map a click reaches: the interactive map's canvas, or with `still` the still SVG
 * map, where no panel or control is on top.
 */
export async function mapGrid(
	page: Page,
	step: number,
	still = false,
	offset = step / 2
): Promise<{ x: number; y: number }[]> {
	if (!still) await waitForMapSettled(page);
	return page.evaluate(
		({ step, still, offset }) => {
			const target = still
				? document.querySelector('svg[data-still-map]')
				: (window.__kurilMap?.getCanvas() ?? null);
			if (!target) throw new Error('no map to click');
			const points: { x: number; y: number }[] = [];
			for (let y = offset; y < innerHeight; y += step)
				for (let x = offset; x < innerWidth; x += step) {
					const hit = document.elementFromPoint(x, y);
					if (hit && (hit === target || target.contains(hit))) points.push({ x, y });
				}
			return points;
		},
		{ step, still, offset }
	);
}

/** Page pixels of points on the interactive map, as it is framed now. */
export async function screenPoints(
	page: Page,
	lngLats: readonly (readonly [number, number])[]
): Promise<{ x: number; y: number }[]> {
	return page.evaluate((points) => {
		const map = window.__kurilMap;
		if (!map) throw new Error('map not published');
		const box = map.getCanvas().getBoundingClientRect();
		return points.map((p) => {
			const { x, y } = map.project(p as [number, number]);
			return { x: box.left + x, y: box.top + y };
		});
	}, lngLats);
}

/**
 * What a click at (x, y) opened: the island's id, or '' for none. Each map publishes its clicks
 * with a count (data-pick), so a click that opened nothing is told apart from one not yet handled.
 */
export async function clickMap(
	page: Page,
	at: { x: number; y: number },
	how: 'click' | 'tap',
	still = false
): Promise<string> {
	const el = page.locator(still ? 'svg[data-still-map]' : '.map.maplibregl-map');
	const before = (await el.getAttribute('data-pick')) ?? '0:';
	const count = Number(before.split(':')[0]);
	if (how === 'tap') await page.touchscreen.tap(at.x, at.y);
	else await page.mouse.click(at.x, at.y);
	await expect(el).toHaveAttribute('data-pick', new RegExp(`^${count + 1}:`));
	return ((await el.getAttribute('data-pick')) ?? '').split(':')[1] ?? '';
}
