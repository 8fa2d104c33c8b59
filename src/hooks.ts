// Universal hooks (they run on the server while prerendering and in the browser's router).
import type { Reroute } from '@sveltejs/kit';
import { delocalizePath } from '#lib/i18n/paths.ts';
import { routablePath } from '#lib/url/repair.ts';

/**
 * /ja/… and /ru/… are the same routes as the English pages (src/lib/i18n/locale.ts); the language
 * stays in the address bar and Paraglide reads it from there. A path with a broken %-escape gets the
 * 404 page instead of a URIError and a blank page.
 */
export const reroute: Reroute = ({ url }) => {
	return routablePath(url.pathname) ?? delocalizePath(url.pathname);
};
