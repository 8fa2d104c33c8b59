// The rule for PUBLIC_SITE_ORIGIN, shared by the app (src/lib/site.ts) and the build's guard
// (vite.config.ts and scripts/host/check-site-origin.ts). Pure: no Vite, no Node.
//
// Canonical and link-preview URLs must be absolute, so a deployable build needs the public origin.
// Without it a build would quietly point every shared link at this machine; the build refuses
// instead, unless LOCAL_PREVIEW=1 says the build is only for `npm run preview` and the e2e tests.

/** Where `npm run preview` serves the build; used only by dev servers and LOCAL_PREVIEW builds. */
export const LOCAL_PREVIEW_ORIGIN = 'http://localhost:4173';

export type SiteOriginCheck =
	{ ok: true; origin: string; local: boolean } | { ok: false; message: string };

const HOW_TO =
	'Set it to the origin the site is served from, e.g. PUBLIC_SITE_ORIGIN=https://example.org npm run build ' +
	'(a sub-path goes in BASE_PATH). For a build to preview on this machine only: npm run build:local ' +
	'(LOCAL_PREVIEW=1).';

/** Whether LOCAL_PREVIEW is switched on; anything but 1 or true is off, so a typo cannot opt out. */
export function localPreview(value: string | undefined): boolean {
	return value === '1' || value === 'true';
}

/**
 * Checks PUBLIC_SITE_ORIGIN: an http(s) origin (scheme, host, optional port, at most a trailing
 * slash), returned without the trailing slash. Unset or empty is allowed only with LOCAL_PREVIEW.
 */
export function checkSiteOrigin(
	value: string | undefined,
	localPreviewValue: string | undefined
): SiteOriginCheck {
	const raw = value?.trim() ?? '';
	if (!raw) {
		if (localPreview(localPreviewValue))
			return { ok: true, origin: LOCAL_PREVIEW_ORIGIN, local: true };
		return {
			ok: false,
			message: `PUBLIC_SITE_ORIGIN is not set, and canonical and link-preview URLs need it. ${HOW_TO}`
		};
	}
	let url: URL | null;
	try {
		url = new URL(raw);
	} catch {
		url = null;
	}
	const plainOrigin =
		url !== null &&
		(url.protocol === 'https:' || url.protocol === 'http:') &&
		url.pathname === '/' &&
		!/[?#]/.test(raw) &&
		!url.username &&
		!url.password;
	if (!url || !plainOrigin)
		return {
			ok: false,
			message: `PUBLIC_SITE_ORIGIN must be an origin such as https://example.org, without a path, query or credentials; got ${JSON.stringify(raw)}. ${HOW_TO}`
		};
	// The URL parser's form: lower-case host, punycode, no default port.
	const origin = url.origin;
	return { ok: true, origin, local: false };
}
