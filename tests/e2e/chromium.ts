// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
// own download if one is installed. `npx playwright install` cannot run on the project's machines,
// so the usual browser is Debian's (see .ci/run).
import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const c of candidates) if (c && existsSync(c)) return c;
	console.warn(
		"No Chromium found. Install one with `sudo apt-get install -y chromium` or set CHROMIUM_PATH; falling back to Playwright's own browser, if installed."
	);
	return undefined;
}
