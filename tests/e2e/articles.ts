// Shared by the article journeys (articles.e2e.ts, articles-no-webgl.e2e.ts): the text they try,
// the try page's controls, and what the map (interactive or still) frames.
import { expect, type Page } from '@playwright/test';
import { ISLANDS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/style.ts';
import { onMap, twins, waitForMapSettled } from './map.ts';
import { expectUncovered, svgOutline, waitForCameraStill } from './svg-map.ts';
import { TRY_TEXT } from '../fixtures/try.ts';

export { TRY_TEXT };

/** A phrase of the text no request may carry. */
export const SECRET = 'Fishing crews said on Monday';

export const MAX_RAW_BYTES = 1024 * 1024;

export function tryPage(page: Page) {
	return {
		ready: page.locator('section.try[data-ready="true"]'),
		text: page.getByRole('textbox', { name: 'Article text' }),
		file: page.getByLabel('Or choose a .txt file'),
		submit: page.getByRole('button', { name: 'Show the cleaned article' }),
		refused: page.getByRole('alert'),
		result: page.locator('section.result')
	};
}

/**
 * What the map frames and highlights now: on the interactive map, which islands are selected and
 * whether its bounds hold each island's reference point; on the still map (no WebGL), which island
 * outlines are drawn highlighted and whether they are on screen, uncovered.
 */
export async function framed(page: Page): Promise<{ selected: IslandId[]; inView: IslandId[] }> {
	// Which map is the map: wait until the interactive one has drawn or has given up.
	const screen = page.locator('.map-screen');
	await expect(screen).toHaveAttribute('data-map-status', /^(ready|unavailable)$/, {
		timeout: 120_000
	});
	const status = await screen.getAttribute('data-map-status');
	if (status === 'ready') {
		await waitForCameraStill(page);
		await waitForMapSettled(page);
		return onMap(
			page,
			(map, { ids, points, layer }) => {
				const b = map?.getBounds();
				const source = layer.map((l) => map?.getLayer(l)?.source).find(Boolean) ?? '';
				return {
					selected: ids.filter((id) => map?.getFeatureState({ source, id })?.selected),
					inView: ids.filter((id, i) => b?.contains(points[i] as [number, number]))
				};
			},
			{
				ids: [...ISLAND_IDS],
				points: ISLAND_IDS.map((id) => [...ISLANDS[id].point]),
				layer: twins(LAYER_IDS.islandsFill)
			}
		);
	}
	const selected: IslandId[] = [];
	for (const id of ISLAND_IDS) {
		const width = await page
			.locator(`.svg-map a[data-island="${id}"] [data-shape="island:${id}"]`)
			.getAttribute('stroke-width');
		if (width === '2.5') selected.push(id);
	}
	for (const id of selected) await expectUncovered(page, await svgOutline(page, id, 8), 'svg', id);
	return { selected, inView: selected };
}
