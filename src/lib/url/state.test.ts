import { describe, expect, it } from 'vitest';
import { ISLAND_IDS } from '../data/types.ts';
import {
	cameraToHash,
	canonical,
	canonicalCamera,
	canonicalMeasure,
	DEFAULT_STATE,
	formatMeasure,
	hashToCamera,
	isValidState,
	MAX_LATITUDE,
	parseMeasure,
	parseUrlState,
	sameState,
	serializeUrlState,
	type Camera,
	type Measure,
	type UrlState
} from './state.ts';
import { OVERLAY_IDS } from '#lib/data/types.ts';

const state = (patch: Partial<UrlState>): UrlState => ({ ...canonical(DEFAULT_STATE), ...patch });
const camera = (patch: Partial<Camera>): Camera => ({
	zoom: 8,
	lat: 44,
	lng: 146,
	bearing: 0,
	pitch: 0,
	...patch
});
const cameraOf = (hash: string) => parseUrlState(`/${hash}`).camera;

describe('DEFAULT_STATE', () => {
	it('is valid, canonical and serializes to no query and no hash', () => {
		expect(isValidState(DEFAULT_STATE)).toBe(true);
		expect(canonical(DEFAULT_STATE)).toEqual(DEFAULT_STATE);
		expect(serializeUrlState(DEFAULT_STATE)).toBe('');
		expect(parseUrlState('/')).toEqual(DEFAULT_STATE);
		expect(parseUrlState('')).toEqual(DEFAULT_STATE);
	});

	it('is never shared with parsed states', () => {
		const parsed = parseUrlState('/');
		expect(parsed.overlays).not.toBe(DEFAULT_STATE.overlays);
	});
});

describe('path', () => {
	it('is not read: the router owns it (src/lib/routing/view.ts)', () => {
		const settings = '?overlays=median-line&view=ja&year=1956#map=8/44/146';
		for (const path of ['/', '/islands/iturup', '/articles/a-b/passages/2', '/nowhere', '/%'])
			expect(parseUrlState(path + settings), path).toEqual(parseUrlState(`/${settings}`));
	});

	it('reads the query and hash of absolute URLs and URL objects, whatever their origin', () => {
		expect(parseUrlState('https://example.org/islands/kunashir?year=1956').year).toBe(1956);
		const url = new URL('https://example.org/kuril-explorer/about?lead=ja#map=5/44/146');
		expect(parseUrlState(url)).toEqual(state({ lead: 'ja', camera: camera({ zoom: 5 }) }));
	});
});

describe('query: the article index filter', () => {
	it('reads one island id, and nothing else', () => {
		for (const id of ISLAND_IDS) expect(parseUrlState(`/articles?island=${id}`).island).toBe(id);
		// An island no article could name, or any other value: no filter, no error.
		for (const q of ['island=atlantis', 'island=', 'island=Shikotan', 'island', 'island=%FF'])
			expect(parseUrlState(`/articles?${q}`).island, q).toBeNull();
		// The first of a repeated key wins, as for every key.
		expect(parseUrlState('/articles?island=habomai&island=iturup').island).toBe('habomai');
	});

	it('is written first, as part of the view', () => {
		expect(serializeUrlState(state({ island: 'shikotan', viewpoint: 'ja' }))).toBe(
			'?island=shikotan&view=ja'
		);
		expect(serializeUrlState(state({ island: null }))).toBe('');
		expect(isValidState(state({ island: 'atlantis' as 'iturup' }))).toBe(false);
		expect(canonical(state({ island: 'x' as 'iturup' })).island).toBeNull();
	});
});

describe('camera hash', () => {
	it('reads zoom/lat/lng and the optional bearing/pitch', () => {
		expect(cameraOf('#map=7.5/43.8/146.25')).toEqual(camera({ zoom: 7.5, lat: 43.8, lng: 146.25 }));
		expect(cameraOf('#map=7.5/43.8/146.25/-30/45')).toEqual(
			camera({ zoom: 7.5, lat: 43.8, lng: 146.25, bearing: -30, pitch: 45 })
		);
	});

	it('ignores other hash content', () => {
		expect(cameraOf('#panel=1&map=6/44/146&x')).toEqual(camera({ zoom: 6 }));
		expect(cameraOf('#map=6/44/146&map=9/44/146')).toEqual(camera({ zoom: 6 }));
		expect(cameraOf('#section-2')).toBeNull();
		expect(cameraOf('#')).toBeNull();
	});

	it('drops the whole camera for any invalid part', () => {
		for (const hash of [
			'#map=',
			'#map=8',
			'#map=8/44',
			'#map=8/44/146/10',
			'#map=8/44/146/10/20/30',
			'#map=8/44/146/',
			'#map=8//146',
			'#map=NaN/44/146',
			'#map=8/NaN/146',
			'#map=Infinity/44/146',
			'#map=8/-Infinity/146',
			'#map=0x8/44/146',
			'#map=8/44/0x92',
			'#map=8e0/44/146',
			'#map=+8/44/146',
			'#map= 8/44/146',
			'#map=8/44/146x',
			'#map=8/44/146/0/0;',
			'#map=.5/44/146',
			'#map=5./44/146',
			'#map=8,5/44/146',
			'#map=-0.01/44/146',
			'#map=22.01/44/146',
			'#map=23/44/146',
			'#map=8/85.0512/146',
			'#map=8/-86/146',
			'#map=8/44/180.00001',
			'#map=8/44/-181',
			'#map=8/44/146/181/0',
			'#map=8/44/146/0/85.1',
			'#map=8/44/146/0/-1',
			'#map=8/44/146%2F1',
			'#MAP=8/44/146'
		]) {
			expect(cameraOf(hash), hash).toBeNull();
		}
	});

	it('accepts the limits themselves', () => {
		expect(cameraOf('#map=0/0/0')).toEqual(camera({ zoom: 0, lat: 0, lng: 0 }));
		expect(cameraOf('#map=22/-85.05112/-179.5/-179.9/85')).toEqual({
			zoom: 22,
			lat: -85.05112,
			lng: -179.5,
			bearing: -179.9,
			pitch: 85
		});
		expect(cameraOf(`#map=1/${MAX_LATITUDE}/180`)?.lat).toBe(85.05112);
	});

	it('rounds to the serialized precision and spells ±180 one way', () => {
		expect(cameraOf('#map=7.456/43.123456/146.000004/12.34/0.06')).toEqual({
			zoom: 7.46,
			lat: 43.12346,
			lng: 146,
			bearing: 12.3,
			pitch: 0.1
		});
		expect(cameraOf('#map=3/10/-180/-180/0')).toEqual(
			camera({ zoom: 3, lat: 10, lng: 180, bearing: 180 })
		);
		expect(cameraOf('#map=3/-0/-0.000001')).toEqual(camera({ zoom: 3, lat: 0, lng: 0 }));
		expect(Object.is(cameraOf('#map=3/-0/-0')?.lat, 0)).toBe(true);
	});

	it('writes fixed precision, trims zeros and omits a zero bearing and pitch', () => {
		expect(cameraToHash(camera({ zoom: 7.5, lat: 43.8, lng: 146.25 }))).toBe(
			'#map=7.5/43.8/146.25'
		);
		expect(
			cameraToHash({ zoom: 7.123, lat: 43.1234567, lng: 146.0000001, bearing: 0.04, pitch: 0.04 })
		).toBe('#map=7.12/43.12346/146');
		expect(cameraToHash(camera({ bearing: 15 }))).toBe('#map=8/44/146/15/0');
		expect(cameraToHash(camera({ pitch: 40.25 }))).toBe('#map=8/44/146/0/40.3');
		expect(cameraToHash(null)).toBe('');
		expect(hashToCamera('#map=8/44/146/15/0')).toEqual(camera({ bearing: 15 }));
		expect(hashToCamera('map=8/44/146')).toEqual(camera({}));
	});
});

describe('canonicalCamera', () => {
	it('wraps longitude and bearing, and clamps the rest, for cameras from the map', () => {
		expect(canonicalCamera(camera({ lng: 506 }))?.lng).toBe(146);
		expect(canonicalCamera(camera({ lng: -214 }))?.lng).toBe(146);
		expect(canonicalCamera(camera({ lng: 540 }))?.lng).toBe(180);
		expect(canonicalCamera(camera({ bearing: 270 }))?.bearing).toBe(-90);
		expect(canonicalCamera(camera({ bearing: -179.96 }))?.bearing).toBe(180);
		expect(canonicalCamera(camera({ zoom: 30, pitch: 90, lat: 89 }))).toEqual(
			camera({ zoom: 22, pitch: 85, lat: 85.05112 })
		);
		expect(canonicalCamera(camera({ zoom: -1, lat: -90 }))).toEqual(
			camera({ zoom: 0, lat: -85.05112 })
		);
	});

	it('gives null for non-finite values', () => {
		for (const bad of [NaN, Infinity, -Infinity]) {
			for (const key of ['zoom', 'lat', 'lng', 'bearing', 'pitch'] as const) {
				expect(canonicalCamera(camera({ [key]: bad }))).toBeNull();
			}
		}
		expect(canonicalCamera(null)).toBeNull();
	});
});

describe('query', () => {
	it('reads overlays as a comma list in canonical order, without duplicates or unknown ids', () => {
		expect(parseUrlState('/?overlays=median-line,border-1855,median-line,bogus').overlays).toEqual([
			'border-1855',
			'median-line'
		]);
		expect(parseUrlState('/?overlays=median-line%2Cjp-claimed').overlays).toEqual([
			'jp-claimed',
			'median-line'
		]);
		expect(parseUrlState('/?overlays=').overlays).toEqual([]);
		expect(parseUrlState('/?overlays=bogus').overlays).toEqual([]);
		expect(parseUrlState('/?other=1').overlays).toEqual([...OVERLAY_IDS]);
	});

	it('reads viewpoint, year, lead and embed, defaulting anything unknown', () => {
		expect(parseUrlState('/?view=ja&year=1956&lead=ru&embed=1')).toEqual(
			state({ viewpoint: 'ja', year: 1956, lead: 'ru', embed: true })
		);
		expect(parseUrlState('/?embed=true').embed).toBe(true);
		for (const q of ['view=JA', 'view=cn', 'view=', 'view=neutral']) {
			expect(parseUrlState(`/?${q}`).viewpoint, q).toBe('neutral');
		}
		for (const q of ['year=1957', 'year=1956.0', 'year=01956', 'year= 1956', 'year=', 'year=1e3']) {
			expect(parseUrlState(`/?${q}`).year, q).toBe(2022);
		}
		for (const q of ['lead=en', 'lead=both', 'lead='])
			expect(parseUrlState(`/?${q}`).lead, q).toBe('both');
		for (const q of ['embed=0', 'embed=yes', 'embed', 'embed=']) {
			expect(parseUrlState(`/?${q}`).embed, q).toBe(false);
		}
	});

	it('reads a place by its id, and nothing else', () => {
		expect(parseUrlState('/?place=kurilsk').place).toBe('kurilsk');
		expect(parseUrlState('/?place=cape-nosappu&lead=ru')).toEqual(
			state({ place: 'cape-nosappu', lead: 'ru' })
		);
		// Islands have their own pages; unknown, misspelt, empty or unnamed ids are no place.
		for (const q of [
			'place=iturup',
			'place=Kurilsk',
			'place=kurilsk%20',
			'place=atlantis',
			'place=',
			'place=shikotan-islet-east',
			'place=__proto__',
			'place=toString'
		])
			expect(parseUrlState(`/?${q}`).place, q).toBeNull();
		expect(serializeUrlState(state({ place: 'kurilsk', lead: 'ja', embed: true }))).toBe(
			'?lead=ja&place=kurilsk&embed=1'
		);
		expect(serializeUrlState(state({ place: 'atlantis' }))).toBe('');
		expect(isValidState(state({ place: 'atlantis' }))).toBe(false);
		expect(isValidState(state({ place: 'iturup' }))).toBe(false);
	});

	it('lets the first of repeated keys win', () => {
		expect(parseUrlState('/?year=1956&year=1905').year).toBe(1956);
	});

	it('writes only non-default values, in a fixed order, dropping unknown params', () => {
		const url =
			'/islands/iturup?embed=1&lead=ja&year=1875&view=ru&overlays=median-line&utm=x#map=8/44/146';
		expect(serializeUrlState(parseUrlState(url))).toBe(
			'?overlays=median-line&view=ru&year=1875&lead=ja&embed=1#map=8/44/146'
		);
		expect(serializeUrlState(state({ overlays: [] }))).toBe('?overlays=');
		expect(serializeUrlState(state({ overlays: [...OVERLAY_IDS].reverse() }))).toBe('');
		expect(serializeUrlState(state({ overlays: ['jp-claimed', 'ru-administered'] }))).toBe(
			'?overlays=ru-administered,jp-claimed'
		);
		expect(serializeUrlState(parseUrlState('/?view=neutral&year=2022&lead=both&embed=0'))).toBe('');
	});
});

describe('hostile input', () => {
	it('never throws and falls back to defaults', () => {
		for (const input of [
			'%E0%A4%A',
			'/islands/%E0%A4%A?overlays=%E0%A4%A&view=%&year=%%#map=%E0%A4%A',
			'javascript:alert(1)',
			'javascript:alert(1)//islands/iturup',
			'/<script>alert(1)</script>',
			'/?view=<script>&overlays=<img src=x onerror=alert(1)>',
			'/islands/iturup\u0000',
			'\u0000',
			'/\ud800',
			'/島/エトロフ?view=日本#map=８/44/146',
			'http://[',
			'http://a b/',
			'//evil.example/islands/iturup',
			'\\\\evil.example',
			'data:text/html,<script>alert(1)</script>',
			'?'.repeat(5000),
			'#'.repeat(5000)
		]) {
			const parsed = parseUrlState(input);
			expect(isValidState(parsed), input).toBe(true);
			expect(serializeUrlState(parsed)).toMatch(/^(\?[a-z0-9=&,-]*)?(#map=[0-9./-]+)?$/);
		}
		expect(parseUrlState('http://[')).toEqual(DEFAULT_STATE);
		expect(parseUrlState('javascript:alert(1)')).toEqual(DEFAULT_STATE);
		expect(parseUrlState('/?view=<script>').viewpoint).toBe('neutral');
	});

	it('ignores input beyond 4096 characters', () => {
		const padding = `&pad=${'x'.repeat(5000)}`;
		expect(parseUrlState(`/islands/iturup?year=1956${padding}&lead=ja`)).toEqual(
			state({ year: 1956 })
		);
		// A key past the limit is not read at all, however long the input: the cut is by length, not
		// by time, so this holds on any machine.
		const huge = `/about?${'a=1&'.repeat(250_000)}view=ja`;
		expect(parseUrlState(huge).viewpoint).toBe('neutral');
	});
});

describe('query: measure', () => {
	const NOSAPPU_KAIGARA: Measure = [
		[145.8163, 43.3851],
		[145.8594, 43.395]
	];

	it('reads two points, lng,lat~lng,lat', () => {
		expect(parseUrlState('/?measure=145.8163,43.3851~145.8594,43.3950').measure).toEqual(
			NOSAPPU_KAIGARA
		);
		expect(parseUrlState('/islands/habomai?measure=-180,-85~180,85').measure).toEqual([
			[180, -85],
			[180, 85]
		]);
		// The address bar may show the separators escaped.
		expect(parseUrlState('/?measure=145.8163%2C43.3851%7E145.8594%2C43.395').measure).toEqual(
			NOSAPPU_KAIGARA
		);
	});

	it('rounds to 5 decimals, so what is read is what will be written', () => {
		const m = parseUrlState('/?measure=145.816349999,43.385123456~145.859444,43.395').measure;
		expect(m).toEqual([
			[145.81635, 43.38512],
			[145.85944, 43.395]
		]);
		expect(serializeUrlState(state({ measure: m }))).toBe(
			'?measure=145.81635,43.38512~145.85944,43.395'
		);
		expect(
			formatMeasure([
				[-0.000001, 0],
				[1.1, -2.000004]
			])
		).toBe('0,0~1.1,-2');
	});

	it('ignores bad values without an error: no measurement, never half of one', () => {
		for (const value of [
			'',
			'~',
			'145.8,43.3',
			'145.8,43.3~',
			'145.8,43.3~145.9',
			'145.8,43.3~145.9,43.4~146,44',
			'145.8,43.3,1~145.9,43.4',
			'145.8;43.3~145.9;43.4',
			'145.8,91~145.9,43.4',
			'145.8,85.06~145.9,43.4',
			'181,43.3~145.9,43.4',
			'-180.00001,43.3~145.9,43.4',
			'1e2,43.3~145.9,43.4',
			'0x1,43.3~145.9,43.4',
			'NaN,43.3~145.9,43.4',
			'Infinity,43.3~145.9,43.4',
			' 145.8,43.3~145.9,43.4',
			'+145.8,43.3~145.9,43.4',
			'145.,43.3~145.9,43.4',
			'.5,43.3~145.9,43.4',
			'%,%~%,%',
			'<script>~</script>'
		]) {
			expect(parseMeasure(value), value).toBeNull();
			const parsed = parseUrlState(`/islands/kunashir?measure=${value}&view=ja`);
			expect(parsed.measure, value).toBeNull();
			expect(parsed.viewpoint, value).toBe('ja');
		}
	});

	it('takes the first of repeated keys and is written last, after embed', () => {
		expect(parseUrlState('/?measure=1,2~3,4&measure=5,6~7,8').measure).toEqual([
			[1, 2],
			[3, 4]
		]);
		expect(serializeUrlState(parseUrlState('/?measure=1,2~3,4&embed=1&view=ru'))).toBe(
			'?view=ru&embed=1&measure=1,2~3,4'
		);
		expect(serializeUrlState(state({ measure: null }))).toBe('');
	});

	it('canonicalises what a map reports: wraps longitudes, clamps latitudes, refuses junk', () => {
		expect(
			canonicalMeasure([
				[190, 89],
				[-190.5, -44.123456]
			])
		).toEqual([
			[-170, 85.05112],
			[169.5, -44.12346]
		]);
		for (const junk of [
			null,
			undefined,
			[],
			[[1, 2]],
			[[1, 2], [3]],
			[
				[1, 2],
				[3, NaN]
			],
			[
				[1, 2],
				[3, Infinity]
			],
			[
				[1, 2],
				['3', 4]
			],
			[
				[1, 2],
				[3, 4],
				[5, 6]
			],
			'1,2~3,4'
		])
			expect(canonicalMeasure(junk as Measure), JSON.stringify(junk)).toBeNull();
	});
});

describe('canonical and isValidState', () => {
	it('rejects malformed states', () => {
		const bad: unknown[] = [
			null,
			'/',
			{},
			{ ...DEFAULT_STATE, extra: 1 },
			state({ overlays: ['jp-claimed', 'ru-administered'] }),
			state({ overlays: ['jp-claimed', 'jp-claimed'] }),
			{ ...DEFAULT_STATE, overlays: ['nope'] },
			{ ...DEFAULT_STATE, year: 1957 },
			{ ...DEFAULT_STATE, viewpoint: 'cn' },
			{ ...DEFAULT_STATE, lead: 'en' },
			{ ...DEFAULT_STATE, embed: 1 },
			{ ...DEFAULT_STATE, island: 'urup' },
			{ ...DEFAULT_STATE, island: undefined },
			{ ...DEFAULT_STATE, view: { kind: 'home' } },
			{ ...DEFAULT_STATE, camera: camera({ zoom: NaN }) },
			{ ...DEFAULT_STATE, camera: camera({ lat: 86 }) },
			{ ...DEFAULT_STATE, camera: { zoom: 1, lat: 0, lng: 0 } },
			{ ...DEFAULT_STATE, camera: { ...camera({}), roll: 0 } },
			{ ...DEFAULT_STATE, measure: [[1, 2]] },
			{
				...DEFAULT_STATE,
				measure: [
					[1, 2],
					[3, 91]
				]
			},
			{
				...DEFAULT_STATE,
				measure: [
					[1, 2],
					[181, 4]
				]
			},
			{
				...DEFAULT_STATE,
				measure: [
					[1, 2],
					[3, 4, 5]
				]
			},
			{ ...DEFAULT_STATE, measure: '1,2~3,4' }
		];
		for (const value of bad) expect(isValidState(value), JSON.stringify(value)).toBe(false);
	});

	it('repairs what it can and defaults the rest', () => {
		const broken = {
			island: 'urup',
			camera: camera({ zoom: 7.777, lng: 506 }),
			overlays: ['median-line', 'nope', 'jp-claimed', 'median-line'],
			viewpoint: 'cn',
			year: 1957,
			lead: 'ru',
			embed: 'yes'
		} as unknown as UrlState;
		expect(canonical(broken)).toEqual(
			state({
				camera: camera({ zoom: 7.78 }),
				overlays: ['jp-claimed', 'median-line'],
				lead: 'ru'
			})
		);
	});
});

describe('helpers', () => {
	it('compares states by their links', () => {
		const a = state({ camera: camera({ lat: 44.000001 }), overlays: ['jp-claimed'] });
		const b = state({ camera: camera({ lat: 44.000004 }), overlays: ['jp-claimed'] });
		expect(sameState(a, b)).toBe(true);
		expect(sameState(a, { ...b, camera: camera({ lat: 44.00001 }) })).toBe(false);
		expect(sameState(a, { ...b, year: 1956 })).toBe(false);
	});
});
