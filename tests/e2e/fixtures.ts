// Every journey runs under these checks: no console error, no uncaught page error, and no request
// to any host but the app's own.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://localhost').origin;
			page.on('console', (msg) => {
				if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
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
