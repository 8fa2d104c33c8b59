// `npm run screenshots`: the README's pictures, taken from the build (npm run build:local first) as
// a reader gets it, served by the static host (scripts/host/static-host.ts) in Debian's Chromium:
// - docs/screenshot.png: the desktop map with an island's panel open (1280×800);
// - docs/screenshot-phone.png: a phone held upright (390×844) with the island's bottom sheet.
// It waits for the map to be drawn and still, and fails rather than save a picture of a page that
// logged an error or asked any host but its own.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/chromium.ts';
import { listen } from './host/static-host.ts';

const SHOTS: { file: string; path: string; context: BrowserContextOptions }[] = [
	{
		file: 'docs/screenshot.png',
		path: '/islands/kunashir',
		context: { viewport: { width: 1280, height: 800 } }
	},
	{
		file: 'docs/screenshot-phone.png',
		path: '/islands/shikotan',
		context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
	}
];

/** The interactive map has taken over, drawn everything, and its camera is placed and still. */
async function mapStill(page: Page): Promise<void> {
	await page.locator('.map-screen[data-map-status="ready"]').waitFor({ timeout: 120_000 });
	await page.locator('.map[data-state="idle"]').waitFor({ timeout: 120_000 });
	await page.waitForFunction(
		() => {
			const map = window.__kurilMap;
			const screen = document.querySelector<HTMLElement>('.map-screen');
			return (
				!!map &&
				!!screen &&
				map.getContainer().dataset.placedFor === screen.dataset.insets &&
				!map.isMoving()
			);
		},
		undefined,
		{ timeout: 60_000 }
	);
	// A repaint asked for now ends in `idle` only once nothing is loading, moving or fading.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__kurilMap;
				if (!map) throw new Error('the map is not published');
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

async function main(): Promise<number> {
	if (!existsSync('build/index.html')) {
		console.error('screenshots: no build/: run npm run build:local first');
		return 1;
	}
	const host = await listen({ root: 'build', base: process.env.BASE_PATH ?? '', port: 0 });
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		// Software WebGL, as in playwright.config.ts: these machines have no GPU.
		args: ['--enable-unsafe-swiftshader', '--disable-gpu-sandbox']
	});
	try {
		for (const shot of SHOTS) {
			const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' });
			const page = await context.newPage();
			const problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('request', (r) => {
				const url = r.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== host.origin) problems.push(`request left the app: ${url}`);
			});
			const url = `${host.origin}${process.env.BASE_PATH ?? ''}${shot.path}`;
			// The page font is `font-display: optional` (src/app.css): a first visit that has not got
			// it in time keeps the fallback, without kanji, and the next page uses it from the cache.
			// So the picture is of the second visit, as a returning reader sees it.
			await page.goto(url);
			await page.evaluate(() => document.fonts.load('1em "Noto Sans JP"', '択捉'));
			const response = await page.reload();
			if (response?.status() !== 200) problems.push(`${url} answered ${response?.status()}`);
			await mapStill(page);
			const fonts = await page.evaluate(() => document.fonts.check('1em "Noto Sans JP"', '択捉'));
			if (!fonts) problems.push('the page font is not in use');
			if (problems.length) throw new Error(`${shot.path}:\n${problems.join('\n')}`);
			await page.screenshot({ path: shot.file });
			console.log(`screenshots: ${shot.file} (${shot.path})`);
			await context.close();
		}
	} finally {
		await browser.close();
		await host.close();
	}
	return 0;
}

process.exitCode = await main();
