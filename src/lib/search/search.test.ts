import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '#lib/content/article-files.ts';
import { islandPassages } from '#lib/content/loader.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';
import { ALL_PLACES, LOCATABLE_PLACES } from '#lib/data/places.ts';
import { buildSearchIndex, serializeSearchIndex } from './build-index.ts';
import {
	SCORE,
	fold,
	groupResults,
	searchPlaces,
	searchablePassages,
	withinOneEdit,
	type SearchResult
} from './search.ts';

const ARTICLES = readArticles();
const INDEX = buildSearchIndex(ARTICLES);

const places = (query: string) =>
	searchPlaces(query, INDEX).filter(
		(r): r is Extract<SearchResult, { type: 'place' }> => r.type === 'place'
	);
const first = (query: string) => places(query)[0];

describe('the generated index', () => {
	it('is what the build script writes from the current names and articles', () => {
		const committed = readFileSync(new URL('./index.generated.json', import.meta.url), 'utf8');
		expect(committed, 'run `npm run search-index`').toBe(serializeSearchIndex(INDEX));
	});

	it('holds every named place, and no passage (they come from the island pages)', () => {
		const ids = INDEX.places.map((p) => p.id);
		for (const id of [...ISLAND_IDS, ...LOCATABLE_PLACES.keys()]) expect(ids).toContain(id);
		expect(ids).not.toContain('shikotan-islet-east');
		expect(Object.keys(INDEX).sort()).toEqual(['articles', 'places', 'terms']);
		const passage = ARTICLES.flatMap((a) => a.passages)[0];
		if (passage) expect(JSON.stringify(INDEX)).not.toContain(passage.text.slice(0, 40));
	});
});

describe('fold and withinOneEdit', () => {
	it('drops case, macrons and separators', () => {
		expect(fold('Shikotan-tō')).toBe('shikotanto');
		expect(fold('Yuzhno Kurilsk')).toBe('yuzhnokurilsk');
		expect(fold('Зелёный')).toBe('зеленый');
		expect(fold('ＥＴＯＲＯＦＵ')).toBe('etorofu');
	});

	it('counts one insertion, deletion, substitution or swap', () => {
		for (const [a, b] of [
			['iturup', 'iturup'],
			['iturup', 'itrup'],
			['iturup', 'ituurup'],
			['iturup', 'iturip'],
			['iturup', 'itruup'],
			['кунашир', 'кунашыр']
		])
			expect(withinOneEdit(a as string, b as string), `${a} ${b}`).toBe(true);
		for (const [a, b] of [
			['iturup', 'itrpu'],
			['iturup', 'iturupaa'],
			['shikotan', 'shakotam']
		])
			expect(withinOneEdit(a as string, b as string), `${a} ${b}`).toBe(false);
	});
});

// At least six variants per island, across Latin (both romanisations, with and without macrons
// and hyphens), Japanese (kanji and kana) and Cyrillic (with case endings), plus a typo each.
const VARIANTS: Record<IslandId, string[]> = {
	iturup: [
		'Iturup',
		'Etorofu',
		'Etorofu-tō',
		'Etorofu-to',
		'etorofu to',
		'択捉',
		'択捉島',
		'えとろふ',
		'エトロフ',
		'Итуруп',
		'Итурупа',
		'на Итурупе',
		'Iturpu'
	],
	kunashir: [
		'Kunashiri',
		'Kunashir',
		'Kunasiri',
		'Kunashiri-tō',
		'kunashirito',
		'国後',
		'国後島',
		'くなしり',
		'クナシリ',
		'Кунашир',
		'на Кунашире',
		'Кунаширом',
		'Kunahsir'
	],
	shikotan: [
		'Shikotan',
		'Shikotan-tō',
		'Shikotan-to',
		'SHIKOTAN',
		'色丹',
		'色丹島',
		'しこたん',
		'シコタン',
		'Шикотан',
		'на Шикотане',
		'Шикотана',
		'Shikotn'
	],
	habomai: [
		'Habomai',
		'Habomai Islands',
		'Khabomai',
		'Habomai-guntō',
		'Habomai-gunto',
		'歯舞',
		'歯舞群島',
		'歯舞諸島',
		'はぼまい',
		'Хабомаи',
		'острова Хабомаи',
		'на Хабомаях',
		'Плоские острова',
		'Habomia'
	]
};

describe('islands by any of their names', () => {
	for (const id of ISLAND_IDS) {
		it(`${id}: ${VARIANTS[id].join(', ')}`, () => {
			expect(VARIANTS[id].length).toBeGreaterThanOrEqual(6);
			const scripts = new Set(
				VARIANTS[id].map((v) =>
					/\p{Script=Cyrillic}/u.test(v) ? 'ru' : /\p{Script=Latin}/u.test(v) ? 'latin' : 'ja'
				)
			);
			expect([...scripts].sort()).toEqual(['ja', 'latin', 'ru']);
			for (const query of VARIANTS[id]) {
				const top = first(query);
				expect(top, query).toMatchObject({ kind: 'island', id });
			}
		});
	}

	it('finds an island on its last letters typed wrongly only by one typo', () => {
		expect(first('Iturpu')?.score).toBe(SCORE.typo);
		expect(places('Itrpu')).toEqual([]);
		// Four letters are too few for a typo.
		expect(places('Itrp')).toEqual([]);
	});
});

describe('other places', () => {
	it('finds a settlement by its old Japanese name, its kanji and its Russian forms', () => {
		for (const q of ['Shana', 'shana', '紗那', 'Shana-mura', 'Курильск', 'в Курильске'])
			expect(first(q), q).toMatchObject({ id: 'kurilsk', island: 'iturup', score: SCORE.exact });
		for (const q of ['Furukamappu', '古釜布', 'Yuzhnokurilsk', 'Yuzhno Kurilsk', 'Южно-Курильск'])
			expect(first(q), q).toMatchObject({ id: 'yuzhno-kurilsk', island: 'kunashir' });
	});

	it('finds capes, straits and islets by later words and prefixes', () => {
		expect(first('Nosappu')).toMatchObject({ id: 'cape-nosappu', kind: 'cape' });
		expect(first('Catherine')).toMatchObject({ id: 'catherine-strait', kind: 'strait' });
		expect(first('пролив Фриза')).toMatchObject({ id: 'vries-strait' });
		expect(first('Suishō')).toMatchObject({ id: 'tanfilyeva', kind: 'islet', island: 'habomai' });
		expect(first('Klyuchi')).toMatchObject({ id: 'goryachiye-klyuchi', score: SCORE.word });
	});

	it('puts the exact name first: 択捉 is Iturup before the strait named after it', () => {
		const ids = places('択捉').map((r) => r.id);
		expect(ids[0]).toBe('iturup');
		expect(ids).toContain('vries-strait');
		expect(groupResults(searchPlaces('択捉', INDEX)).map((g) => g.kind)[0]).toBe('island');
	});

	it('does not take a misspelt Hokkaido name for a disputed island', () => {
		for (const q of [
			'Shakotam',
			'Shakotn',
			'Shakotan Peninsla',
			'Hokaido',
			'Nemuor',
			'Shiretko',
			'Notsuka',
			'Nosapu'
		]) {
			const found = searchPlaces(q, INDEX);
			expect(
				found.filter((r) => r.type === 'place' && r.island !== null),
				q
			).toEqual([]);
		}
		// They are found as what they are.
		expect(first('Hokaido')).toMatchObject({ id: 'hokkaido' });
		expect(first('Nemuor')).toMatchObject({ id: 'nemuro' });
		expect(first('Nosapu')).toMatchObject({ id: 'cape-nosappu' });
	});

	it('lets a name outside the dispute block a typo that would reach into it', () => {
		// One edit from "Kurils" (the whole chain) and from "Kurilsk" (a town on Iturup).
		expect(places('Kurilk')).toEqual([]);
	});

	it('never matches an ambiguous name by a typo', () => {
		expect(places('Shanna').map((r) => r.id)).not.toContain('kurilsk');
		expect(places('Yuri').map((r) => r.id)).toContain('yury');
	});

	it('finds nothing for blank, one-letter and unknown queries', () => {
		for (const q of ['', '   ', 'a', 'Atlantis', '<script>', '.*', '(', '\\'])
			expect(places(q), q).toEqual([]);
	});
});

describe('articles and passages', () => {
	it('are found by the names of the places they speak of, and articles by their titles', () => {
		const article = ARTICLES[0];
		if (!article) return expect(ARTICLES).toEqual([]);
		// What the search box fetches: each island's first page of passages.
		const passages = searchablePassages(
			ISLAND_IDS.map((id) => ({ passages: islandPassages(ARTICLES, id).slice(0, 20) }))
		);
		const byTerm = searchPlaces('Northern Territories', INDEX, passages);
		expect(byTerm.some((r) => r.type === 'article' && r.slug === article.slug)).toBe(true);
		expect(byTerm.some((r) => r.type === 'passage' && r.slug === article.slug)).toBe(true);
		expect(searchPlaces('北方領土', INDEX, passages).some((r) => r.type === 'passage')).toBe(true);
		// Found by the islands they speak of, each once however many islands it names.
		const island = passages[0]?.islands[0];
		if (island) {
			const found = searchPlaces(island, INDEX, passages).filter((r) => r.type === 'passage');
			expect(found.length).toBeGreaterThan(0);
			const keys = found.map((r) => (r.type === 'passage' ? `${r.slug}/${r.n}` : ''));
			expect(new Set(keys).size).toBe(keys.length);
		}
		expect(searchPlaces('Northern Territories', INDEX).some((r) => r.type === 'passage')).toBe(
			false
		);
		const word = article.title.split(/\s+/).find((w) => w.length >= 5) ?? article.title;
		expect(
			searchPlaces(word, INDEX).some((r) => r.type === 'article' && r.slug === article.slug)
		).toBe(true);
	});
});

describe('groupResults', () => {
	it('keeps each kind together, the best group first', () => {
		const groups = groupResults(searchPlaces('Kunashir', INDEX));
		expect(groups[0]?.kind).toBe('island');
		const kinds = groups.map((g) => g.kind);
		expect(new Set(kinds).size).toBe(kinds.length);
		expect(kinds).toContain('strait');
	});

	it('every place result names a place in places.ts', () => {
		const ids = new Set(ALL_PLACES.map((p) => p.id));
		for (const q of ['Ku', 'Sh', 'Ю', '島'])
			for (const r of places(q)) expect(ids.has(r.id), r.id).toBe(true);
	});
});
