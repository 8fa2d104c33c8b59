import { describe, expect, it } from 'vitest';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { ISLAND_IDS } from '#lib/data/types.ts';
import { applyScene, sameValue } from './scene.ts';
import {
	DEFAULT_DISPLAY,
	LAYER_IDS,
	SOURCE_IDS,
	mapScene,
	offlineStyle,
	type MapDisplay,
	type MeasureLine
} from './style.ts';
import { VIEWPOINT_BORDER_LAYER, labelField, overlayLayerIds } from './overlays.ts';

/** The parts of a MapLibre map applyScene uses, holding layers as MapLibre serializes them. */
function fakeMap(initial: LayerSpecification[], sources: string[]) {
	const layers = new Map(initial.map((l) => [l.id, structuredClone(l)]));
	const order = initial.map((l) => l.id);
	const states = new Map<string, Record<string, unknown>>();
	const calls: string[] = [];
	// GeoJSON sources with their data, as MapLibre serializes them.
	type FakeSource = { serialize: () => { data: unknown }; setData: (d: unknown) => void };
	const srcs = new Map<string, FakeSource>();
	const addSrc = (id: string, spec?: { data?: unknown }) => {
		let data = spec?.data;
		srcs.set(id, {
			serialize: () => ({ data: structuredClone(data) }),
			setData: (d: unknown) => {
				calls.push(`setData ${id}`);
				data = d;
			}
		});
	};
	sources.forEach((id) => addSrc(id, style.sources[id] as { data?: unknown }));
	const edit = (id: string, part: 'layout' | 'paint', key: string, value: unknown) => {
		const l = layers.get(id) as unknown as Record<string, Record<string, unknown> | undefined>;
		const props = (l[part] ??= {});
		if (value === undefined) delete props[key];
		else props[key] = value;
	};
	const map = {
		style: { _loaded: true } as { _loaded: boolean } | null,
		getSource: (id: string) => srcs.get(id),
		addSource: (id: string, spec: { data?: unknown }) => (
			calls.push(`addSource ${id}`),
			addSrc(id, spec)
		),
		getLayer: (id: string) => {
			const l = layers.get(id);
			return l && { serialize: () => structuredClone(l) };
		},
		addLayer: (l: LayerSpecification, before?: string) => {
			calls.push(`addLayer ${l.id} before ${before ?? '-'}`);
			layers.set(l.id, structuredClone(l));
			order.splice(before ? order.indexOf(before) : order.length, 0, l.id);
		},
		removeLayer: (id: string) => (calls.push(`removeLayer ${id}`), layers.delete(id)),
		setFilter: (id: string, f: unknown) => {
			calls.push(`setFilter ${id}`);
			(layers.get(id) as { filter?: unknown }).filter = f ?? undefined;
		},
		setLayoutProperty: (id: string, k: string, v: unknown) => {
			calls.push(`layout ${id} ${k}`);
			edit(id, 'layout', k, v);
		},
		setPaintProperty: (id: string, k: string, v: unknown) => {
			calls.push(`paint ${id} ${k}`);
			edit(id, 'paint', k, v);
		},
		setLayerZoomRange: (id: string) => calls.push(`zoom ${id}`),
		getFeatureState: ({ id }: { id: string }) => states.get(id) ?? {},
		setFeatureState: ({ id }: { id: string }, s: Record<string, unknown>) => {
			calls.push(`state ${id}`);
			states.set(id, { ...states.get(id), ...s });
		}
	};
	return { map, calls, order, states, asMap: map as unknown as MapLibreMap };
}

const BASE = 'http://localhost';
const style = offlineStyle(BASE, DEFAULT_DISPLAY);
const scene = (d: Partial<MapDisplay>) =>
	mapScene(BASE, 'offline', { ...DEFAULT_DISPLAY, ...d }, []);

describe('applyScene', () => {
	it('changes nothing while the map has no style (loading, or its WebGL context lost)', () => {
		const f = fakeMap(style.layers, Object.keys(style.sources));
		f.map.style = null;
		expect(applyScene(f.asMap, scene({ viewpoint: 'ja' }))).toBe(false);
		expect(f.calls).toEqual([]);
	});

	it('sets only what differs: a viewpoint changes colours, the border and the labels', () => {
		const f = fakeMap(style.layers, Object.keys(style.sources));
		expect(applyScene(f.asMap, scene({}))).toBe(true);
		// The style was built from the same display: only the feature states are new.
		expect(f.calls.filter((c) => !c.startsWith('state'))).toEqual([]);
		f.calls.length = 0;
		applyScene(f.asMap, scene({ viewpoint: 'ja' }));
		expect(f.calls.sort()).toEqual(
			[
				`paint ${LAYER_IDS.landFill} fill-color`,
				`paint ${LAYER_IDS.islandsFill} fill-color`,
				`setFilter ${VIEWPOINT_BORDER_LAYER}`,
				`layout ${VIEWPOINT_BORDER_LAYER} visibility`,
				`layout ${LAYER_IDS.placeLabels} text-field`,
				`layout ${LAYER_IDS.straitLabels} text-field`,
				`layout ${LAYER_IDS.islandLabels} text-field`
			].sort()
		);
		const labels = f.map.getLayer(LAYER_IDS.islandLabels)?.serialize() as {
			layout: { 'text-field': unknown };
		};
		expect(labels.layout['text-field']).toEqual(labelField('ja'));
		f.calls.length = 0;
		applyScene(f.asMap, scene({ viewpoint: 'ja' }));
		expect(f.calls.filter((c) => !c.startsWith('state'))).toEqual([]);
	});

	it('shows an overlay by its layers’ visibility', () => {
		const f = fakeMap(style.layers, Object.keys(style.sources));
		applyScene(f.asMap, scene({ overlays: ['median-line'] }));
		const [line] = overlayLayerIds('median-line');
		expect(f.calls).toContain(`layout ${line} visibility`);
		const layer = f.map.getLayer(line)?.serialize() as { layout: { visibility: string } };
		expect(layer.layout.visibility).toBe('visible');
	});

	it('puts back a property set by hand and adds a missing layer in its place', () => {
		const without = style.layers.filter((l) => l.id !== LAYER_IDS.islandsOutline);
		const f = fakeMap(without, Object.keys(style.sources));
		f.map.setLayoutProperty(LAYER_IDS.islandLabels, 'visibility', 'none');
		f.calls.length = 0;
		applyScene(f.asMap, scene({}));
		expect(f.calls).toContain(`layout ${LAYER_IDS.islandLabels} visibility`);
		const i = f.order.indexOf(LAYER_IDS.islandsOutline);
		expect(f.order[i - 1]).toBe(LAYER_IDS.islandsFill);
	});

	it('gives an inline source new data only when it changes', () => {
		const f = fakeMap(style.layers, Object.keys(style.sources));
		const line = [
			[
				[145.8, 43.4],
				[145.9, 43.4]
			]
		] as const;
		const measured = (l: MeasureLine) => mapScene(BASE, 'offline', DEFAULT_DISPLAY, [], l);
		applyScene(f.asMap, measured(null));
		f.calls.length = 0;
		applyScene(f.asMap, measured(null));
		expect(f.calls.filter((c) => c.startsWith('setData'))).toEqual([]);
		applyScene(f.asMap, measured(line));
		applyScene(f.asMap, measured(line));
		expect(f.calls.filter((c) => c.startsWith('setData'))).toEqual([
			`setData ${SOURCE_IDS.measure}`
		]);
		expect(f.order.slice(-2)).toEqual([LAYER_IDS.measureCasing, LAYER_IDS.measureLine]);
	});

	it('has no measure source until the tool opens, then keeps it with an empty line', () => {
		expect(style.sources[SOURCE_IDS.measure]).toBeUndefined();
		expect(style.layers.some((l) => 'source' in l && l.source === SOURCE_IDS.measure)).toBe(false);
		const f = fakeMap(style.layers, Object.keys(style.sources));
		applyScene(f.asMap, mapScene(BASE, 'offline', DEFAULT_DISPLAY, [], null));
		expect(f.calls).toContain(`addSource ${SOURCE_IDS.measure}`);
		expect(f.order.slice(-2)).toEqual([LAYER_IDS.measureCasing, LAYER_IDS.measureLine]);
	});

	it('sets the highlight as feature state, and again when the state was lost', () => {
		const f = fakeMap(style.layers, Object.keys(style.sources));
		const highlight = mapScene(BASE, 'offline', DEFAULT_DISPLAY, ['shikotan']);
		applyScene(f.asMap, highlight);
		expect(ISLAND_IDS.filter((id) => f.states.get(id)?.selected)).toEqual(['shikotan']);
		f.calls.length = 0;
		applyScene(f.asMap, highlight);
		expect(f.calls).toEqual([]);
		f.states.clear();
		applyScene(f.asMap, highlight);
		expect(ISLAND_IDS.filter((id) => f.states.get(id)?.selected)).toEqual(['shikotan']);
	});
});

describe('sameValue', () => {
	it('compares expressions by value and objects regardless of key order', () => {
		expect(sameValue(['get', 'a'], ['get', 'a'])).toBe(true);
		expect(sameValue(['get', 'a'], ['get', 'b'])).toBe(false);
		expect(sameValue({ a: 1, b: [1] }, { b: [1], a: 1 })).toBe(true);
		expect(sameValue([1], { 0: 1 })).toBe(false);
		expect(sameValue(undefined, null)).toBe(false);
	});
});
