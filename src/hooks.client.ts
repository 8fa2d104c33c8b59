// Client hooks.
import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { readableHash } from '#lib/url/repair.ts';

/**
 * Before the router starts: a hash it cannot decode (`#%`) would throw a URIError inside it once
 * the first page has rendered (src/lib/url/repair.ts), so it is swapped for the camera it holds.
 */
export const init: ClientInit = () => {
	const hash = readableHash(location.hash);
	if (hash !== undefined)
		history.replaceState(history.state, '', location.pathname + location.search + hash);
};

// Kit's default handleError logs every error to the console, the 404 of a reader who followed a
// bad link included ("Not found: /the/path"); that is not a fault of the app, and the e2e journeys
// treat any console error as one.
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
};
