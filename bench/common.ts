// Paths, the baseline page's build and the browser launch, shared by the timed loads, Lighthouse
// and the profile.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { chromiumPath } from '../tests/e2e/chromium.ts';

export const root = new URL('..', import.meta.url).pathname;
export const buildDir = join(root, 'build');
export const benchOut = join(root, 'bench/.out');
export const resultsDir = join(root, 'bench/results');

/** Builds a bench page (bench/<name>/index.html) into bench/.out/<name>, beside the islands it draws. */
export async function buildBenchPage(name: string): Promise<string> {
	const outDir = join(benchOut, name);
	await viteBuild({
		root: join(root, 'bench', name),
		base: './',
		logLevel: 'warn',
		configFile: false,
		// MapLibre alone is over Vite's 500 kB warning; that is the point of the baseline.
		build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 }
	});
	mkdirSync(outDir, { recursive: true });
	copyFileSync(join(root, 'static/geo/islands.geojson'), join(outDir, 'islands.geojson'));
	return outDir;
}

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		// Software WebGL (SwiftShader): these machines have no GPU.
		args: ['--enable-unsafe-swiftshader', '--disable-gpu-sandbox']
	});
}
