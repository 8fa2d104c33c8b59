// The app's own style is built without MapLibre's validation at load (MapView.svelte passes
// validateStyle: false: validating it cost the page 28 ms, 157 ms at 4× CPU slowdown), so it is
// validated here instead, with the style specification's own validator, for every display the
// reader can choose and with the measure tool's layers in.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { NAME_LEADS, OVERLAY_IDS, VIEWPOINTS } from '#lib/data/types.ts';
import { LAYER_IDS, mapScene, offlineStyle } from './style.ts';

const BASE = 'http://localhost';

describe('the offline style', () => {
	it('is valid by the style specification for every viewpoint, name lead and overlay choice', () => {
		for (const viewpoint of VIEWPOINTS)
			for (const lead of NAME_LEADS)
				for (const overlays of [[], [...OVERLAY_IDS]])
					expect(
						validateStyleMin(offlineStyle(BASE, { viewpoint, lead, overlays, place: 'kaigara' }))
					).toEqual([]);
	});

	it('labels the map in the page’s language, with the reader’s order first', () => {
		const field = (display: Parameters<typeof offlineStyle>[1]) =>
			offlineStyle(BASE, display).layers.find((l) => l.id === LAYER_IDS.islandLabels)?.layout;
		const base = { viewpoint: 'neutral', lead: 'both', overlays: [] } as const;
		expect(field({ ...base, locale: 'en' })).toMatchObject({ 'text-field': ['get', 'labelBoth'] });
		expect(field({ ...base, locale: 'ja' })).toMatchObject({ 'text-field': ['get', 'labelJa.ja'] });
		expect(field({ ...base, locale: 'ru' })).toMatchObject({ 'text-field': ['get', 'labelRu.ru'] });
		// Names follow the language; the viewpoint does not, except on English pages (README.md, Languages).
		expect(field({ ...base, viewpoint: 'ru', locale: 'ja' })).toMatchObject({
			'text-field': ['get', 'labelJa.ja']
		});
		expect(field({ ...base, viewpoint: 'ru', locale: 'en' })).toMatchObject({
			'text-field': ['get', 'labelRu']
		});
		expect(field({ ...base, lead: 'ja', locale: 'ru' })).toMatchObject({
			'text-field': ['get', 'labelJa.ru']
		});
	});

	it('is valid with the measure tool’s source and layers added', () => {
		const scene = mapScene(
			BASE,
			'offline',
			{ viewpoint: 'ja', lead: 'both', overlays: [] },
			[],
			[
				[
					[145.8, 43.4],
					[145.9, 43.4]
				]
			]
		);
		const style: StyleSpecification = {
			version: 8,
			sources: scene.sources,
			layers: scene.layers
		};
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('is reported invalid when a layer is not (the validator does check)', () => {
		const style = offlineStyle(BASE, { viewpoint: 'neutral', lead: 'both', overlays: [] });
		const broken = {
			...style,
			layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere' }]
		} as StyleSpecification;
		expect(validateStyleMin(broken).length).toBeGreaterThan(0);
	});
});
