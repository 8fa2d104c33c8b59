// Universal hooks (they run on the server while prerendering and in the browser's router).
import type { Reroute } from '@sveltejs/kit';
import { routablePath } from '#lib/url/repair.ts';

/** A path with a broken %-escape gets the 404 page instead of a URIError and a blank page. */
export const reroute: Reroute = ({ url }) => routablePath(url.pathname);
