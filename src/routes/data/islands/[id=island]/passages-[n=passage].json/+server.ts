import { error, json } from '@sveltejs/kit';
import { passagesForIsland } from '#lib/content/articles.ts';
import { islandPassagePages } from '#lib/content/published.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	ISLAND_IDS.flatMap((id) =>
		islandPassagePages(passagesForIsland(id)).map((page) => ({ id, n: String(page.n) }))
	);

/**
 * One page of the passages that speak of one island, newest article first: page 1 is the island
 * panel's "In the news" as first shown, the others come when the reader asks for more, so an
 * island page weighs the same whatever the size of the archive.
 */
export const GET: RequestHandler = ({ params }) => {
	const page = islandPassagePages(passagesForIsland(params.id))[Number(params.n) - 1];
	if (!page) error(404, 'No such page');
	return json(page);
};
