// Every journey runs under these checks: no console error, no uncaught page error, and no request
// to any host but the app's own. A journey that breaks something on purpose (a geodata file that
// answers 404) names the console errors it expects with `test.use({ allowConsoleErrors: /…/ })`.
// One pattern, not a list: Playwright reads an array given to test.use as [value, options].
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guard: void; allowConsoleErrors: RegExp | null }>({
	allowConsoleErrors: [null, { option: true }],
	guard: [
		async ({ page, baseURL, allowConsoleErrors }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://localhost').origin;
			page.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				if (allowConsoleErrors?.test(msg.text())) return;
				problems.push(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
			page.on('request', (req) => {
				const url = req.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) problems.push(`request left the app: ${url}`);
			});
			await use();
			expect(problems, problems.join('\n')).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * The page is hydrated: the Kit mounts its route announcer then. A key pressed before it reaches no
 * handler (the map screen's shortcuts are the layout's), so a journey that starts with a key waits.
 */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('#svelte-announcer')).toBeAttached({ timeout: 30_000 });
}
