// The site's own voice stays neutral on the pages a reader reaches: no loaded term (glossary.ts)
// outside a side's attributed statement (data-side="ja" / "ru") or others' words (q, blockquote,
// cite), on the home page, at every timeline year, on the four island pages and on /about. Each
// side's view gives its government's case argument by argument, and the two are of comparable length.
import type { Page } from '@playwright/test';
import { LOADED_TERMS } from '../../src/lib/data/glossary.ts';
import { SOURCES } from '../../src/lib/data/sources.ts';
import { ISLAND_IDS, TIMELINE_YEARS, type SourceId } from '../../src/lib/data/types.ts';
import { expect, test } from './fixtures.ts';

/** The page's text in the site's own voice: every text node not inside a side's words or a quote. */
function ownVoice(page: Page): Promise<string> {
	return page.evaluate(() => {
		const exempt = '[data-side], q, blockquote, cite, script, style, noscript, template';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const parts: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			if (!node.parentElement?.closest(exempt)) parts.push(node.textContent ?? '');
		return parts.join(' ').replace(/\s+/g, ' ');
	});
}

/** The loaded terms in a text, each with a little context, so a failure says where. */
function loaded(text: string): string[] {
	return LOADED_TERMS.flatMap((term) => {
		const match = new RegExp(term.pattern.source, 'gi').exec(text);
		return match
			? [`${term.id}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`]
			: [];
	});
}

test('no loaded term in the site’s own voice on /, at every timeline year, on the island pages and /about', async ({
	page
}) => {
	const checked: string[] = [];
	const check = async (label: string) => {
		const text = await ownVoice(page);
		expect(text.length, `${label} has text`).toBeGreaterThan(200);
		expect(loaded(text), label).toEqual([]);
		checked.push(label);
	};

	await page.goto('/');
	await expect(page.locator('.step')).toBeVisible();
	await check('/');
	for (const year of TIMELINE_YEARS) {
		await page.goto(`/?year=${year}`);
		await expect(page.locator(`.step[data-year="${year}"]`)).toBeVisible();
		await check(`/?year=${year}`);
	}
	for (const id of ISLAND_IDS) {
		await page.goto(`/islands/${id}`);
		await expect(page.locator(`[data-island="${id}"]`).first()).toBeVisible();
		await check(`/islands/${id}`);
	}
	await page.goto('/about');
	await expect(page.locator('#sources')).toBeVisible();
	await check('/about');
	expect(checked).toHaveLength(2 + TIMELINE_YEARS.length + ISLAND_IDS.length);
});

test('each side’s view gives its government’s case, point by point, and the two are of comparable length', async ({
	page
}) => {
	const length: Record<string, number> = {};
	for (const side of ['ja', 'ru'] as const) {
		const government = side === 'ja' ? /Japan/ : /Russia/;
		await page.goto(`/?view=${side}`);
		const view = page.locator(`.position[data-viewpoint="${side}"]`);
		const points = view.locator(`[data-case="${side}"] .arguments > li`);
		await expect(points.first()).toBeVisible();
		const count = await points.count();
		expect(count, `${side}: arguments`).toBeGreaterThanOrEqual(5);
		let byGovernment = 0;
		for (let i = 0; i < count; i++) {
			const point = points.nth(i);
			// The argument's own citations (not those of the other side's answer).
			const ids = (await point
				.locator(':scope > .cite a[data-source]')
				.evaluateAll((links) => links.map((a) => a.getAttribute('data-source')))) as SourceId[];
			expect(ids.length, `${side}: argument ${i + 1} cites a source`).toBeGreaterThan(0);
			if (
				ids.some(
					(id) =>
						SOURCES[id]?.kind === 'official-statement' && government.test(SOURCES[id].publisher)
				)
			)
				byGovernment++;
			await expect(
				point.locator(`.answer[data-side="${side === 'ja' ? 'ru' : 'ja'}"]`)
			).toBeVisible();
		}
		expect(byGovernment, `${side}: arguments citing a statement of its government`).toBeGreaterThan(
			count / 2
		);
		const text = await view.innerText();
		// The side's own terms are on the page, inside its statement: what the first test exempts.
		if (side === 'ja') expect(loaded(text).length, 'Japan’s words quoted').toBeGreaterThan(0);
		length[side] = text.length;
	}
	const ja = length.ja ?? 0;
	const ru = length.ru ?? 0;
	test.info().annotations.push({ type: 'on-screen length', description: `ja ${ja}, ru ${ru}` });
	expect(
		Math.max(ja, ru) / Math.min(ja, ru),
		`on-screen length ja ${ja}, ru ${ru}`
	).toBeLessThanOrEqual(1.5);
});

test('/about lists every source with its kind and no copy, blog or aggregator', async ({
	page
}) => {
	await page.goto('/about');
	const items = page.locator('ol.sources > li');
	await expect(items.first()).toBeVisible();
	expect(await items.count()).toBe(Object.keys(SOURCES).length);
	const kinds = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
	expect(kinds.every((k) => k && k.length > 0)).toBe(true);
	for (const li of await items.all()) await expect(li.locator('.kind')).not.toBeEmpty();
	const text = await page.locator('ol.sources').innerText();
	expect(text).not.toMatch(/mirror|blog|wikimili|perceptio|hubbry|urdupoint|kxan36/i);
});
