// No layout shift from the first paint to the map's first idle: the layout is decided by CSS, the
// still map is in the HTML, and the interactive map takes its place without moving anything.
import { expect, test } from './fixtures.ts';
import { waitForMapIdle } from './map.ts';
import { PASSAGE, waitForMapReady } from './svg-map.ts';

const CASES = [
	{ viewport: { width: 390, height: 844 }, path: '/' },
	{ viewport: { width: 390, height: 844 }, path: PASSAGE },
	{ viewport: { width: 1280, height: 800 }, path: '/' }
];

for (const { viewport, path } of CASES) {
	test.describe(`${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test(`${path}: cumulative layout shift up to the map's idle is at most 0.02`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.addInitScript(() => {
				const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
				w.__shifts = [];
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
						sources?: { node?: Node }[];
					})[])
						if (!e.hadRecentInput)
							w.__shifts.push({
								value: e.value,
								nodes: (e.sources ?? []).map((s) =>
									s.node instanceof Element ? s.node.outerHTML.slice(0, 70) : String(s.node)
								)
							});
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(path);
			await waitForMapIdle(page);
			await waitForMapReady(page);
			const shifts = await page.evaluate(
				() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts
			);
			const cls = shifts.reduce((s, e) => s + e.value, 0);
			console.log(`CLS ${path} at ${viewport.width}×${viewport.height}: ${cls.toFixed(4)}`);
			expect(cls, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.02);
		});
	});
}
