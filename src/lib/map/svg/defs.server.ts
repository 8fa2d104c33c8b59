// What the server gets for `#still-defs` (package.json "imports", default condition): the shared
// file's shapes (still.generated.svg) as markup for a page's own <defs>, so that a page which draws
// its still map from them needs no second request before the islands show (SvgMap.svelte, inline).
// Each id takes the prefix INLINE_PREFIX, and each path is written as the browser writes it back
// (`<path …></path>`), so that the page reads back exactly what the server wrote (readDefs).
import text from './still.generated.svg?raw';
import { INLINE_PREFIX } from './types.ts';

export const STILL_DEFS: string | null = [...text.matchAll(/<path ([^>]*?)\s*\/>/g)]
	.map(([, attrs = '']) => `<path ${attrs.replace(/^id="/, `id="${INLINE_PREFIX}`)}></path>`)
	.join('');
