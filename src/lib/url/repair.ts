// Repairs for addresses Kit's client router cannot decode, which otherwise throw a URIError in the
// router and leave a blank page. Pure, so they are unit-tested; src/hooks.ts, src/hooks.client.ts
// and app.svelte.ts apply them.
//
// The path: Kit 2.70's client router decodes the path with decodeURI (split on %25, see
// node_modules/@sveltejs/kit/src/utils/url.js `decode_pathname`) before matching routes, and a
// broken escape (`/%`, `/islands/%FF`, `/articles/%E0%A4%A`) throws a URIError there: on a static
// host, whose 404.html starts the client router, the reader got a blank page. The reroute hook runs
// first, and Kit routes the path it returns while the address bar keeps what was typed.
//
// The hash: after a navigation Kit looks for the element the hash names, with
// decodeURIComponent(hash) (`get_id` in node_modules/@sveltejs/kit/src/runtime/client/client.js),
// which throws on `#%`. The codec reads only `map=` from the hash, so a hash that does not decode is
// replaced by the camera it holds, if any, before Kit sees it.

import { cameraToHash, hashToCamera } from './state.ts';

/** The path as Kit's router decodes it (decode_pathname), or null where that would throw. */
export function decodePath(pathname: string): string | null {
	try {
		// The result is returned, not just computed: minifiers treat decodeURI as pure and dropped a
		// call whose result was unused, and with it the check (the build's reroute hook did nothing).
		return pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		return null;
	}
}

/**
 * undefined when the path decodes (route it as it is); otherwise the same path with every `%`
 * written as `%25`, which decodes to exactly the text that was typed. That text holds a `%`, which
 * no route accepts (island ids, slugs and passage numbers have none, see src/params/), so the
 * reader gets the ordinary 404 page.
 */
export function routablePath(pathname: string): string | undefined {
	return decodePath(pathname) === null ? pathname.replaceAll('%', '%25') : undefined;
}

/** The hash's text as Kit decodes it to find an element, or null where that would throw. */
export function decodeHash(hash: string): string | null {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return null;
	}
}

/**
 * undefined when Kit can read the hash (`#…` or ''); otherwise the hash to use instead: the
 * canonical camera it holds (`#map=…`, which never needs escapes) or '' for none.
 */
export function readableHash(hash: string): string | undefined {
	return decodeHash(hash) === null ? cameraToHash(hashToCamera(hash)) : undefined;
}
