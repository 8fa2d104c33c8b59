// `node scripts/host/check-site-origin.ts`: the first step of `npm run build`, so a build without
// PUBLIC_SITE_ORIGIN stops before the geodata and preview images, not after. The same rule guards
// `vite build` itself (vite.config.ts), for builds started any other way.
import { loadEnv } from 'vite';
import { checkSiteOrigin } from '../../src/lib/site-origin.ts';

const env = loadEnv('production', process.cwd(), 'PUBLIC_');
const check = checkSiteOrigin(env.PUBLIC_SITE_ORIGIN, process.env.LOCAL_PREVIEW);
if (!check.ok) {
	console.error(`build: ${check.message}`);
	process.exit(1);
}
