// Where the site is published, for canonical and link-preview URLs, which must be absolute.
// Set PUBLIC_SITE_ORIGIN (e.g. https://example.org) and, for a sub-path, BASE_PATH at build time.
import { m } from '#lib/paraglide/messages.js';
import { LOCAL_PREVIEW_ORIGIN, checkSiteOrigin } from '#lib/site-origin.ts';

const configured = checkSiteOrigin(
	import.meta.env.PUBLIC_SITE_ORIGIN as string | undefined,
	// The fallback is only reachable in a dev server or a LOCAL_PREVIEW build: vite.config.ts
	// refuses any other build without a valid PUBLIC_SITE_ORIGIN.
	'1'
);

export const SITE_ORIGIN = configured.ok ? configured.origin : LOCAL_PREVIEW_ORIGIN;
/** The site's name in the page's language: og:site_name, the embed snippet's title. */
export const siteTitle = (): string => m.site_title();

/** An absolute URL for a path that already includes the base path. */
export function absoluteUrl(pathWithBase: string): string {
	return SITE_ORIGIN + (pathWithBase.startsWith('/') ? pathWithBase : `/${pathWithBase}`);
}
