// The Content-Security-Policy directives every prerendered page carries (svelte.config.js hands
// them to the Kit's `csp` option in hash mode, which adds the hash of each inline script it writes).
// Pure and free of Node and Vite imports so svelte.config.js, the unit tests and the e2e tests
// share one definition. The policy is delivered in a <meta> tag, which cannot carry
// frame-ancestors: that one is in static/_headers.

/** A directive's sources as the Kit expects them: keywords unquoted ('self' is written `self`). */
export type Directives = Record<string, string[]>;

/**
 * The hash of the inline style attribute of the Kit's route announcer
 * (node_modules/@sveltejs/kit/src/core/sync/write_root.js), the one inline style the Kit itself
 * writes. It is added to the DOM after hydration, from a template, so only style-src-attr needs it,
 * and only with 'unsafe-hashes' (a hash alone never matches an attribute). A Kit update that
 * changes that style changes the hash; tests/unit/csp.test.ts recomputes it from the Kit's source.
 */
export const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** One https origin (or http on a loopback host), nothing else: no path, no wildcard, no spaces. */
const ORIGIN = /^(https:\/\/[a-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\]))(:\d{1,5})?$/;

/**
 * The origins an online basemap needs, from PUBLIC_BASEMAP_STYLE_URL (the style's own host) and an
 * optional comma-separated BASEMAP_ORIGINS for the hosts its tiles, sprite or glyphs live on when
 * they are not the style's host. Anything that is not a plain origin is refused with the reason:
 * the value ends up inside the policy, where a space or a semicolon would add sources or directives.
 */
export function basemapOrigins(styleUrl?: string, extraOrigins?: string): string[] {
	const origins: string[] = [];
	const add = (value: string, setting: string) => {
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			throw new Error(`${setting} is not a URL: ${JSON.stringify(value)}`);
		}
		const origin = url.origin;
		if (!ORIGIN.test(origin) || url.username || url.password)
			throw new Error(
				`${setting} must be an https URL (or http on localhost) with a plain host name; got ${JSON.stringify(value)}`
			);
		if (!origins.includes(origin)) origins.push(origin);
	};
	if (styleUrl?.trim()) add(styleUrl.trim(), 'PUBLIC_BASEMAP_STYLE_URL');
	for (const extra of (extraOrigins ?? '').split(',').map((s) => s.trim()))
		if (extra) {
			if (!styleUrl?.trim())
				throw new Error('BASEMAP_ORIGINS is set but PUBLIC_BASEMAP_STYLE_URL is not');
			if (/[/?#]/.test(extra.replace(/^https?:\/\//, '')))
				throw new Error(`BASEMAP_ORIGINS lists origins, not URLs: ${JSON.stringify(extra)}`);
			add(extra, 'BASEMAP_ORIGINS');
		}
	return origins;
}

/**
 * The page policy. Everything is the site's own, with three exceptions, each for a reason:
 * - img-src data: — MapLibre's stylesheet draws its control icons as data: SVGs, and MapLibre
 *   probes image support with a data: PNG;
 * - style-src-attr 'unsafe-hashes' + ANNOUNCER_STYLE_HASH — the Kit's route announcer;
 * - the basemap's origins in connect-src (style, tiles, glyphs) and img-src (sprite), when set.
 * MapLibre 6 needs no blob: here: it starts its worker from the same-origin .mjs file
 * (worker-src 'self'), and decodes images with createImageBitmap, so it creates blob: images only
 * in browsers without createImageBitmap.
 */
export function contentSecurityPolicy(
	env: { PUBLIC_BASEMAP_STYLE_URL?: string; BASEMAP_ORIGINS?: string } = {}
): Directives {
	const basemap = basemapOrigins(env.PUBLIC_BASEMAP_STYLE_URL, env.BASEMAP_ORIGINS);
	return {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
		'img-src': ['self', 'data:', ...basemap],
		'font-src': ['self'],
		'connect-src': ['self', ...basemap],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
