// .../passages/<n>: digits without a leading zero (src/lib/url/README.md). A number past the
// article's end is a stale link, handled by the route's load (it lands on the article).
import type { ParamMatcher } from '@sveltejs/kit';
import { isPassageText } from '#lib/url/state.ts';

export const match = ((param: string) => isPassageText(param)) satisfies ParamMatcher;
