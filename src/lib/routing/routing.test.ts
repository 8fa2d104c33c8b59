import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISLAND_IDS, MAX_SLUG_LENGTH, isSlug } from '#lib/data/types.ts';
import { DEFAULT_STATE, parseUrlState, type UrlState } from '#lib/url/state.ts';
import { match as isIslandParam } from '../../params/island.ts';
import { match as isPassageParam } from '../../params/passage.ts';
import { match as isSlugParam } from '../../params/slug.ts';
import { appState, defaultAppState, linkOf, withView, type AppState } from './app-state.ts';
import { VIEW_ROUTES, pathOf, samePage, viewOf, type Route, type View } from './view.ts';

const MATCHERS: Record<string, (param: string) => boolean> = {
	island: isIslandParam,
	slug: isSlugParam,
	passage: isPassageParam
};

/**
 * The routes (of VIEW_ROUTES) that match a path, with their params, by Kit's rules for a route id:
 * `(group)` segments take no part of the path, `[name=matcher]` takes one segment its matcher
 * accepts. Written from those rules, not from the table, so it checks the table.
 */
function routesOf(path: string): Route[] {
	const found: Route[] = [];
	for (const id of Object.values(VIEW_ROUTES)) {
		const segments = id.split('/').filter((s) => s !== '' && !/^\(.*\)$/.test(s));
		const parts = path.split('/').filter((s) => s !== '');
		if (parts.length !== segments.length) continue;
		const params: Record<string, string> = {};
		const fits = segments.every((segment, i) => {
			const part = parts[i] ?? '';
			const param = /^\[(\w+)=(\w+)\]$/.exec(segment);
			if (!param) return segment === part;
			const [, name = '', matcher = ''] = param;
			params[name] = part;
			return MATCHERS[matcher]?.(part) === true;
		});
		if (fits) found.push({ id, params });
	}
	return found;
}

const slugArb = fc
	.oneof(
		fc
			.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
			.map((parts) => parts.join('-')),
		fc.constant('a'.repeat(MAX_SLUG_LENGTH))
	)
	.filter(isSlug);

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

const SLUG = 'treaty-of-shimoda';

// The links the app has always written (src/lib/url/README.md): they must keep working.
const PATHS: [View, string][] = [
	[{ kind: 'home' }, '/'],
	...ISLAND_IDS.map((id): [View, string] => [{ kind: 'island', id }, `/islands/${id}`]),
	[{ kind: 'article', slug: SLUG }, `/articles/${SLUG}`],
	[{ kind: 'passage', slug: SLUG, n: 2 }, `/articles/${SLUG}/passages/2`],
	[{ kind: 'about' }, '/about'],
	[{ kind: 'articles', island: null }, '/articles'],
	[{ kind: 'articles', island: 'shikotan' }, '/articles'],
	[{ kind: 'try' }, '/articles/try']
];

describe('VIEW_ROUTES', () => {
	it('names a page of src/routes for every kind of view', () => {
		for (const id of Object.values(VIEW_ROUTES))
			expect(existsSync(`src/routes${id}/+page.svelte`), id).toBe(true);
	});
});

describe('pathOf', () => {
	it('writes the paths the app has always written', () => {
		for (const [view, path] of PATHS) expect(pathOf(view), path).toBe(path);
	});

	it('refuses a view no route would take: a bug to surface, not a link to send home', () => {
		expect(() => pathOf({ kind: 'island', id: 'urup' as never })).toThrow(RangeError);
		expect(() => pathOf({ kind: 'article', slug: 'Bad Slug' })).toThrow(
			'Not an article slug: "Bad Slug"'
		);
		// `try` is a page of its own, never an article.
		expect(() => pathOf({ kind: 'article', slug: 'try' })).toThrow(RangeError);
		for (const n of [0, -1, 1.5, NaN, Number.MAX_SAFE_INTEGER + 1])
			expect(() => pathOf({ kind: 'passage', slug: SLUG, n }), String(n)).toThrow(RangeError);
	});
});

describe('viewOf', () => {
	it('reads the view of every route', () => {
		for (const [view, path] of PATHS) {
			const [route, ...others] = routesOf(path);
			expect(others, path).toEqual([]);
			const island = view.kind === 'articles' ? view.island : null;
			expect(route && viewOf(route, island), path).toEqual(view);
		}
	});

	it('reads the index filter on the index only', () => {
		expect(viewOf({ id: '/articles', params: {} }, 'habomai')).toEqual({
			kind: 'articles',
			island: 'habomai'
		});
		expect(viewOf({ id: '/(map)', params: {} }, 'habomai')).toEqual({ kind: 'home' });
		expect(viewOf({ id: '/about', params: {} }, 'habomai')).toEqual({ kind: 'about' });
	});

	it('reads home off any view: the 404 page, a data file, params no matcher let through', () => {
		expect(viewOf({ id: null, params: {} })).toEqual({ kind: 'home' });
		expect(viewOf({ id: '/data/overlays.json', params: {} })).toEqual({ kind: 'home' });
		expect(viewOf({ id: VIEW_ROUTES.island, params: { id: 'urup' } })).toEqual({ kind: 'home' });
		expect(viewOf({ id: VIEW_ROUTES.island, params: {} })).toEqual({ kind: 'home' });
		expect(viewOf({ id: VIEW_ROUTES.article, params: { slug: 'A' } })).toEqual({ kind: 'home' });
		expect(viewOf({ id: VIEW_ROUTES.passage, params: { slug: 'A', n: '1' } })).toEqual({
			kind: 'home'
		});
	});

	it('reads a passage number no passage can have as its article, where its load will send it', () => {
		for (const n of ['01', '0', '99999999999999999999', '9007199254740992'])
			expect(viewOf({ id: VIEW_ROUTES.passage, params: { slug: SLUG, n } }), n).toEqual({
				kind: 'article',
				slug: SLUG
			});
		expect(
			viewOf({ id: VIEW_ROUTES.passage, params: { slug: SLUG, n: '9007199254740991' } })
		).toEqual({ kind: 'passage', slug: SLUG, n: Number.MAX_SAFE_INTEGER });
	});

	it('reads every path pathOf writes back as its view, through exactly one route', () => {
		fc.assert(
			fc.property(viewArb, (view) => {
				const routes = routesOf(pathOf(view));
				expect(routes).toHaveLength(1);
				const [route] = routes;
				const island = view.kind === 'articles' ? view.island : null;
				expect(route && viewOf(route, island)).toEqual(view);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('the passage matcher', () => {
	it('accepts digits without a leading zero, of any length', () => {
		for (const text of ['1', '9', '10', '999', '99999999999999999999'])
			expect(isPassageParam(text), text).toBe(true);
	});

	it('refuses what the app never writes', () => {
		for (const text of ['', '0', '01', '-1', '+1', '1.0', '1e3', ' 1', '1 ', 'two', '١', '0x1'])
			expect(isPassageParam(text), JSON.stringify(text)).toBe(false);
	});
});

describe('samePage', () => {
	it('compares the page, not the index filter', () => {
		expect(samePage({ kind: 'island', id: 'iturup' }, { kind: 'island', id: 'iturup' })).toBe(true);
		expect(samePage({ kind: 'island', id: 'iturup' }, { kind: 'island', id: 'habomai' })).toBe(
			false
		);
		expect(samePage({ kind: 'passage', slug: SLUG, n: 1 }, { kind: 'article', slug: SLUG })).toBe(
			false
		);
		expect(
			samePage({ kind: 'passage', slug: SLUG, n: 1 }, { kind: 'passage', slug: SLUG, n: 2 })
		).toBe(false);
		expect(
			samePage({ kind: 'articles', island: null }, { kind: 'articles', island: 'shikotan' })
		).toBe(true);
		expect(samePage({ kind: 'home' }, { kind: 'about' })).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// The app's state: the router's view and the URL's query and hash

const camera = { zoom: 8.5, lat: 43.9, lng: 145.8, bearing: 20, pitch: 30 };
const state = (patch: Partial<AppState>): AppState => ({ ...defaultAppState(), ...patch });

/** What the app reads at `link`: the route the path matches and the query and hash. */
function read(link: string): AppState {
	const url = new URL(link, 'http://app.invalid');
	const [route = { id: null, params: {} }] = routesOf(url.pathname);
	return appState(route, parseUrlState(url));
}

describe('linkOf', () => {
	it('puts the path before the query and hash', () => {
		const s = state({
			view: { kind: 'island', id: 'kunashir' },
			overlays: ['ru-administered', 'median-line'],
			viewpoint: 'ja',
			year: 1956,
			lead: 'ru',
			place: 'kurilsk',
			embed: true,
			measure: [
				[145.8163, 43.3851],
				[145.8594, 43.395]
			],
			camera
		});
		expect(linkOf(s)).toBe(
			'/islands/kunashir?overlays=ru-administered,median-line&view=ja&year=1956&lead=ru&place=kurilsk&embed=1&measure=145.8163,43.3851~145.8594,43.395#map=8.5/43.9/145.8/20/30'
		);
		expect(linkOf(defaultAppState())).toBe('/');
	});

	it('writes the index filter on the index only, first', () => {
		expect(linkOf(state({ view: { kind: 'articles', island: 'shikotan' }, viewpoint: 'ja' }))).toBe(
			'/articles?island=shikotan&view=ja'
		);
		expect(linkOf(state({ view: { kind: 'articles', island: null } }))).toBe('/articles');
		expect(linkOf(read('/islands/iturup?island=shikotan'))).toBe('/islands/iturup');
		expect(read('/?island=shikotan').view).toEqual({ kind: 'home' });
	});

	it('round-trips every state through its link', () => {
		const settingsArb: fc.Arbitrary<Omit<UrlState, 'island'>> = fc.record({
			camera: fc.option(fc.constant(camera), { nil: null }),
			overlays: fc.subarray([...DEFAULT_STATE.overlays]),
			viewpoint: fc.constantFrom('neutral', 'ja', 'ru'),
			year: fc.constantFrom(1855, 1956, 2022),
			lead: fc.constantFrom('both', 'ja', 'ru'),
			place: fc.constantFrom(null, 'kurilsk'),
			embed: fc.boolean(),
			measure: fc.constant(null)
		});
		fc.assert(
			fc.property(viewArb, settingsArb, (view, settings) => {
				const s: AppState = { ...settings, view };
				expect(read(linkOf(s))).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('withView', () => {
	it('drops the camera and the place when the page changes and keeps everything else', () => {
		const start = state({ camera, year: 1956, embed: true, place: 'kurilsk' });
		const island: View = { kind: 'island', id: 'shikotan' };
		const moved = withView(start, island);
		expect(moved).toEqual({ ...start, view: island, camera: null, place: null });
		expect(withView(moved, { kind: 'island', id: 'shikotan' })).toEqual(moved);
		expect(withView({ ...moved, camera }, island).camera).toEqual(camera);
		expect(withView(start, { kind: 'home' }).place).toBe('kurilsk');
		expect(start.view).toEqual({ kind: 'home' });
	});

	it('keeps the measurement', () => {
		const measure: AppState['measure'] = [
			[145.8163, 43.3851],
			[145.8594, 43.395]
		];
		expect(withView(state({ measure }), { kind: 'island', id: 'habomai' }).measure).toEqual(
			measure
		);
	});
});
