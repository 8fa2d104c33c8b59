// Server hooks: they run while prerendering, once per page and data file.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

/**
 * Each page renders in its URL's language (Paraglide keeps it for the request), and its <html lang>
 * says which (src/app.html).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});
