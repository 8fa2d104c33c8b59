// `npm run search-index` (run by `dev` and `build`): writes the search box's index,
// src/lib/search/index.generated.json, from the gazetteer's names (src/lib/data/places.ts) and the
// articles under content/articles. Deterministic: the same names and articles give byte-identical
// output, and a unit test (src/lib/search/search.test.ts) fails when the committed file is stale.

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readArticles } from '../../src/lib/content/article-files.ts';
import { buildSearchIndex, serializeSearchIndex } from '../../src/lib/search/build-index.ts';

export const INDEX_FILE = new URL('../../src/lib/search/index.generated.json', import.meta.url);

const text = serializeSearchIndex(buildSearchIndex(readArticles()));
writeFileSync(INDEX_FILE, text);
const bytes = Buffer.byteLength(text);
console.log(
	`search index: ${bytes} bytes, ${gzipSync(text).length} gzipped -> src/lib/search/index.generated.json`
);
