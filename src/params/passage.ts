// .../passages/<n>: digits without a leading zero, of any length (src/lib/url/README.md). A number
// past the article's end is a stale link, handled by the route's load (it lands on the article);
// `0`, `01` or `two` were never written by the app and are not links to anything (the 404 page).
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string) => /^[1-9]\d*$/.test(param)) satisfies ParamMatcher;
