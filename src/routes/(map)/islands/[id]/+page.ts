import { error } from '@sveltejs/kit';
import { ISLAND_IDS, isIslandId } from '#lib/data/types.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ISLAND_IDS.map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!isIslandId(params.id)) error(404, `There is no island "${params.id}" in this explorer.`);
	return { id: params.id };
};
