// Typed helpers for the server-rendered SVG map (src/lib/map/svg/SvgMap.svelte) and for what
// covers the map: where an island's outline is on screen, and whether the reader can see it there.
import { expect, type Page } from '@playwright/test';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { onMap, waitForMap } from './map.ts';

export const SLUG = 'nikkei-putin-win-island-row';
/** Passage 2 of the seed article speaks of all four island groups; passage pages frame them. */
export const PASSAGE = `/articles/${SLUG}/passages/2`;

/** The still map's link for an island: what outside checks look for. */
export function islandLink(page: Page, id: IslandId) {
	return page.locator(`svg a[href*="/islands/${id}"]`);
}

export async function expectAllIslandLinks(page: Page): Promise<void> {
	for (const id of ISLAND_IDS) {
		const link = islandLink(page, id);
		await expect(link).toHaveCount(1);
		// From the shared file, or (the front page, the islands') from the page's own <defs>.
		await expect(link.locator('[data-shape^="island:"]')).toHaveAttribute(
			'href',
			new RegExp(`(\\.svg#island-${id}|^#svgmap-island-${id})$`)
		);
		await expect(link).toHaveAttribute('aria-label', /\w/);
		await svgIslandData(page, id);
	}
}

/**
 * An island's path data on the still map: the shape that its <use> names, in the shared file or in
 * the page's own <defs> (the same file and id the page draws), so a <use> pointing nowhere fails here.
 */
export async function svgIslandData(page: Page, id: IslandId): Promise<string> {
	return page.evaluate(async (id) => {
		const use = document.querySelector(`.svg-map a[data-island="${id}"] use`);
		const [file = '', fragment = ''] = (use?.getAttribute('href') ?? '').split('#');
		const shape = file
			? new DOMParser()
					.parseFromString(await (await fetch(file)).text(), 'image/svg+xml')
					.getElementById(fragment)
			: document.getElementById(fragment);
		const d = shape?.getAttribute('d');
		if (!d) throw new Error(`no shape for ${id} at ${file}#${fragment}`);
		return d;
	}, id);
}

/**
 * Runs `measure` with a hidden copy of an island's path in the still map (selector
 * `path[data-island-copy="<id>"]`), removed after: a <use> of another file offers scripts no
 * geometry (no length, no point-in-fill).
 */
async function withIslandCopy<T>(page: Page, id: IslandId, measure: () => Promise<T>): Promise<T> {
	const d = await svgIslandData(page, id);
	const attempt = async (): Promise<T> => {
		await page.evaluate(
			({ id, d }) => {
				const use = document.querySelector<SVGUseElement>(`.svg-map a[data-island="${id}"] use`);
				const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
				path.setAttribute('d', d);
				path.setAttribute('fill-rule', 'evenodd');
				path.setAttribute('visibility', 'hidden');
				path.dataset.islandCopy = id;
				use?.ownerSVGElement?.append(path);
			},
			{ id, d }
		);
		try {
			return await measure();
		} finally {
			await page.evaluate(
				(id) => document.querySelector(`path[data-island-copy="${id}"]`)?.remove(),
				id
			);
		}
	};
	// Added while the page hydrates, the copy can be removed with the nodes the client does not
	// render; the page's own shapes come with it at once, so a journey can get there that early.
	let result: { value: T } | null = null;
	await expect(async () => {
		result = { value: await attempt() };
	}).toPass({ timeout: 30_000 });
	if (!result) throw new Error(`no copy of ${id} could be measured`);
	return (result as { value: T }).value;
}

/** Points (page CSS pixels) spread along an island's outline in the still map. */
export async function svgOutline(
	page: Page,
	id: IslandId,
	n = 24
): Promise<{ x: number; y: number }[]> {
	return withIslandCopy(page, id, () =>
		page.evaluate(
			({ id, n }) => {
				const path = document.querySelector<SVGPathElement>(`path[data-island-copy="${id}"]`);
				const ctm = path?.getScreenCTM();
				if (!path || !ctm) throw new Error(`no outline for ${id}`);
				const length = path.getTotalLength();
				return Array.from({ length: n }, (_, i) => {
					const p = path.getPointAtLength((length * (i + 0.5)) / n);
					return { x: ctm.a * p.x + ctm.c * p.y + ctm.e, y: ctm.b * p.x + ctm.d * p.y + ctm.f };
				});
			},
			{ id, n }
		)
	);
}

/**
 * The points are inside the viewport, and what is drawn there is the map (`svg` for the still map,
 * `canvas` for MapLibre's), not a panel, sheet, chip, control or notice over it.
 */
export async function expectUncovered(
	page: Page,
	points: { x: number; y: number }[],
	what: 'svg' | 'canvas',
	label: string
): Promise<void> {
	const misses = await page.evaluate(
		({ points, what }) =>
			points.flatMap(({ x, y }) => {
				if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return [`${x},${y} off screen`];
				const hit = document.elementFromPoint(x, y);
				const ok =
					what === 'svg'
						? !!hit?.closest('.svg-map svg')
						: hit instanceof HTMLCanvasElement && !!hit.closest('.map');
				return ok ? [] : [`${Math.round(x)},${Math.round(y)} → ${hit?.outerHTML.slice(0, 80)}`];
			}),
		{ points, what }
	);
	expect(misses, `${label}: covered or off screen:\n${misses.join('\n')}`).toEqual([]);
}

/** Screen points on the outline of an island group's box, as MapLibre draws it now. */
export async function mapSubjectPoints(
	page: Page,
	ids: readonly IslandId[]
): Promise<{ x: number; y: number }[]> {
	const { ISLAND_GEO } = await import('../../src/lib/data/geodata.generated.ts');
	const boxes = ids.map((id) => ISLAND_GEO[id]?.bbox).filter((b) => !!b);
	return onMap(
		page,
		(map, boxes) => {
			const r = map.getCanvas().getBoundingClientRect();
			const out: { x: number; y: number }[] = [];
			for (const [w, s, e, n] of boxes) {
				// Corners and edge midpoints: the box itself must be in the uncovered part.
				const lngs = [w, (w + e) / 2, e];
				const lats = [s, (s + n) / 2, n];
				for (const lng of lngs)
					for (const lat of lats) {
						const p = map.project([lng, lat]);
						out.push({ x: r.left + p.x, y: r.top + p.y });
					}
			}
			return out;
		},
		boxes as [number, number, number, number][]
	);
}

export async function waitForMapReady(page: Page): Promise<void> {
	await expect(page.locator('.map-screen')).toHaveAttribute('data-map-status', 'ready', {
		timeout: 120_000
	});
}

/**
 * Waits until the MapLibre camera has been placed for the insets the layout measures now (a sheet
 * that just moved reaches the camera a frame or two later), has stopped, and the frame after is drawn.
 */
export async function waitForCameraStill(page: Page): Promise<void> {
	await waitForMap(page, ({ map }) => {
		const screen = document.querySelector<HTMLElement>('.map-screen');
		const placed = map.getContainer().dataset.placedFor;
		return !!screen && placed === screen.dataset.insets && !map.isMoving();
	});
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

/**
 * A screen point inside an island's shape on the still map where the island's link is what the
 * pointer hits (not a label, a line or the sea): the place a reader would tap.
 */
export async function svgIslandPoint(page: Page, id: IslandId): Promise<{ x: number; y: number }> {
	return withIslandCopy(page, id, () =>
		page.evaluate((id) => {
			const link = document.querySelector<SVGAElement>(`.svg-map a[data-island="${id}"]`);
			const path = document.querySelector<SVGPathElement>(`path[data-island-copy="${id}"]`);
			const ctm = path?.getScreenCTM();
			if (!link || !path || !ctm) throw new Error(`no island ${id} on the still map`);
			const box = path.getBBox();
			let best: { x: number; y: number; d: number } | null = null;
			const cx = box.x + box.width / 2;
			const cy = box.y + box.height / 2;
			for (let i = 1; i < 40; i++)
				for (let j = 1; j < 40; j++) {
					const p = new DOMPoint(box.x + (box.width * i) / 40, box.y + (box.height * j) / 40);
					if (!path.isPointInFill(p)) continue;
					const x = ctm.a * p.x + ctm.c * p.y + ctm.e;
					const y = ctm.b * p.x + ctm.d * p.y + ctm.f;
					if (!document.elementFromPoint(x, y)?.closest(`a[data-island="${id}"]`)) continue;
					// Prefer the point nearest the middle of the island.
					const d = (p.x - cx) ** 2 + (p.y - cy) ** 2;
					if (!best || d < best.d) best = { x, y, d };
				}
			if (!best) throw new Error(`island ${id} cannot be reached on the still map`);
			return { x: best.x, y: best.y };
		}, id)
	);
}

export function notice(page: Page) {
	return page.locator('.map-notice[role="status"]');
}
