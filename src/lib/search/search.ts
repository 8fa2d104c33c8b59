// Finding a place, an article or a passage by any name of a place (src/lib/search/README.md).
// Pure: the index it searches is built at build time (build-index.ts) from the gazetteer's names
// and patterns, and loaded by the search box on first focus (load.ts), so none of this costs a
// page anything until the reader asks.
//
// How a query matches a name, best first:
// - exact: the gazetteer's own pattern for the name (src/lib/content/gazetteer.ts `formPattern`)
//   matches the whole query, after at most a few one- or two-letter words (a preposition: "на
//   Кунашире"). So every rule of the gazetteer holds here too: any case, macrons or not, hyphens,
//   spaces or nothing, Russian case endings;
// - prefix: the query, folded (below), starts the folded name: "Etor", "えとろ", "Итур";
// - word: it starts a later word of the name: "Nosappu" for "Cape Nosappu";
// - typo: one letter wrong, missing, extra or two swapped, in a query and a name of five letters or
//   more. Only when nothing matches better, never for a name places.ts marks ambiguous, and never
//   for a place in the dispute when a place outside it is as close: a misspelt Hokkaido name must
//   not lead to a disputed island.
//
// Articles are found by the names of the places they speak of (the gazetteer's links, recorded at
// ingest) and by the words of their titles. Passages are not in the index (it would grow by a line
// per passage): the search box fetches the newest page of each island's passages on first focus
// (load.ts) and they are found by the islands they speak of, that a place or a collective term in
// the query belongs to.

import type { PlaceKind } from '#lib/data/places.ts';
import { isIslandId, type IslandId } from '#lib/data/types.ts';
import { shorten } from '#lib/data/text.ts';
import type { IslandPassage } from '#lib/content/loader.ts';

export interface IndexForm {
	/** A written form of the name, as in places.ts. */
	text: string;
	/** The gazetteer's regular expression source for it (flags `iu`). */
	pattern: string;
	/** Set when places.ts lists the form as ambiguous: no typo matching. */
	ambiguous?: true;
}

export interface IndexPlace {
	id: string;
	kind: PlaceKind;
	/** The disputed island group it is part of, when it is part of one. */
	island?: IslandId;
	forms: IndexForm[];
}

/** A term for several islands (collective), or a name outside the dispute (guards typos). */
export interface IndexTerm {
	id: string;
	disputed: boolean;
	/** The islands a collective term stands for (empty for a name outside the dispute). */
	islands: IslandId[];
	forms: IndexForm[];
}

export interface IndexArticle {
	slug: string;
	title: string;
	/** The article's language (BCP 47): its title is shown in it, marked so, on any page. */
	lang: string;
	/** Ids of the places and terms it links (place ids of places.ts, collective term ids). */
	refs: string[];
}

/** A passage the search box fetched (load.ts), not part of the index. */
export interface IndexPassage {
	slug: string;
	n: number;
	title: string;
	/** The article's language: the excerpt and the title are in it. */
	lang: string;
	/** The start of the passage, shortened. */
	excerpt: string;
	islands: IslandId[];
}

/** Characters of a passage shown under its title in the results. */
export const EXCERPT_LENGTH = 90;

/** The passages of the island pages the search box fetched (load.ts), once each. */
export function searchablePassages(
	pages: readonly ({ passages: readonly IslandPassage[] } | null)[]
): IndexPassage[] {
	const seen = new Set<string>();
	return pages.flatMap((page) =>
		(page?.passages ?? []).flatMap((p) => {
			const key = `${p.slug}/${p.passage.n}`;
			if (seen.has(key)) return [];
			seen.add(key);
			return [
				{
					slug: p.slug,
					n: p.passage.n,
					title: p.title,
					lang: p.lang,
					excerpt: shorten(p.passage.text, EXCERPT_LENGTH),
					islands: [...p.passage.islands]
				}
			];
		})
	);
}

export interface SearchIndex {
	places: IndexPlace[];
	terms: IndexTerm[];
	articles: IndexArticle[];
}

export type ResultKind = PlaceKind | 'article' | 'passage';

interface ResultBase {
	/** 0 exact, 1 prefix, 2 a later word, 3 one typo. */
	score: number;
	/** The written form that matched, for showing a name the reader may not expect. */
	matched: string;
}

export type SearchResult =
	| (ResultBase & { type: 'place'; kind: PlaceKind; id: string; island: IslandId | null })
	| (ResultBase & { type: 'article'; kind: 'article'; slug: string; title: string; lang: string })
	| (ResultBase & {
			type: 'passage';
			kind: 'passage';
			slug: string;
			n: number;
			title: string;
			lang: string;
			excerpt: string;
	  });

export const SCORE = { exact: 0, prefix: 1, word: 2, typo: 3 } as const;

/** The order of groups whose best results score the same. */
export const RESULT_KINDS: readonly ResultKind[] = [
	'island',
	'islet',
	'settlement',
	'town',
	'cape',
	'peninsula',
	'strait',
	'region',
	'article',
	'passage'
];

export const LIMITS = { places: 12, articles: 3, passages: 5 } as const;

/** The shortest name the typo rule applies to, in letters (the "five letters or more"). */
export const TYPO_MIN_LENGTH = 5;

// The gazetteer's letter equivalences (ō/o, ū/u, ё/е), and the other macrons of Hepburn, for
// comparing a query with a name letter by letter; separators are dropped, as the gazetteer lets a
// hyphen match nothing.
const FOLDS: Record<string, string> = {
	ō: 'o',
	ū: 'u',
	ā: 'a',
	ē: 'e',
	ī: 'i',
	ô: 'o',
	û: 'u',
	ё: 'е'
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
const SEPARATORS = /[\s\-‐-―'’.·・]+/gu;

/** A name or query reduced for prefix and typo comparison: "Shikotan-tō" → "shikotanto". */
export function fold(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(FOLDABLE, (c) => FOLDS[c] ?? c)
		.replace(SEPARATORS, '');
}

/** Whether a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > 1) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	if (i === x.length && i === y.length) return true;
	const rest = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
	if (x.length === y.length)
		return rest(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
	return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}

const CJK_QUERY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Up to three short words (a preposition, "о.") may come before the name in a query.
const LEADING_WORDS = '(?:\\S{1,2}\\s+){0,3}';

interface CompiledForm {
	form: IndexForm;
	/** Compiled on first use: V8 takes milliseconds per pattern (case folding of \p{L}). */
	exact?: RegExp | null;
	/** The folded form, then the folded rest of it from each later word. */
	key: string;
	words: string[];
}

interface Compiled {
	places: { place: IndexPlace; forms: CompiledForm[] }[];
	terms: { term: IndexTerm; forms: CompiledForm[] }[];
	titles: Map<string, string[]>;
}

const compiledIndexes = new WeakMap<SearchIndex, Compiled>();

function compileForm(form: IndexForm): CompiledForm {
	const parts = form.text.split(/[\s\-‐-―]+/u).filter(Boolean);
	const words = parts.slice(1).map((_, i) => fold(parts.slice(i + 1).join('')));
	return { form, key: fold(form.text), words };
}

/**
 * Whether the gazetteer's pattern matches the whole query. Only tried when the folded query holds
 * the name's first three folded letters, which any match of the pattern does (endings come after
 * them), so a query compiles a few patterns, not all of them.
 */
function exactMatch(f: CompiledForm, query: string, folded: string): boolean {
	if (!folded.includes(f.key.slice(0, 3))) return false;
	if (f.exact === undefined) {
		try {
			f.exact = new RegExp(`^\\s*${LEADING_WORDS}(?:${f.form.pattern})[\\s.]*$`, 'iu');
		} catch {
			// A pattern this engine cannot read still leaves the folded comparisons.
			f.exact = null;
		}
	}
	return f.exact?.test(query) ?? false;
}

function wordKeys(text: string): string[] {
	const parts = text.split(/[\s\-‐-―]+/u).filter(Boolean);
	return parts.map((_, i) => fold(parts.slice(i).join('')));
}

function compile(index: SearchIndex): Compiled {
	let compiled = compiledIndexes.get(index);
	if (!compiled) {
		compiled = {
			places: index.places.map((place) => ({ place, forms: place.forms.map(compileForm) })),
			terms: index.terms.map((term) => ({ term, forms: term.forms.map(compileForm) })),
			titles: new Map(index.articles.map((a) => [a.slug, wordKeys(a.title)]))
		};
		compiledIndexes.set(index, compiled);
	}
	return compiled;
}

interface Hit {
	score: number;
	matched: string;
}

function better(a: Hit | null, b: Hit | null): Hit | null {
	if (!a) return b;
	if (!b) return a;
	return b.score < a.score ? b : a;
}

/** How well one name matches the query, without the typo rule. */
function matchForms(query: string, folded: string, forms: CompiledForm[]): Hit | null {
	let best: Hit | null = null;
	for (const f of forms) {
		if (f.key === folded || exactMatch(f, query, folded))
			return { score: SCORE.exact, matched: f.form.text };
		if (f.key.startsWith(folded))
			best = better(best, { score: SCORE.prefix, matched: f.form.text });
		else if (f.words.some((w) => w.startsWith(folded)))
			best = better(best, { score: SCORE.word, matched: f.form.text });
	}
	return best;
}

function typoForms(folded: string, forms: CompiledForm[]): Hit | null {
	if ([...folded].length < TYPO_MIN_LENGTH) return null;
	for (const f of forms) {
		if (f.form.ambiguous || [...f.key].length < TYPO_MIN_LENGTH) continue;
		if (withinOneEdit(folded, f.key)) return { score: SCORE.typo, matched: f.form.text };
	}
	return null;
}

/**
 * Everything in the index the query names, best first: places (at most LIMITS.places), then
 * articles and passages speaking of them. Empty for a blank query, or a one-letter Latin or
 * Cyrillic one.
 */
export function searchPlaces(
	query: string,
	index: SearchIndex,
	passageList: readonly IndexPassage[] = []
): SearchResult[] {
	const q = query.normalize('NFKC').trim();
	const folded = fold(q);
	if (folded.length === 0 || (folded.length < 2 && !CJK_QUERY.test(folded))) return [];
	const c = compile(index);

	const placeHits = c.places.map(({ place, forms }) => ({
		place,
		forms,
		hit: matchForms(q, folded, forms)
	}));
	const termHits = c.terms.map(({ term, forms }) => ({
		term,
		forms,
		hit: matchForms(q, folded, forms)
	}));

	// One typo, only when nothing matched better: see the header for the rules.
	const anyMatch = placeHits.some((p) => p.hit) || termHits.some((t) => t.hit);
	if (!anyMatch) {
		const outside =
			placeHits.some((p) => !p.place.island && typoForms(folded, p.forms)) ||
			termHits.some((t) => !t.term.disputed && typoForms(folded, t.forms));
		for (const p of placeHits) if (!(outside && p.place.island)) p.hit = typoForms(folded, p.forms);
		for (const t of termHits) if (!outside || !t.term.disputed) t.hit = typoForms(folded, t.forms);
	}

	const places: SearchResult[] = placeHits
		.filter((p) => p.hit)
		.map(({ place, hit }) => ({
			type: 'place' as const,
			kind: place.kind,
			id: place.id,
			island: place.island ?? null,
			score: hit?.score ?? SCORE.typo,
			matched: hit?.matched ?? ''
		}))
		.sort(
			(a, b) => a.score - b.score || RESULT_KINDS.indexOf(a.kind) - RESULT_KINDS.indexOf(b.kind)
		)
		.slice(0, LIMITS.places);

	// What the articles and passages may be found by: the places and terms above.
	const refHits = new Map<string, Hit>();
	for (const { place, hit } of placeHits) if (hit) refHits.set(place.id, hit);
	for (const { term, hit } of termHits) if (hit && term.disputed) refHits.set(term.id, hit);
	const byRefs = (refs: string[]) =>
		refs.reduce<Hit | null>((best, id) => better(best, refHits.get(id) ?? null), null);

	const titles = new Map(index.articles.map((a) => [a.slug, a.title]));
	const articles: SearchResult[] = index.articles
		.flatMap(({ slug, title, lang, refs }) => {
			const titleHit =
				folded.length >= 3 && c.titles.get(slug)?.some((w) => w.startsWith(folded))
					? { score: SCORE.word, matched: title }
					: null;
			const hit = better(byRefs(refs), titleHit);
			return hit
				? [{ type: 'article' as const, kind: 'article' as const, slug, title, lang, ...hit }]
				: [];
		})
		.sort((a, b) => a.score - b.score)
		.slice(0, LIMITS.articles);

	// A passage is found by its islands: those of the places hit, and of the disputed terms hit.
	const islandHits = new Map<IslandId, Hit>();
	const hitIsland = (island: IslandId, hit: Hit) =>
		islandHits.set(island, better(islandHits.get(island) ?? null, hit) ?? hit);
	for (const { place, hit } of placeHits) {
		const island = place.island ?? (isIslandId(place.id) ? place.id : undefined);
		if (hit && island) hitIsland(island, hit);
	}
	for (const { term, hit } of termHits)
		if (hit && term.disputed) for (const island of term.islands) hitIsland(island, hit);
	const seen = new Set<string>();
	const passages: SearchResult[] = passageList
		.flatMap((p) => {
			const key = `${p.slug}/${p.n}`;
			const hit = p.islands.reduce<Hit | null>(
				(best, id) => better(best, islandHits.get(id) ?? null),
				null
			);
			if (!hit || seen.has(key)) return [];
			seen.add(key);
			return [
				{
					type: 'passage' as const,
					kind: 'passage' as const,
					slug: p.slug,
					n: p.n,
					title: titles.get(p.slug) ?? p.title,
					lang: p.lang,
					excerpt: p.excerpt,
					...hit
				}
			];
		})
		.sort((a, b) => a.score - b.score)
		.slice(0, LIMITS.passages);

	return [...places, ...articles, ...passages];
}

export interface ResultGroup {
	kind: ResultKind;
	results: SearchResult[];
}

/**
 * Results grouped by kind: the group with the best match first (ties in RESULT_KINDS order), each
 * group in the order searchPlaces gave. The listbox shows them in this order, and Enter takes the
 * first.
 */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
	const groups = new Map<ResultKind, SearchResult[]>();
	for (const r of results) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
	const best = (g: SearchResult[]) => Math.min(...g.map((r) => r.score));
	return [...groups.entries()]
		.map(([kind, list]) => ({ kind, results: list }))
		.sort(
			(a, b) =>
				best(a.results) - best(b.results) ||
				RESULT_KINDS.indexOf(a.kind) - RESULT_KINDS.indexOf(b.kind)
		);
}
