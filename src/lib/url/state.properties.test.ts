// The URL codec's properties over generated input (fast-check): every accepted state survives a
// round trip, every query and hash parses to a valid state. The worked examples are state.test.ts.
import fc from 'fast-check';
import { effectiveLead } from '#lib/data/names.ts';
import { describe, expect, it } from 'vitest';
import { ISLAND_IDS } from '../data/types.ts';
import {
	canonical,
	isValidState,
	MAX_LATITUDE,
	parseUrlState,
	sameState,
	serializeUrlState,
	type Camera,
	type Measure,
	type UrlState
} from './state.ts';
import { NAME_LEADS, OVERLAY_IDS, TIMELINE_YEARS, VIEWPOINTS } from '#lib/data/types.ts';
import { LOCATABLE_PLACES } from '#lib/data/places.ts';

const PLACE_IDS = [...LOCATABLE_PLACES.keys()];

// ---------------------------------------------------------------------------------------------
// Properties

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
): fc.Arbitrary<UrlState> =>
	fc.record({
		island: fc.option(fc.constantFrom(...ISLAND_IDS), { nil: null }),
		camera: fc.option(cameraArb, { nil: null }),
		overlays: fc.subarray([...OVERLAY_IDS]),
		viewpoint: fc.constantFrom(...VIEWPOINTS),
		year: fc.constantFrom(...TIMELINE_YEARS),
		lead: fc.constantFrom(...NAME_LEADS),
		place: fc.option(fc.constantFrom(...PLACE_IDS), { nil: null }),
		embed: fc.boolean(),
		measure: fc.option(measureArb, { nil: null })
	});

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

describe('properties', () => {
	it('round-trips every valid state already at URL precision', () => {
		fc.assert(
			fc.property(stateArb(preciseCameraArb), (s) => {
				expect(isValidState(s)).toBe(true);
				expect(parseUrlState(serializeUrlState(s))).toEqual(s);
			}),
			{ numRuns: 1500 }
		);
	});

	it('round-trips every valid state to its canonical form', () => {
		fc.assert(
			fc.property(stateArb(anyCameraArb), (s) => {
				expect(isValidState(s)).toBe(true);
				const c = canonical(s);
				expect(canonical(c)).toEqual(c);
				expect(parseUrlState(serializeUrlState(s))).toEqual(c);
				expect(sameState(s, c)).toBe(true);
			}),
			{ numRuns: 1500 }
		);
	});

	// parse → serialize → parse → serialize settles after one step, and the state is valid.
	const checkStable = (input: string) => {
		const parsed = parseUrlState(input);
		expect(isValidState(parsed)).toBe(true);
		expect(canonical(parsed)).toEqual(parsed);
		const once = serializeUrlState(parsed);
		expect(serializeUrlState(parseUrlState(once))).toBe(once);
	};

	it('is stable and valid on arbitrary strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
					fc.webUrl({ withQueryParameters: true, withFragments: true })
				),
				checkStable
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
		'island=',
		'shikotan',
		'Shikotan',
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
		fc.assert(fc.property(fc.oneof(urlLike, structured), checkStable), { numRuns: 6000 });
	});
});
