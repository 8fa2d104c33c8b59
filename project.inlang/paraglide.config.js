// Paraglide's compiler options, read alike by the Vite plugin (vite.config.ts) and by
// `paraglide-js compile` (npm run check), so both write the same src/lib/paraglide/ (build output,
// not committed). The language comes from the URL only (a static host has no server to read a
// cookie or a header): English unprefixed, Japanese under /ja and Russian under /ru. Under BASE_PATH
// the prefix goes after the base, so the URL patterns are written out; without it Paraglide's default
// patterns do the same with no URLPattern polyfill in the pages.
const base = process.env.BASE_PATH ?? '';
const origin = ':protocol://:domain(.*)::port?';

export default {
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never',
	emitGitIgnore: false,
	...(base
		? {
				urlPatterns: [
					{
						pattern: `${origin}${base}/:path(.*)?`,
						localized: [
							['ja', `${origin}${base}/ja/:path(.*)?`],
							['ru', `${origin}${base}/ru/:path(.*)?`],
							['en', `${origin}${base}/:path(.*)?`]
						]
					}
				]
			}
		: {})
};
