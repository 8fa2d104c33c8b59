// The still map's shapes: regenerated from the committed geodata, they must equal the committed
// module and shared file (the build is deterministic and nobody edited the output by hand), stay
// small, and hold every island, overlay and country's land the app knows.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUT, buildShapes, renderModule, renderSharedSvg } from '../../scripts/svg-map/build.ts';
import { sharedId } from '../../src/lib/map/svg/types.ts';
import { ISLAND_IDS, OVERLAY_IDS } from '../../src/lib/data/types.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('SVG map shapes', () => {
	const built = buildShapes(`${root}static/geo`);
	const text = renderModule(built);
	const shared = renderSharedSvg(built);

	it('are what the committed module and shared file hold', () => {
		expect(text).toBe(readFileSync(`${root}${OUT.module}`, 'utf8'));
		expect(shared).toBe(readFileSync(`${root}${OUT.shared}`, 'utf8'));
	});

	it('fit the first-view budget (every map page fetches the shared file; the module only when it has no still map)', () => {
		expect(gzipSync(text, { level: 9 }).byteLength).toBeLessThan(4 * 1024);
		expect(gzipSync(shared, { level: 9 }).byteLength).toBeLessThan(14 * 1024);
	});

	it("put each country's land, the context, every claim and island in the shared file, found by id, and not in the module", () => {
		const ids = [...shared.matchAll(/<path id="([^"]+)"[^>]* d="M\d[^"]{20,}"\/>/g)].map(
			(m) => m[1]
		);
		expect(ids).toEqual([
			sharedId('context'),
			...Object.keys(built.land).map((k) => sharedId('land', k)),
			...Object.keys(built.claims).map((id) => sharedId('claim', id)),
			...ISLAND_IDS.map((id) => sharedId('island', id))
		]);
		for (const id of OVERLAY_IDS)
			expect(shared).toContain(
				`<path id="${sharedId('claim', id)}"${built.claims[id].kind === 'area' ? ' fill-rule="evenodd"' : ''} vector-effect="non-scaling-stroke" d="${built.claims[id].d}"/>`
			);
		expect(text).not.toContain('"claims"');
		for (const id of ISLAND_IDS)
			expect(shared).toContain(
				`<path id="${sharedId('island', id)}" fill-rule="evenodd" vector-effect="non-scaling-stroke" d="${built.islands[id]}"/>`
			);
		expect(Object.keys(built.land)).toEqual(expect.arrayContaining(['JPN', 'RUS']));
		// vector-effect is not inherited from the <use>: the coasts keep screen-pixel widths only so.
		for (const k of Object.keys(built.land))
			expect(shared).toMatch(new RegExp(`id="land-${k}"[^>]*vector-effect="non-scaling-stroke"`));
		expect(text).not.toContain(built.context.slice(0, 40));
		expect(text).toMatch(/"land": \[\s*"JPN",\s*"RUS"\s*\]/);
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
