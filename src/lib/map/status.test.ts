import { describe, expect, it } from 'vitest';
import { faultOfMapError, isLasting, type MapFault } from './status.ts';
import { MAP_STRINGS } from '#lib/strings/map.ts';

describe('map faults', () => {
	it('reads a worker failure from MapLibre’s message and a data failure from the source', () => {
		expect(
			faultOfMapError({
				error: { message: 'Worker failed to load. Check that the worker URL is correct.' }
			})
		).toBe('worker-failed');
		expect(faultOfMapError({ error: { message: 'Not Found' }, sourceId: 'islands' })).toBe(
			'data-failed'
		);
	});

	it('lets other errors pass: a bad layer property is not a reason to give up the map', () => {
		expect(
			faultOfMapError({ error: { message: 'Cannot get style of non-existing layer "x".' } })
		).toBe(null);
		expect(faultOfMapError({ error: null })).toBe(null);
	});

	it('only a timeout and a lost context may still end in a working map', () => {
		const all: MapFault[] = [
			'no-webgl',
			'failed-to-start',
			'worker-failed',
			'data-failed',
			'timeout',
			'context-lost'
		];
		expect(all.filter((f) => !isLasting(f))).toEqual(['timeout', 'context-lost']);
		// Every fault has its one-line notice.
		for (const f of all) expect(MAP_STRINGS.unavailable[f].length).toBeGreaterThan(10);
	});
});
