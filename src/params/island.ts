// /islands/<id>: one of the ids in src/lib/data/types.ts; anything else is the 404 page.
import type { ParamMatcher } from '@sveltejs/kit';
import { isIslandId, type IslandId } from '#lib/data/types.ts';

export const match = ((param: string): param is IslandId =>
	isIslandId(param)) satisfies ParamMatcher;
