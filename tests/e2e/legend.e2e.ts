// The legend's folds: a map page carries the overlays' names and switches, not the folds' closed
// explanations, which the first fold opened fetches in the page's language for all of them. By
// keyboard, with a slow or failing fetch, and without script, where each fold links to /about's
// section on its overlay (the same file's text, with its sources).
import type { Page } from '@playwright/test';
import { CLAIMS } from '../../src/lib/data/geodata.generated.ts';
import { SOURCES } from '../../src/lib/data/sources.ts';
import type { SourceId } from '../../src/lib/data/types.ts';
import { LEGEND_TEXT } from '../../src/lib/strings/dispute.ts';
import { expect, hydrated, test } from './fixtures.ts';

const DETAILS = '**/data/overlays/details.json';
/** The legend's `i`th overlay (the geodata build lists them in the legend's order). */
function overlay(i: number) {
	const info = CLAIMS[i];
	if (!info) throw new Error(`No overlay ${i} in the geodata`);
	return info;
}
const first = overlay(0);
const second = overlay(1);

/** Every citation in `scope` links to its source's own address; how many there are. */
async function citationsLink(page: Page, scope: string): Promise<number> {
	await expect(page.locator(`${scope} .cite .missing`)).toHaveCount(0);
	const links = await page
		.locator(`${scope} .cite a[data-source]`)
		.evaluateAll((as) => as.map((a) => [a.getAttribute('data-source'), a.getAttribute('href')]));
	for (const [id, href] of links) expect(href, `[${id}]`).toBe(SOURCES[id as SourceId]?.url);
	return links.length;
}

const fold = (page: Page, id: string) =>
	page
		.locator('.legend li')
		.filter({ has: page.locator(`input[data-overlay="${id}"]`) })
		.locator('details');

test('the page carries the names, not the explanations; a fold opens by keyboard and fetches them once', async ({
	page
}) => {
	const html = await (await page.request.get('/islands/kunashir')).text();
	for (const info of CLAIMS) {
		expect(html, info.id).toContain(info.title);
		expect(html, info.id).not.toContain(info.description.slice(0, 60));
		expect(html, info.id).toContain(`href="/about#overlay-${info.id}"`);
	}

	const asked: string[] = [];
	page.on('request', (req) => {
		if (req.url().includes('/data/overlays/')) asked.push(new URL(req.url()).pathname);
	});
	await page.goto('/islands/kunashir');
	await hydrated(page);
	const summary = fold(page, first.id).locator('summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(fold(page, first.id)).toHaveAttribute('open', '');
	await expect(fold(page, first.id)).toContainText(first.description);
	await expect(summary).toBeFocused();
	// Every fold's text came with the first: each cites its sources, with links.
	const cited = CLAIMS.reduce((n, info) => n + new Set(info.sources).size, 0);
	expect(await citationsLink(page, '.legend')).toBe(cited);

	await fold(page, second.id).locator('summary').focus();
	await page.keyboard.press('Space');
	await expect(fold(page, second.id)).toContainText(second.description);
	expect(asked).toEqual(['/data/overlays/details.json']);
});

test.describe('a fetch that fails, then works', () => {
	test.use({ allowConsoleErrors: /Failed to load resource/ });

	test('says so in the fold, with a retry and the link; a slow one is announced', async ({
		page
	}) => {
		let calls = 0;
		await page.route(DETAILS, async (route) => {
			calls += 1;
			if (calls === 1) return route.abort();
			// Slower than the legend waits before it says it is loading.
			await new Promise((r) => setTimeout(r, 1200));
			return route.continue();
		});
		await page.goto('/');
		await hydrated(page);
		const details = fold(page, first.id);
		await details.locator('summary').click();
		await expect(details.getByRole('status')).toHaveText(LEGEND_TEXT.failed);
		await expect(details.getByRole('link', { name: LEGEND_TEXT.more })).toHaveAttribute(
			'href',
			`/about#overlay-${first.id}`
		);
		await details.getByRole('button', { name: LEGEND_TEXT.retry }).click();
		await expect(details.getByRole('status')).toHaveText(LEGEND_TEXT.loading);
		await expect(details.locator('summary')).toBeFocused();
		await expect(details).toContainText(first.description);
		await expect(details.getByRole('status')).toHaveCount(0);
		expect(calls).toBe(2);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each fold links to /about’s section on its overlay, in the page’s language, with its sources', async ({
		page
	}) => {
		await page.goto('/ja/islands/kunashir');
		const links = page.locator('.legend details a');
		await expect(links).toHaveCount(CLAIMS.length);
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			CLAIMS.map((info) => `/ja/about#overlay-${info.id}`)
		);
		await page.goto(`/ja/about#overlay-${second.id}`);
		await expect(page.locator(`#overlay-${second.id}`)).toBeInViewport();
		for (const info of CLAIMS)
			expect(await citationsLink(page, `#overlay-${info.id}`), info.id).toBe(
				new Set(info.sources).size
			);

		await page.goto(`/about#overlay-${first.id}`);
		await expect(page.locator(`#overlay-${first.id}`)).toContainText(first.description);
	});
});
