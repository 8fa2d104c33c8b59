// A map page carries, as JSON the prerenderer inlined, only the data its first view shows: the
// timeline step and the viewpoint it opens on, each with the entries of the sources it cites, and
// the overlays' names. Another step, a side's case, the measure tool's presets and the legend's
// folded explanations are fetched when the reader asks for them, once, and their citations still
// link (tests/e2e/citations.e2e.ts and legend.e2e.ts check them).
import { readFileSync } from 'node:fs';
import { DEFAULT_STATE } from '../../src/lib/url/state.ts';
import { expect, hydrated, test } from './fixtures.ts';
import { SLUG } from './svg-map.ts';

/** The addresses whose responses a built page inlines, without the language prefix. */
function inlined(file: string): string[] {
	const html = readFileSync(`build/${file}`, 'utf8');
	return [...html.matchAll(/<script[^>]*data-sveltekit-fetched[^>]*data-url="([^"]+)"/g)].map((m) =>
		(m[1] ?? '').replace(/^\/(ja|ru)\//, '/')
	);
}

test('map pages inline the opening step and viewpoint, and nothing the first view does not show', () => {
	const files = [
		'index.html',
		'ja.html',
		'islands/kunashir.html',
		`ru/articles/${SLUG}/passages/1.html`
	];
	for (const file of files) {
		const urls = inlined(file);
		expect(urls, file).toContain(`/data/timeline/${DEFAULT_STATE.year}.json`);
		expect(urls, file).toContain(`/data/viewpoints/${DEFAULT_STATE.viewpoint}.json`);
		expect(
			urls.filter((u) => /\/data\/(timeline|viewpoints)\//.test(u)),
			file
		).toHaveLength(2);
		for (const u of urls) {
			expect(u, file).not.toMatch(
				/measure-presets|\/overlays\/details\.json|\/sources\/(map|all)\.json|\/facts\.json/
			);
		}
	}
});

test('another step, a side, the presets and the legend’s explanations arrive when asked for, once each, in the page’s language', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (req) => {
		const path = new URL(req.url()).pathname;
		if (path.includes('/data/')) asked.push(path);
	});
	await page.goto('/ja?year=1855&view=ru');
	await expect(page.locator('.step[data-year="1855"]')).toBeAttached();
	await expect(page.locator('.case[data-case="ru"] .arguments li').first()).toBeAttached();
	await hydrated(page);
	await page.getByLabel('1875', { exact: true }).check();
	await expect(page.locator('.step[data-year="1875"]')).toBeAttached();
	await page.getByLabel('1855', { exact: true }).check();
	await expect(page.locator('.step[data-year="1855"]')).toBeAttached();
	const fold = page.locator('.legend details').first();
	await fold.locator('summary').click();
	await expect(fold.locator('.cite a[data-source]').first()).toBeAttached();
	await page.locator('.legend details').nth(1).locator('summary').click();
	await expect(page.locator('.legend details').nth(1).locator('.meta')).toBeVisible();
	// M pressed in a form field is the field's.
	await page.locator('#main').focus();
	await page.keyboard.press('m');
	const preset = page.locator('section.measure .presets button[data-preset]').first();
	await preset.click();
	// A preset's figure links to its sources, whose entries came with the presets.
	await expect(page.locator('section.measure .cited a[data-source]').first()).toBeVisible();
	expect(asked.filter((p) => p.endsWith('/timeline/1855.json'))).toEqual([
		'/ja/data/timeline/1855.json'
	]);
	expect(asked.filter((p) => p.endsWith('/timeline/1875.json'))).toEqual([
		'/ja/data/timeline/1875.json'
	]);
	expect(asked.filter((p) => p.endsWith('/viewpoints/ru.json'))).toEqual([
		'/ja/data/viewpoints/ru.json'
	]);
	expect(asked.filter((p) => p.endsWith('/overlays/details.json'))).toEqual([
		'/ja/data/overlays/details.json'
	]);
	expect(asked.filter((p) => p.endsWith('/measure-presets.json'))).toEqual([
		'/ja/data/measure-presets.json'
	]);
});
