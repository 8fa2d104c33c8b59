import { error, json } from '@sveltejs/kit';
import { ARTICLES, getArticle } from '#lib/content/articles.ts';
import { citedSources, type SourceTable } from '#lib/data/cited.ts';
import { localiseSource } from '#lib/data/prose.ts';
import { translator } from '#lib/server/translate.ts';
import { ISLAND_GEO } from '#lib/data/geodata.generated.ts';
import { ISLAND_FACTS } from '#lib/data/island-facts.ts';
import { ALL_PLACES, ISLANDS } from '#lib/data/places.ts';
import { SOURCES } from '#lib/data/sources.ts';
import { ISLAND_IDS, isIslandId } from '#lib/data/types.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * The sources each part cites (src/lib/content/published.ts names the sets): `island-<id>` the
 * island panel; `article-<slug>` an article's reader; `all` every source, in the table's order, for
 * /about's list. The map layout's pieces (a timeline step, a viewpoint, the legend, the measure
 * presets) carry their own (src/lib/server/cited.ts).
 */
function sourceSet(set: string): SourceTable | null {
	if (set === 'all') return { ...SOURCES };
	const island = set.replace(/^island-/, '');
	if (set.startsWith('island-') && isIslandId(island)) {
		const parts = (ISLAND_GEO[island]?.parts ?? []).map((p) =>
			ALL_PLACES.find((place) => place.id === p.id)
		);
		return citedSources(ISLAND_FACTS[island], ISLANDS[island], parts);
	}
	const article = set.startsWith('article-') ? getArticle(set.slice('article-'.length)) : undefined;
	return article ? citedSources(article) : null;
}

export const entries: EntryGenerator = () => [
	{ set: 'all' },
	...ISLAND_IDS.map((id) => ({ set: `island-${id}` })),
	...ARTICLES.map((a) => ({ set: `article-${a.slug}` }))
];

export const GET: RequestHandler = ({ params }) => {
	const table = sourceSet(params.set);
	if (!table) error(404, `No source set ${params.set}`);
	const tr = translator('sources');
	return json(
		Object.fromEntries(
			Object.entries(table).map(([id, source]) => [id, source && localiseSource(source, tr)])
		)
	);
};
