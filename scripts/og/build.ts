// Writes the link-preview images: `node scripts/og/build.ts [--out static/og]` (run by npm run build).
// The site's own cards (the default and one per island) come from siteCards(); article and passage
// cards from articles.ts.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { englishName, nativeNames } from '../../src/lib/data/names.ts';
import { ISLANDS } from '../../src/lib/data/places.ts';
import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { renderCard, type Card } from './render.ts';

export type OgEntry = {
	/** Output path relative to outDir, e.g. 'islands/iturup.png'; served as /og/<path>. */
	path: string;
	card: Card;
};

export type OgResult = { path: string; bytes: number; ms: number; written: boolean };

export const DEFAULT_OG_PATH = 'default.png';

export function islandOgPath(id: IslandId): string {
	return `islands/${id}.png`;
}

export function siteCards(): OgEntry[] {
	return [
		{
			path: DEFAULT_OG_PATH,
			card: {
				title: 'Southern Kurils / Northern Territories',
				// Each side's own name for the four islands, in the title's order.
				subtitle: 'Южные Курилы · 北方領土',
				islands: [...ISLAND_IDS]
			}
		},
		...ISLAND_IDS.map((id) => ({
			path: islandOgPath(id),
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
	const { values } = parseArgs({ options: { out: { type: 'string', default: 'static/og' } } });
	const outDir = resolve(values.out);
	const { articleCards, readArticles } = await import('./articles.ts');
	const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
	const cards = [...siteCards(), ...articleCards(readArticles(root))];
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
