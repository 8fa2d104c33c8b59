// Where the site is published, for canonical and link-preview URLs, which must be absolute.
// Set PUBLIC_SITE_ORIGIN (e.g. https://example.org) and, for a sub-path, BASE_PATH at build time.
import { m } from '#lib/paraglide/messages.js';
import { LOCAL_PREVIEW_ORIGIN } from '#lib/site-origin.ts';

/**
 * The origin as the URL parser writes it. The rule for the value (checkSiteOrigin in
 * site-origin.ts) is enforced where it can stop a deploy, by the build (vite.config.ts), so it is
 * not shipped to every page: here anything unusable, only possible in a dev server, falls back to
 * the preview origin as the rule itself would with LOCAL_PREVIEW.
 */
function siteOrigin(value: string | undefined): string {
	try {
		const url = new URL(value?.trim() ?? '');
		if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
	} catch {
		// unset or not a URL
	}
	return LOCAL_PREVIEW_ORIGIN;
}

export const SITE_ORIGIN = siteOrigin(import.meta.env.PUBLIC_SITE_ORIGIN as string | undefined);
/** The site's name in the page's language: og:site_name, the embed snippet's title. */
export const siteTitle = (): string => m.site_title();

/** An absolute URL for a path that already includes the base path. */
export function absoluteUrl(pathWithBase: string): string {
	return SITE_ORIGIN + (pathWithBase.startsWith('/') ? pathWithBase : `/${pathWithBase}`);
}
