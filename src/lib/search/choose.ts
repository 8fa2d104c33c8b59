// What choosing a search result does in the app: an island opens its panel, an article or passage
// opens it, any other place is framed and marked on the map (`?place=<id>`, see src/lib/url/README.md).

import { isIslandId } from '#lib/data/types.ts';
import { app } from '#lib/url/app.svelte.ts';
import type { SearchResult } from './search.ts';

export function openResult(result: SearchResult): Promise<void> {
	switch (result.type) {
		case 'place':
			return isIslandId(result.id)
				? app.navigate({ kind: 'island', id: result.id })
				: app.showPlace(result.id);
		case 'article':
			return app.navigate({ kind: 'article', slug: result.slug });
		case 'passage':
			return app.navigate({ kind: 'passage', slug: result.slug, n: result.n });
	}
}
