import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium.ts';

// E2E_PORT lets several checkouts run their journeys side by side without reusing each other's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The archive journeys run against a built fixture archive of a hundred articles, not build/:
// `npm run test:archive` builds one outside the project and names it in E2E_ARCHIVE.
const ARCHIVE = process.env.E2E_ARCHIVE;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: ARCHIVE ? '**/archive.e2e.ts' : '**/*.e2e.ts',
	testIgnore: ARCHIVE ? [] : ['**/archive.e2e.ts'],
	// Generous: a loaded 2-core machine with software WebGL can take most of a minute to a map idle.
	timeout: 120_000,
	expect: { timeout: 30_000 },
	fullyParallel: false,
	workers: 1,
	// One retry: software WebGL on a shared machine occasionally loses a frame; a real fault fails twice.
	retries: 1,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: chromiumPath(),
			// Software WebGL: these machines have no GPU.
			args: ['--enable-unsafe-swiftshader', '--disable-gpu-sandbox']
		}
	},
	webServer: {
		// The tests run against the production build (npm run build:local), served as a static host
		// serves it (scripts/host/static-host.ts): files only, build/_headers applied, the nearest
		// 404.html for a missing path. The same server as `npm run preview`.
		command: `node scripts/host/serve.ts --port ${PORT}${ARCHIVE ? ` --dir ${ARCHIVE}` : ''}`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
