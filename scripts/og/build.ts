// Writes the link-preview images: `node scripts/og/build.ts [--out static/og]` (run by npm run build).
// The site's own cards (the default and one per island) come from siteCards(); article and passage
// cards from articles.ts. The cards are drawn from the data, so the data is checked first: this is
// the build step where a bad data file stops `npm run build`.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { englishName, nativeNames } from '#lib/data/names.ts';
import { ISLANDS } from '#lib/data/places.ts';
import { previewImageFile, PREVIEW_IMAGE_DIR } from '#lib/data/preview-images.ts';
import { assertDataValid } from '#lib/data/schema.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import { renderCard, type Card } from './card.ts';

export type OgEntry = {
	/** Output path relative to outDir, e.g. 'islands/iturup.png'; served as /og/<path>. */
	path: string;
	card: Card;
};

export type OgResult = { path: string; bytes: number; ms: number; written: boolean };

export function siteCards(): OgEntry[] {
	return [
		{
			path: previewImageFile({ kind: 'home' }),
			card: {
				title: 'Southern Kurils / Northern Territories',
				// Each side's own name for the four islands, in the title's order.
				subtitle: 'Южные Курилы · 北方領土',
				islands: [...ISLAND_IDS]
			}
		},
		...ISLAND_IDS.map((id) => ({
			path: previewImageFile({ kind: 'island', id }),
			card: {
				title: englishName(ISLANDS[id]),
				subtitle: nativeNames(ISLANDS[id])
					.map((n) => n.text)
					.join(' · '),
				islands: [id]
			}
		}))
	];
}

function checkedPath(outDir: string, path: string): string {
	const clean = normalize(path);
	if (isAbsolute(path) || clean.startsWith('..') || !clean.endsWith('.png'))
		throw new Error(`og image path must be a relative .png path inside the output: ${path}`);
	const full = resolve(outDir, clean);
	if (!full.startsWith(resolve(outDir) + sep)) throw new Error(`og image path escapes: ${path}`);
	return full;
}

/**
 * Renders every card to outDir/<path>. A file whose bytes are already right is left alone, so a
 * rebuild does not touch timestamps the dev server watches.
 */
export function buildOgImages({ outDir, cards }: { outDir: string; cards: OgEntry[] }): OgResult[] {
	const seen = new Set<string>();
	for (const { path } of cards) {
		if (seen.has(normalize(path))) throw new Error(`two og cards for ${path}`);
		seen.add(normalize(path));
	}
	return cards.map(({ path, card }) => {
		const file = checkedPath(outDir, path);
		const start = performance.now();
		const png = renderCard(card);
		const ms = performance.now() - start;
		const same = existsSync(file) && readFileSync(file).equals(png);
		if (!same) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, png);
		}
		return { path, bytes: png.length, ms, written: !same };
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({
		options: { out: { type: 'string', default: `static/${PREVIEW_IMAGE_DIR}` } }
	});
	const outDir = resolve(values.out);
	assertDataValid();
	const { articleCards } = await import('./articles.ts');
	const { readArticles } = await import('#lib/content/article-files.ts');
	const cards = [...siteCards(), ...articleCards(readArticles())];
	const results = buildOgImages({ outDir, cards });
	for (const r of results)
		console.log(
			`${join(values.out, r.path)}  ${(r.bytes / 1024).toFixed(0)} KB  ${r.ms.toFixed(0)} ms${r.written ? '' : '  (unchanged)'}`
		);
	const total = results.reduce((sum, r) => sum + r.ms, 0);
	console.log(
		`${results.length} og images, ${(total / results.length).toFixed(0)} ms each on average`
	);
}
