// The path SvelteKit should route when the address bar's path cannot be decoded. Used by the
// `reroute` hook in src/hooks.ts; pure so it is unit-tested.
//
// Kit 2.70's client router decodes the path with decodeURI (split on %25, see
// node_modules/@sveltejs/kit/src/utils/url.js `decode_pathname`) before matching routes, and a
// broken escape (`/%`, `/islands/%FF`, `/articles/%E0%A4%A`) throws a URIError there: on a static
// host, whose 404.html starts the client router, the reader got a blank page. The reroute hook runs
// first, and Kit routes the path it returns while the address bar keeps what was typed.

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
