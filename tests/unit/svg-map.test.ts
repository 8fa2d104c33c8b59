// The still map's shapes: regenerated from the committed geodata, they must equal the committed
// module (the build is deterministic and nobody edited the output by hand), stay small, and hold
// every island and overlay the app knows.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildShapes, renderModule } from '../../scripts/svg-map/build.ts';
import { ISLAND_IDS, OVERLAY_IDS } from '../../src/lib/data/types.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('SVG map shapes', () => {
	const text = renderModule(buildShapes(`${root}static/geo`));

	it('are what the committed module holds', () => {
		expect(text).toBe(readFileSync(`${root}src/lib/map/svg/shapes.generated.ts`, 'utf8'));
	});

	it('fit the first-view budget (they ship in the HTML, and in a script only when the page lacks them)', () => {
		expect(gzipSync(text, { level: 9 }).byteLength).toBeLessThan(16 * 1024);
	});

	it('draw every island, every overlay and a label for each island', () => {
		const shapes = buildShapes(`${root}static/geo`);
		for (const id of ISLAND_IDS) {
			expect(shapes.islands[id]).toMatch(/^M\d+ \d+l/);
			expect(shapes.labels.some((l) => l.id === id)).toBe(true);
		}
		for (const id of OVERLAY_IDS) expect(shapes.claims[id]?.d.length).toBeGreaterThan(10);
		// Habomai is a group: one closed ring per islet.
		expect(shapes.islands.habomai.match(/z/g)?.length).toBeGreaterThanOrEqual(6);
	});
});
