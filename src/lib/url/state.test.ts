import fc from 'fast-check';
import { effectiveLead } from '#lib/data/names.ts';
import { describe, expect, it } from 'vitest';
import { ISLAND_IDS } from '../data/types.ts';
import {
	articlePath,
	cameraToHash,
	canonical,
	canonicalCamera,
	canonicalMeasure,
	DEFAULT_STATE,
	formatMeasure,
	hashToCamera,
	islandPath,
	isPassageText,
	isValidState,
	MAX_LATITUDE,
	MAX_SLUG_LENGTH,
	parseMeasure,
	parseUrl,
	passagePath,
	sameState,
	serializeUrl,
	viewPath,
	withView,
	type AppState,
	type Camera,
	type Measure,
	type ParseOptions,
	type View
} from './state.ts';
import { NAME_LEADS, OVERLAY_IDS, TIMELINE_YEARS, VIEWPOINTS } from '#lib/data/types.ts';
import { LOCATABLE_PLACES } from '#lib/data/places.ts';

const PLACE_IDS = [...LOCATABLE_PLACES.keys()];

const state = (patch: Partial<AppState>): AppState => ({ ...canonical(DEFAULT_STATE), ...patch });
const camera = (patch: Partial<Camera>): Camera => ({
	zoom: 8,
	lat: 44,
	lng: 146,
	bearing: 0,
	pitch: 0,
	...patch
});
const cameraOf = (hash: string) => parseUrl(`/${hash}`).camera;

const ARTICLES: Record<string, number> = { 'treaty-of-shimoda': 3, 'joint-declaration-1956': 12 };
const KNOWN: ParseOptions = {
	isArticle: (slug) => Object.hasOwn(ARTICLES, slug),
	passageCount: (slug) => ARTICLES[slug] ?? 0
};

describe('DEFAULT_STATE', () => {
	it('is valid, canonical and serializes to the bare root', () => {
		expect(isValidState(DEFAULT_STATE)).toBe(true);
		expect(canonical(DEFAULT_STATE)).toEqual(DEFAULT_STATE);
		expect(serializeUrl(DEFAULT_STATE)).toBe('/');
		expect(parseUrl('/')).toEqual(DEFAULT_STATE);
		expect(parseUrl('')).toEqual(DEFAULT_STATE);
	});

	it('is never shared with parsed states', () => {
		const parsed = parseUrl('/');
		expect(parsed.overlays).not.toBe(DEFAULT_STATE.overlays);
		expect(parsed.view).not.toBe(DEFAULT_STATE.view);
	});
});

describe('path', () => {
	it('reads every view', () => {
		expect(parseUrl('/').view).toEqual({ kind: 'home' });
		expect(parseUrl('/about').view).toEqual({ kind: 'about' });
		for (const id of ISLAND_IDS)
			expect(parseUrl(`/islands/${id}`).view).toEqual({ kind: 'island', id });
		expect(parseUrl('/articles/treaty-of-shimoda').view).toEqual({
			kind: 'article',
			slug: 'treaty-of-shimoda'
		});
		expect(parseUrl('/articles/treaty-of-shimoda/passages/2').view).toEqual({
			kind: 'passage',
			slug: 'treaty-of-shimoda',
			n: 2
		});
	});

	it('tolerates trailing slashes', () => {
		expect(parseUrl('/islands/iturup/').view).toEqual({ kind: 'island', id: 'iturup' });
		expect(parseUrl('/about/').view).toEqual({ kind: 'about' });
		expect(parseUrl('/articles/a-b/passages/1/').view).toEqual({
			kind: 'passage',
			slug: 'a-b',
			n: 1
		});
	});

	it('reads the article index and its island filter', () => {
		expect(parseUrl('/articles').view).toEqual({ kind: 'articles', island: null });
		expect(parseUrl('/articles/').view).toEqual({ kind: 'articles', island: null });
		for (const id of ISLAND_IDS)
			expect(parseUrl(`/articles?island=${id}`).view).toEqual({ kind: 'articles', island: id });
		// An island no article could name, or any other value: no filter, no error.
		for (const q of ['island=atlantis', 'island=', 'island=Shikotan', 'island', 'island=%FF'])
			expect(parseUrl(`/articles?${q}`).view, q).toEqual({ kind: 'articles', island: null });
		// The first of a repeated key wins, as for every key.
		expect(parseUrl('/articles?island=habomai&island=iturup').view).toEqual({
			kind: 'articles',
			island: 'habomai'
		});
		// Only the index reads it.
		expect(parseUrl('/?island=shikotan').view).toEqual({ kind: 'home' });
		expect(serializeUrl(parseUrl('/islands/iturup?island=shikotan'))).toBe('/islands/iturup');
	});

	it('writes the filter first, as part of the view', () => {
		const s = state({ view: { kind: 'articles', island: 'shikotan' }, viewpoint: 'ja' });
		expect(serializeUrl(s)).toBe('/articles?island=shikotan&view=ja');
		expect(serializeUrl(state({ view: { kind: 'articles', island: null } }))).toBe('/articles');
		expect(viewPath({ kind: 'articles', island: 'iturup' }, '/base')).toBe('/base/articles');
		expect(
			isValidState(state({ view: { kind: 'articles', island: 'atlantis' as 'iturup' } }))
		).toBe(false);
		expect(canonical(state({ view: { kind: 'articles', island: 'x' as 'iturup' } })).view).toEqual({
			kind: 'articles',
			island: null
		});
	});

	it('reads /articles/try, which is never an article', () => {
		expect(parseUrl('/articles/try').view).toEqual({ kind: 'try' });
		expect(parseUrl('/articles/try/').view).toEqual({ kind: 'try' });
		expect(serializeUrl(state({ view: { kind: 'try' } }))).toBe('/articles/try');
		expect(parseUrl('/articles/try-again').view).toEqual({ kind: 'article', slug: 'try-again' });
		expect(() => articlePath('try')).toThrow(RangeError);
		expect(isValidState(state({ view: { kind: 'article', slug: 'try' } }))).toBe(false);
	});

	it('sends anything unknown home', () => {
		for (const path of [
			'/islands',
			'/islands/urup',
			'/islands/Iturup',
			'/islands/iturup/more',
			'/about/us',
			'/articles/Treaty',
			'/articles/try/more',
			'/articles/try/passages/1',
			'/articles/a--b',
			'/articles/-a',
			'/articles/a_b',
			'/articles/a/other/1',
			'/articles/a/passages/1/extra',
			'/nowhere',
			'/%E0%A4%A',
			'/islands/%E0%A4%A',
			'/index.html'
		]) {
			expect(parseUrl(path).view, path).toEqual({ kind: 'home' });
		}
	});

	it('decodes percent-escapes in segments', () => {
		expect(parseUrl('/islands/%69turup').view).toEqual({ kind: 'island', id: 'iturup' });
		expect(parseUrl('/islands/iturup%2Fx').view).toEqual({ kind: 'home' });
	});

	it('limits slugs to the pattern and 120 characters', () => {
		const longest = 'a'.repeat(MAX_SLUG_LENGTH);
		expect(parseUrl(`/articles/${longest}`).view).toEqual({ kind: 'article', slug: longest });
		expect(parseUrl(`/articles/${longest}b`).view).toEqual({ kind: 'home' });
		expect(parseUrl('/articles/1956-declaration').view).toEqual({
			kind: 'article',
			slug: '1956-declaration'
		});
	});

	it('sends unknown articles home when isArticle is given', () => {
		expect(parseUrl('/articles/no-such-thing', KNOWN).view).toEqual({ kind: 'home' });
		expect(parseUrl('/articles/no-such-thing/passages/1', KNOWN).view).toEqual({ kind: 'home' });
		expect(parseUrl('/articles/treaty-of-shimoda', KNOWN).view).toEqual({
			kind: 'article',
			slug: 'treaty-of-shimoda'
		});
	});

	it('falls back from a bad passage number to its article', () => {
		const article = { kind: 'article', slug: 'treaty-of-shimoda' };
		for (const n of [
			'0',
			'-1',
			'01',
			'1.5',
			'1e2',
			'x',
			'',
			'0x1',
			'9007199254740992',
			'9999999999999999',
			'99999999999999999999'
		]) {
			expect(parseUrl(`/articles/treaty-of-shimoda/passages/${n}`).view, n).toEqual(article);
		}
		expect(parseUrl('/articles/treaty-of-shimoda/passages/3', KNOWN).view).toEqual({
			...article,
			kind: 'passage',
			n: 3
		});
		expect(parseUrl('/articles/treaty-of-shimoda/passages/4', KNOWN).view).toEqual(article);
		expect(parseUrl('/articles/a/passages/9007199254740991').view).toEqual({
			kind: 'passage',
			slug: 'a',
			n: Number.MAX_SAFE_INTEGER
		});
		expect(parseUrl('/articles/treaty-of-shimoda/passages/4').view).toEqual({
			...article,
			kind: 'passage',
			n: 4
		});
	});

	it('strips and adds a base path', () => {
		const base = '/kuril-explorer';
		expect(parseUrl('/kuril-explorer', { base }).view).toEqual({ kind: 'home' });
		expect(parseUrl('/kuril-explorer/', { base }).view).toEqual({ kind: 'home' });
		expect(parseUrl('/kuril-explorer/islands/shikotan', { base }).view).toEqual({
			kind: 'island',
			id: 'shikotan'
		});
		// Outside the base, or a longer name that merely starts with it.
		expect(parseUrl('/islands/shikotan', { base }).view).toEqual({ kind: 'home' });
		expect(parseUrl('/kuril-explorer2/islands/shikotan', { base }).view).toEqual({ kind: 'home' });
		expect(serializeUrl(DEFAULT_STATE, { base })).toBe('/kuril-explorer/');
		expect(serializeUrl(state({ view: { kind: 'about' } }), { base })).toBe(
			'/kuril-explorer/about'
		);
		// Spellings of the same base.
		for (const b of ['kuril-explorer', '/kuril-explorer/']) {
			expect(islandPath('habomai', b)).toBe('/kuril-explorer/islands/habomai');
		}
		for (const b of ['', '/', undefined]) expect(islandPath('habomai', b)).toBe('/islands/habomai');
	});

	it('reads the path of absolute URLs and URL objects, whatever their origin', () => {
		expect(parseUrl('https://example.org/islands/kunashir?year=1956').view).toEqual({
			kind: 'island',
			id: 'kunashir'
		});
		const url = new URL('https://example.org/kuril-explorer/about?lead=ja#map=5/44/146');
		expect(parseUrl(url, { base: '/kuril-explorer' })).toEqual(
			state({ view: { kind: 'about' }, lead: 'ja', camera: camera({ zoom: 5 }) })
		);
	});

	it('resolves dot segments as a browser would', () => {
		expect(parseUrl('/articles/../islands/iturup').view).toEqual({ kind: 'island', id: 'iturup' });
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
		expect(parseUrl('/?overlays=median-line,border-1855,median-line,bogus').overlays).toEqual([
			'border-1855',
			'median-line'
		]);
		expect(parseUrl('/?overlays=median-line%2Cjp-claimed').overlays).toEqual([
			'jp-claimed',
			'median-line'
		]);
		expect(parseUrl('/?overlays=').overlays).toEqual([]);
		expect(parseUrl('/?overlays=bogus').overlays).toEqual([]);
		expect(parseUrl('/?other=1').overlays).toEqual([...OVERLAY_IDS]);
	});

	it('reads viewpoint, year, lead and embed, defaulting anything unknown', () => {
		expect(parseUrl('/?view=ja&year=1956&lead=ru&embed=1')).toEqual(
			state({ viewpoint: 'ja', year: 1956, lead: 'ru', embed: true })
		);
		expect(parseUrl('/?embed=true').embed).toBe(true);
		for (const q of ['view=JA', 'view=cn', 'view=', 'view=neutral']) {
			expect(parseUrl(`/?${q}`).viewpoint, q).toBe('neutral');
		}
		for (const q of ['year=1957', 'year=1956.0', 'year=01956', 'year= 1956', 'year=', 'year=1e3']) {
			expect(parseUrl(`/?${q}`).year, q).toBe(2022);
		}
		for (const q of ['lead=en', 'lead=both', 'lead='])
			expect(parseUrl(`/?${q}`).lead, q).toBe('both');
		for (const q of ['embed=0', 'embed=yes', 'embed', 'embed=']) {
			expect(parseUrl(`/?${q}`).embed, q).toBe(false);
		}
	});

	it('reads a place by its id, and nothing else', () => {
		expect(parseUrl('/?place=kurilsk').place).toBe('kurilsk');
		expect(parseUrl('/?place=cape-nosappu&lead=ru')).toEqual(
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
			expect(parseUrl(`/?${q}`).place, q).toBeNull();
		expect(serializeUrl(state({ place: 'kurilsk', lead: 'ja', embed: true }))).toBe(
			'/?lead=ja&place=kurilsk&embed=1'
		);
		expect(serializeUrl(state({ place: 'atlantis' }))).toBe('/');
		expect(isValidState(state({ place: 'atlantis' }))).toBe(false);
		expect(isValidState(state({ place: 'iturup' }))).toBe(false);
	});

	it('drops the place with the camera when the view changes', () => {
		const found = state({ place: 'kurilsk', camera: camera({}) });
		expect(withView(found, { kind: 'home' }).place).toBe('kurilsk');
		expect(withView(found, { kind: 'island', id: 'iturup' }).place).toBeNull();
	});

	it('lets the first of repeated keys win', () => {
		expect(parseUrl('/?year=1956&year=1905').year).toBe(1956);
	});

	it('writes only non-default values, in a fixed order, dropping unknown params', () => {
		const url =
			'/islands/iturup?embed=1&lead=ja&year=1875&view=ru&overlays=median-line&utm=x#map=8/44/146';
		expect(serializeUrl(parseUrl(url))).toBe(
			'/islands/iturup?overlays=median-line&view=ru&year=1875&lead=ja&embed=1#map=8/44/146'
		);
		expect(serializeUrl(state({ overlays: [] }))).toBe('/?overlays=');
		expect(serializeUrl(state({ overlays: [...OVERLAY_IDS].reverse() }))).toBe('/');
		expect(serializeUrl(state({ overlays: ['jp-claimed', 'ru-administered'] }))).toBe(
			'/?overlays=ru-administered,jp-claimed'
		);
		expect(serializeUrl(parseUrl('/?view=neutral&year=2022&lead=both&embed=0'))).toBe('/');
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
			const parsed = parseUrl(input);
			expect(isValidState(parsed), input).toBe(true);
			expect(serializeUrl(parsed)).toMatch(/^\/[a-z0-9/-]*(\?[a-z0-9=&,-]*)?(#map=[0-9./-]+)?$/);
		}
		expect(parseUrl('http://[')).toEqual(DEFAULT_STATE);
		expect(parseUrl('javascript:alert(1)')).toEqual(DEFAULT_STATE);
		expect(parseUrl('/?view=<script>').viewpoint).toBe('neutral');
	});

	it('ignores input beyond 4096 characters', () => {
		const padding = `&pad=${'x'.repeat(5000)}`;
		expect(parseUrl(`/islands/iturup?year=1956${padding}&lead=ja`)).toEqual(
			state({ view: { kind: 'island', id: 'iturup' }, year: 1956 })
		);
		// A key past the limit is not read at all, however long the input: the cut is by length, not
		// by time, so this holds on any machine.
		const huge = `/about?${'a=1&'.repeat(250_000)}view=ja`;
		expect(parseUrl(huge).view).toEqual({ kind: 'about' });
		expect(parseUrl(huge).viewpoint).toBe('neutral');
	});
});

describe('query: measure', () => {
	const NOSAPPU_KAIGARA: Measure = [
		[145.8163, 43.3851],
		[145.8594, 43.395]
	];

	it('reads two points, lng,lat~lng,lat', () => {
		expect(parseUrl('/?measure=145.8163,43.3851~145.8594,43.3950').measure).toEqual(
			NOSAPPU_KAIGARA
		);
		expect(parseUrl('/islands/habomai?measure=-180,-85~180,85').measure).toEqual([
			[180, -85],
			[180, 85]
		]);
		// The address bar may show the separators escaped.
		expect(parseUrl('/?measure=145.8163%2C43.3851%7E145.8594%2C43.395').measure).toEqual(
			NOSAPPU_KAIGARA
		);
	});

	it('rounds to 5 decimals, so what is read is what will be written', () => {
		const m = parseUrl('/?measure=145.816349999,43.385123456~145.859444,43.395').measure;
		expect(m).toEqual([
			[145.81635, 43.38512],
			[145.85944, 43.395]
		]);
		expect(serializeUrl(state({ measure: m }))).toBe(
			'/?measure=145.81635,43.38512~145.85944,43.395'
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
			const parsed = parseUrl(`/islands/kunashir?measure=${value}&view=ja`);
			expect(parsed.measure, value).toBeNull();
			expect(parsed.view, value).toEqual({ kind: 'island', id: 'kunashir' });
			expect(parsed.viewpoint, value).toBe('ja');
		}
	});

	it('takes the first of repeated keys and is written last, after embed', () => {
		expect(parseUrl('/?measure=1,2~3,4&measure=5,6~7,8').measure).toEqual([
			[1, 2],
			[3, 4]
		]);
		expect(serializeUrl(parseUrl('/?measure=1,2~3,4&embed=1&view=ru'))).toBe(
			'/?view=ru&embed=1&measure=1,2~3,4'
		);
		expect(serializeUrl(state({ measure: null }))).toBe('/');
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

	it('keeps the measurement when the view changes', () => {
		const start = state({ measure: NOSAPPU_KAIGARA });
		expect(withView(start, { kind: 'island', id: 'habomai' }).measure).toEqual(NOSAPPU_KAIGARA);
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
			{ ...DEFAULT_STATE, view: { kind: 'island', id: 'urup' } },
			{ ...DEFAULT_STATE, view: { kind: 'home', id: 'iturup' } },
			{ ...DEFAULT_STATE, view: { kind: 'passage', slug: 'a', n: 0 } },
			{ ...DEFAULT_STATE, view: { kind: 'passage', slug: 'a', n: 1.5 } },
			{ ...DEFAULT_STATE, view: { kind: 'article', slug: 'A' } },
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
			view: { kind: 'island', id: 'urup' },
			camera: camera({ zoom: 7.777, lng: 506 }),
			overlays: ['median-line', 'nope', 'jp-claimed', 'median-line'],
			viewpoint: 'cn',
			year: 1957,
			lead: 'ru',
			embed: 'yes'
		} as unknown as AppState;
		expect(canonical(broken)).toEqual(
			state({
				camera: camera({ zoom: 7.78 }),
				overlays: ['jp-claimed', 'median-line'],
				lead: 'ru'
			})
		);
		expect(
			canonical({ ...DEFAULT_STATE, view: { kind: 'passage', slug: 'a', n: 0 } }).view
		).toEqual({ kind: 'article', slug: 'a' });
	});
});

describe('helpers', () => {
	it('builds paths, and refuses ones the app should never link to', () => {
		expect(islandPath('iturup')).toBe('/islands/iturup');
		expect(articlePath('treaty-of-shimoda', '/kuril-explorer')).toBe(
			'/kuril-explorer/articles/treaty-of-shimoda'
		);
		expect(passagePath('treaty-of-shimoda', 2)).toBe('/articles/treaty-of-shimoda/passages/2');
		expect(viewPath({ kind: 'about' }, '/b')).toBe('/b/about');
		expect(() => islandPath('urup' as never)).toThrow(RangeError);
		expect(() => articlePath('Bad Slug')).toThrow('Not an article slug: "Bad Slug"');
		expect(() => passagePath('a', 0)).toThrow(RangeError);
		expect(() => passagePath('a', 1.5)).toThrow(RangeError);
	});

	it('compares states by their links', () => {
		const a = state({ camera: camera({ lat: 44.000001 }), overlays: ['jp-claimed'] });
		const b = state({ camera: camera({ lat: 44.000004 }), overlays: ['jp-claimed'] });
		expect(sameState(a, b)).toBe(true);
		expect(sameState(a, { ...b, camera: camera({ lat: 44.00001 }) })).toBe(false);
		expect(sameState(a, { ...b, year: 1956 })).toBe(false);
	});

	it('drops the camera when the view changes and keeps everything else', () => {
		const start = state({ camera: camera({}), year: 1956, embed: true });
		const island: View = { kind: 'island', id: 'shikotan' };
		const moved = withView(start, island);
		expect(moved).toEqual({ ...start, view: island, camera: null });
		expect(withView(moved, { kind: 'island', id: 'shikotan' })).toEqual(moved);
		expect(withView({ ...moved, camera: camera({}) }, island).camera).toEqual(camera({}));
		expect(start.view).toEqual({ kind: 'home' });
	});
});

// ---------------------------------------------------------------------------------------------
// Properties

const slugArb = fc.oneof(
	fc
		.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
		.map((parts) => parts.join('-')),
	fc.constant('a'.repeat(MAX_SLUG_LENGTH))
);

const viewArb: fc.Arbitrary<View> = fc.oneof(
	fc.constant({ kind: 'home' } as const),
	fc.constant({ kind: 'about' } as const),
	fc.constant({ kind: 'try' } as const),
	fc
		.option(fc.constantFrom(...ISLAND_IDS), { nil: null })
		.map((island) => ({ kind: 'articles', island }) as const),
	fc.constantFrom(...ISLAND_IDS).map((id) => ({ kind: 'island', id }) as const),
	slugArb.map((slug) => ({ kind: 'article', slug }) as const),
	fc
		.tuple(slugArb, fc.oneof(fc.integer({ min: 1, max: 50 }), fc.maxSafeInteger()))
		.filter(([, n]) => n >= 1)
		.map(([slug, n]) => ({ kind: 'passage', slug, n }) as const)
);

const inRangeDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true });

// Any camera isValidState accepts, at full double precision.
const anyCameraArb: fc.Arbitrary<Camera> = fc.record({
	zoom: inRangeDouble(0, 22),
	lat: inRangeDouble(-MAX_LATITUDE, MAX_LATITUDE),
	lng: inRangeDouble(-180, 180),
	bearing: inRangeDouble(-180, 180),
	pitch: inRangeDouble(0, 85)
});

// Cameras already at the URL's precision (and ±180 spelt 180), which must survive unchanged.
const fixed = (min: number, max: number, scale: number) =>
	fc.integer({ min, max }).map((k) => k / scale);
const preciseCameraArb: fc.Arbitrary<Camera> = fc.record({
	zoom: fixed(0, 2200, 100),
	lat: fixed(-8505112, 8505112, 1e5),
	lng: fixed(-17999999, 18000000, 1e5),
	bearing: fixed(-1799, 1800, 10),
	pitch: fixed(0, 850, 10)
});

// Measurements at full double precision, and ones already at the URL's (±180 spelt 180).
const anyPointArb = fc.tuple(inRangeDouble(-180, 180), inRangeDouble(-MAX_LATITUDE, MAX_LATITUDE));
const precisePointArb = fc.tuple(fixed(-17999999, 18000000, 1e5), fixed(-8505112, 8505112, 1e5));
const anyMeasureArb: fc.Arbitrary<Measure> = fc.tuple(anyPointArb, anyPointArb);
const preciseMeasureArb: fc.Arbitrary<Measure> = fc.tuple(precisePointArb, precisePointArb);

const stateArb = (
	cameraArb: fc.Arbitrary<Camera>,
	measureArb: fc.Arbitrary<Measure> = cameraArb === preciseCameraArb
		? preciseMeasureArb
		: anyMeasureArb
): fc.Arbitrary<AppState> =>
	fc.record({
		view: viewArb,
		camera: fc.option(cameraArb, { nil: null }),
		overlays: fc.subarray([...OVERLAY_IDS]),
		viewpoint: fc.constantFrom(...VIEWPOINTS),
		year: fc.constantFrom(...TIMELINE_YEARS),
		lead: fc.constantFrom(...NAME_LEADS),
		place: fc.option(fc.constantFrom(...PLACE_IDS), { nil: null }),
		embed: fc.boolean(),
		measure: fc.option(measureArb, { nil: null })
	});

const baseArb = fc.constantFrom(undefined, '', '/kuril-explorer', '/a/b');

describe('effectiveLead', () => {
	it("is the reader's choice, else the viewpoint's, else both", () => {
		for (const viewpoint of VIEWPOINTS) {
			expect(effectiveLead('ja', viewpoint)).toBe('ja');
			expect(effectiveLead('ru', viewpoint)).toBe('ru');
		}
		expect(effectiveLead('both', 'neutral')).toBe('both');
		expect(effectiveLead('both', 'ja')).toBe('ja');
		expect(effectiveLead('both', 'ru')).toBe('ru');
	});
});

describe('isPassageText', () => {
	it('accepts digits without a leading zero, of any length', () => {
		for (const text of ['1', '9', '10', '999', '99999999999999999999'])
			expect(isPassageText(text), text).toBe(true);
	});

	it('refuses what the app never writes', () => {
		for (const text of ['', '0', '01', '-1', '+1', '1.0', '1e3', ' 1', '1 ', 'two', '١', '0x1'])
			expect(isPassageText(text), JSON.stringify(text)).toBe(false);
	});
});

describe('properties', () => {
	it('round-trips every valid state already at URL precision', () => {
		fc.assert(
			fc.property(stateArb(preciseCameraArb), baseArb, (s, base) => {
				expect(isValidState(s)).toBe(true);
				expect(parseUrl(serializeUrl(s, { base }), { base })).toEqual(s);
			}),
			{ numRuns: 1500 }
		);
	});

	it('round-trips every valid state to its canonical form', () => {
		fc.assert(
			fc.property(stateArb(anyCameraArb), baseArb, (s, base) => {
				expect(isValidState(s)).toBe(true);
				const c = canonical(s);
				expect(canonical(c)).toEqual(c);
				expect(parseUrl(serializeUrl(s, { base }), { base })).toEqual(c);
				expect(sameState(s, c)).toBe(true);
			}),
			{ numRuns: 1500 }
		);
	});

	// parse → serialize → parse → serialize settles after one step, and the state is valid.
	const checkStable = (input: string, options: ParseOptions) => {
		const parsed = parseUrl(input, options);
		expect(isValidState(parsed)).toBe(true);
		expect(canonical(parsed)).toEqual(parsed);
		const once = serializeUrl(parsed, options);
		expect(serializeUrl(parseUrl(once, options), options)).toBe(once);
	};

	it('is stable and valid on arbitrary strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
					fc.webUrl({ withQueryParameters: true, withFragments: true })
				),
				baseArb,
				(input, base) => checkStable(input, { base })
			),
			{ numRuns: 4000 }
		);
	});

	const pathPiece = fc.constantFrom(
		'/',
		'//',
		'/islands/',
		'/islands',
		'iturup',
		'kunashir',
		'habomai',
		'/articles/',
		'treaty-of-shimoda',
		'joint-declaration-1956',
		'/passages/',
		'1',
		'3',
		'4',
		'0',
		'9007199254740993',
		'/about',
		'/kuril-explorer',
		'/a/b',
		'..',
		'.',
		'%2F',
		'%69',
		'%E0%A4%A',
		'\\',
		'-',
		'A'
	);
	const queryPiece = fc.constantFrom(
		'?',
		'&',
		'=',
		'overlays=',
		'overlays',
		...OVERLAY_IDS,
		',',
		'%2C',
		'view=',
		'ja',
		'ru',
		'neutral',
		'year=',
		...TIMELINE_YEARS.map(String),
		'1957',
		'lead=',
		'both',
		'embed=',
		'embed=1',
		'place=',
		'kurilsk',
		'cape-nosappu',
		'Kurilsk',
		'true',
		'measure=',
		'measure=145.8163,43.3851~145.8594,43.395',
		'~',
		'145.81635',
		'-180',
		'85.05113',
		'1e3',
		'+',
		'%',
		'%20'
	);
	const hashPiece = fc.constantFrom(
		'#',
		'#map=',
		'map=',
		'&',
		'/',
		'.',
		'-',
		'0',
		'5',
		'22',
		'23',
		'44',
		'85.0511',
		'85.05113',
		'146.123456',
		'180',
		'-180',
		'179.99999',
		'-0',
		'NaN',
		'Infinity',
		'0x1A',
		'1e3',
		' '
	);
	const garbage = fc.oneof(
		fc.constantFrom('<script>', 'javascript:', 'http://x', '\u0000', '\ud800', '島', '%', '%%'),
		fc.string({ unit: 'binary', maxLength: 8 })
	);
	const urlLike = fc
		.array(fc.oneof(pathPiece, pathPiece, queryPiece, queryPiece, hashPiece, hashPiece, garbage), {
			maxLength: 30
		})
		.map((pieces) => pieces.join(''));
	// Structured so that most runs reach deep into the grammar rather than failing on the path.
	const structured = fc
		.tuple(
			fc.array(pathPiece, { maxLength: 6 }),
			fc.array(queryPiece, { maxLength: 10 }),
			fc.array(hashPiece, { maxLength: 12 })
		)
		.map(([p, q, h]) => `${p.join('')}?${q.join('')}#map=${h.join('')}`);

	it('is stable and valid on URL-like strings built from fragments', () => {
		fc.assert(
			fc.property(fc.oneof(urlLike, structured), baseArb, fc.boolean(), (input, base, known) =>
				checkStable(input, known ? { ...KNOWN, base } : { base })
			),
			{ numRuns: 6000 }
		);
	});
});
