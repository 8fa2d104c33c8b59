// `node scripts/host/serve.ts [--port 4173] [--dir build]`: serves the build as a static host would
// (static-host.ts says what that means). `npm run preview`, `npm run start` and the Playwright
// journeys' webServer run it. BASE_PATH is read as the build read it, so a build for a sub-path is
// served under that sub-path.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listen } from './static-host.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4173' },
		dir: { type: 'string', default: 'build' },
		host: { type: 'string', default: 'localhost' }
	}
});
const port = Number(values.port);
const base = process.env.BASE_PATH ?? '';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`serve: --port must be a port number, got ${JSON.stringify(values.port)}`);
	process.exit(1);
}
if (!existsSync(join(values.dir, 'index.html'))) {
	console.error(
		`serve: no ${join(values.dir, 'index.html')}: build the site first (npm run build:local)`
	);
	process.exit(1);
}

try {
	const host = await listen({ root: values.dir, base, port, host: values.host });
	console.log(
		`Serving ${values.dir}/ at ${host.origin}${base}/ as a static host: files only, ${values.dir}/_headers applied, the nearest 404.html for a missing path`
	);
	const stop = () => void host.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	const e = error as NodeJS.ErrnoException;
	console.error(
		e.code === 'EADDRINUSE'
			? `serve: port ${port} is in use (set another with --port)`
			: `serve: ${e.message}`
	);
	process.exit(1);
}
