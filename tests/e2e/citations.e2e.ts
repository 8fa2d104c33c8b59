// Every citation on screen links to its source, whichever way the page was reached: pages get only
// the entries of the sources they cite (src/routes/data/sources/), so a citation whose entry did not
// arrive would show as "[S1?]" instead of a link. Checked on first views, on every timeline step and
// viewpoint, and after client-side moves, including into the map from a page without it.
import type { Page } from '@playwright/test';
import { SOURCES } from '../../src/lib/data/sources.ts';
import { ISLAND_IDS, VIEWPOINTS } from '../../src/lib/data/types.ts';
import { TIMELINE_STEPS } from '../../src/lib/data/timeline-steps.ts';
import { expect, test } from './fixtures.ts';
import { SLUG } from './svg-map.ts';

/** Every citation in the page (shown or folded away) is a link to its source's own address. */
async function citationsLink(page: Page) {
	await expect(page.locator('.cite .missing')).toHaveCount(0);
	const links = await page
		.locator('.cite a[data-source]')
		.evaluateAll((as) => as.map((a) => [a.getAttribute('data-source'), a.getAttribute('href')]));
	expect(links.length).toBeGreaterThan(0);
	for (const [id, href] of links)
		expect(href, `[${id}]`).toBe(SOURCES[id as keyof typeof SOURCES]?.url);
}

test('the map layout: every timeline step and viewpoint cites with links', async ({ page }) => {
	await page.goto('/');
	await citationsLink(page);
	for (const step of TIMELINE_STEPS) {
		await page.getByLabel(String(step.year), { exact: true }).check();
		await expect(page.locator(`.step[data-year="${step.year}"]`)).toBeAttached();
		await citationsLink(page);
	}
	for (const viewpoint of VIEWPOINTS) {
		await page.locator(`input[name="viewpoint"][value="${viewpoint}"]`).check();
		await citationsLink(page);
	}
});

test('islands and an article, opened directly and reached in the app', async ({ page }) => {
	await page.goto(`/islands/${ISLAND_IDS[0]}`);
	await expect(page.locator(`article.island-panel[data-island="${ISLAND_IDS[0]}"]`)).toBeVisible();
	await citationsLink(page);
	for (const id of ISLAND_IDS.slice(1)) {
		await page.locator(`.island-list a[data-island="${id}"]`).click();
		await expect(page.locator(`article.island-panel[data-island="${id}"]`)).toBeVisible();
		await citationsLink(page);
	}
	await page.goto(`/articles/${SLUG}`);
	await citationsLink(page);
	// Into the map from a page without it: the map layout's sources arrive with the move.
	await page.goto('/about');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Map' }).click();
	await expect(page).toHaveURL(/\/$/);
	await citationsLink(page);
	await page.locator(`.island-list a[data-island="${ISLAND_IDS[0]}"]`).click();
	await expect(page.locator(`article.island-panel[data-island="${ISLAND_IDS[0]}"]`)).toBeVisible();
	await citationsLink(page);
});
