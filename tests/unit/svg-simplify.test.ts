// Simplification of the still map's projected rings and lines (scripts/svg-map/simplify.ts).
import { describe, expect, it } from 'vitest';
import { ringArea, simplifyLine, simplifyRing } from '../../scripts/svg-map/simplify.ts';
import type { Ring } from '../../src/lib/map/svg/projection.ts';

describe('simplifying projected shapes for the still map', () => {
	it('keeps the corners of a square with noise below the tolerance', () => {
		const ring: Ring = [
			[0, 0],
			[50, 0.4],
			[100, 0],
			[100.3, 50],
			[100, 100],
			[0, 100],
			[0, 0]
		];
		expect(simplifyRing(ring, 1)).toEqual([
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100]
		]);
	});

	it('writes a ring on a coarser grid in multiples of it, merging points that fall together', () => {
		const ring: Ring = [
			[0, 0],
			[100, 0],
			[101, 1],
			[103, 2],
			[99, 98],
			[2, 101],
			[0, 0]
		];
		expect(simplifyRing(ring, 0.5, 4)).toEqual([
			[0, 0],
			[25, 0],
			[26, 1],
			[25, 25],
			[1, 25]
		]);
	});

	it('drops a ring that collapses below three points', () => {
		expect(
			simplifyRing(
				[
					[0, 0],
					[0.2, 0.1],
					[0.1, 0.2],
					[0, 0]
				],
				1
			)
		).toBeNull();
	});

	it('simplifies a long line without recursion limits', () => {
		const line: Ring = Array.from({ length: 200_000 }, (_, i) => [i, Math.sin(i / 1000) * 0.1]);
		const simple = simplifyLine(line, 1);
		expect(simple[0]).toEqual(line[0]);
		expect(simple.at(-1)).toEqual(line.at(-1));
		expect(simple.length).toBeLessThan(10);
	});

	it('measures a ring’s area in square units, whichever way it turns, closed or not', () => {
		const square: Ring = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		expect(ringArea(square)).toBeCloseTo(100, 9);
		expect(ringArea([...square].reverse())).toBeCloseTo(100, 9);
		expect(ringArea([...square, [0, 0]])).toBeCloseTo(100, 9);
	});
});
