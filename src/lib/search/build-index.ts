// The search index, built at build time (`npm run search-index`, scripts/search-index/build.ts)
// from the one source of names: the gazetteer's entries (every name in src/lib/data/places.ts) and
// its pattern for each written form, so the search box finds a name exactly as the article linker
// does. Articles and passages are indexed by the places and terms the ingester linked in them.

import { GAZETTEER, formPattern } from '#lib/content/gazetteer.ts';
import type { Article, IslandLink } from '#lib/content/model.ts';
import { ALL_PLACES, isNamedPlace } from '#lib/data/places.ts';
import type { IndexForm, SearchIndex } from './search.ts';

function forms(texts: readonly string[], ambiguous: readonly string[]): IndexForm[] {
	return texts.map((text) => ({
		text,
		pattern: formPattern(text),
		...(ambiguous.includes(text) ? { ambiguous: true as const } : {})
	}));
}

export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
	const entries = new Map(GAZETTEER.map((e) => [e.id, e]));
	const places = ALL_PLACES.filter(isNamedPlace).map((place) => {
		const entry = entries.get(place.id);
		if (!entry || entry.kind !== 'place')
			throw new Error(`The gazetteer has no entry for place "${place.id}"`);
		return {
			id: place.id,
			kind: place.kind,
			...(place.island ? { island: place.island } : {}),
			forms: forms(entry.forms, entry.ambiguous)
		};
	});
	const terms = GAZETTEER.filter((e) => e.kind !== 'place').map((e) => ({
		id: e.id,
		disputed: e.kind === 'collective',
		islands: e.kind === 'collective' ? [...e.islands] : [],
		forms: forms(e.forms, e.ambiguous)
	}));
	const refsOf = (texts: readonly { links: readonly IslandLink[] }[]) => [
		...new Set(texts.flatMap((t) => t.links.map((l) => l.place)))
	];
	return {
		places,
		terms,
		articles: articles.map((a) => ({
			slug: a.slug,
			title: a.title,
			lang: a.lang,
			refs: refsOf([...a.paragraphs, ...a.captions])
		}))
	};
}

/** The index as the generated file holds it: stable, one line per entry. */
export function serializeSearchIndex(index: SearchIndex): string {
	const lines = (key: keyof SearchIndex) =>
		`"${key}":[\n${index[key].map((e) => JSON.stringify(e)).join(',\n')}\n]`;
	return `{${(['places', 'terms', 'articles'] as const).map(lines).join(',\n')}}\n`;
}
