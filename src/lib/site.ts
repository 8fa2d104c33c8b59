// Where the site is published, for canonical and link-preview URLs, which must be absolute.
// Set PUBLIC_SITE_ORIGIN (e.g. https://example.org) and, for a sub-path, BASE_PATH at build time.

const configured = (import.meta.env.PUBLIC_SITE_ORIGIN as string | undefined) ?? '';

export const SITE_ORIGIN = (configured || 'http://localhost:4173').replace(/\/+$/, '');
export const SITE_NAME = 'Southern Kurils / Northern Territories explorer';

/** An absolute URL for a path that already includes the base path. */
export function absoluteUrl(pathWithBase: string): string {
	return SITE_ORIGIN + (pathWithBase.startsWith('/') ? pathWithBase : `/${pathWithBase}`);
}
