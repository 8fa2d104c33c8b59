// node bench/route-js.ts — after `npm run build:local` (or any build).
//
// What JavaScript each page loads, gzip -9, and whether the article cleaner and gazetteer
// (src/lib/content/clean.ts with its clean-rules.ts and clean-header.ts, gazetteer.ts) are in it. Only /articles/try may load them, and only on
// demand (a dynamic import of src/lib/content/draft.ts). Exits 1 when another page's JS holds them.
//
// A page's first load is the modules its prerendered HTML preloads (`<link rel="modulepreload">`);
// what it imports later comes from Vite's manifest. A module is found in a chunk by its string
// literals that no other source file has (the minifier renames identifiers but keeps strings).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, table } from './stats.ts';

const BUILD = process.argv[2] ?? 'build';
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
// The cleaner's three modules each, so that a page importing only part of it is caught too.
const WATCHED = [
	'src/lib/content/clean.ts',
	'src/lib/content/clean-rules.ts',
	'src/lib/content/clean-header.ts',
	'src/lib/content/gazetteer.ts'
];
const DRAFT = 'src/lib/content/draft.ts';
const PAGES: Record<string, string> = {
	'/': 'index.html',
	'/articles': 'articles.html',
	'/articles/try': 'articles/try.html',
	'/about': 'about.html',
	// Each language's map and an island page: a reader of one language should load about as much
	// JavaScript as another (the budget: /ja at most 8 KB gzip more than /; README.md, Languages).
	'/islands/kunashir': 'islands/kunashir.html',
	'/ja': 'ja.html',
	'/ja/islands/kunashir': 'ja/islands/kunashir.html',
	'/ru': 'ru.html',
	'/ru/islands/kunashir': 'ru/islands/kunashir.html'
};
// An article's page too (the first in the build), since it shares the map layout with the try page.
const article = existsSync(join(BUILD, 'articles'))
	? readdirSync(join(BUILD, 'articles')).find((f) => f.endsWith('.html') && f !== 'try.html')
	: undefined;
if (article) PAGES[`/articles/${article.replace(/\.html$/, '')}`] = `articles/${article}`;

interface Chunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}

const gz = (file: string) => gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).byteLength;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map((f) => join(dir, String(f)))
		.filter(
			(f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$|\.fixture\.ts$|\.examples\.ts$/.test(f)
		);
}

/** The text of a source file without its comments (a literal quoted in a comment is no marker). */
function code(text: string): string {
	return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/**
 * Regular-expression and string literals of `file`'s code (12+ characters, no interpolation) that
 * no other source file, and no article under content/, holds: the minifier keeps them as written.
 */
function markers(file: string, others: string[]): string[] {
	const text = code(readFileSync(file, 'utf8'));
	const regexes = [
		...text.matchAll(/[=(,:]\s*(\/(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\\\n[])+\/[dgimsuyv]*)/g)
	].map((m) => m[1] ?? '');
	const strings = [...text.matchAll(/'([^'\\\n]+)'|`([^`\\$]+)`|"([^"\\\n]+)"/g)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? ''
	);
	const elsewhere = others.map((f) => readFileSync(f, 'utf8'));
	return [...new Set([...regexes, ...strings])].filter(
		(s) => s.length >= 12 && !s.includes('\n') && !elsewhere.some((t) => t.includes(s))
	);
}

function preloads(page: string): string[] {
	const html = readFileSync(join(BUILD, page), 'utf8');
	return [...html.matchAll(/<link href="\/?([^"]+\.js)" rel="modulepreload">/g)].map((m) =>
		(m[1] ?? '').replace(/^.*?(_app\/)/, '$1')
	);
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));

function closure(start: string[]): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const key of byFile.get(file)?.imports ?? []) {
			const next = manifest[key]?.file;
			if (next) visit(next);
		}
	};
	start.forEach(visit);
	return seen;
}

// Every other source file, and the articles (the app bundles their raw text, clutter and all).
const sources = [...sourceFiles('src'), ...sourceFiles('content')];
const found = new Map<string, string[]>();
const counts = new Map<string, number>();
for (const module of WATCHED) {
	const own = markers(
		module,
		sources.filter((f) => relative('.', f) !== module)
	);
	if (own.length < 3) throw new Error(`${module}: too few literals of its own to find it by`);
	const chunks = [...byFile.keys()].filter((file) => {
		const text = readFileSync(join(BUILD, file), 'utf8');
		return own.filter((s) => text.includes(s)).length >= Math.min(3, own.length);
	});
	found.set(module, chunks);
	counts.set(module, own.length);
}

const draft = manifest[DRAFT];
if (!draft)
	throw new Error(`${DRAFT} is not a chunk of its own: is it still imported dynamically?`);

let bad = false;
const rows: string[][] = [];
for (const [path, page] of Object.entries(PAGES)) {
	if (!existsSync(join(BUILD, page))) continue;
	const first = closure(preloads(page));
	const later =
		path === '/articles/try' ? [...closure([draft.file])].filter((f) => !first.has(f)) : [];
	const holds = (files: Iterable<string>) =>
		WATCHED.filter((m) => [...files].some((f) => found.get(m)?.includes(f))).map((m) =>
			m.replace('src/lib/content/', '')
		);
	const sum = (files: Iterable<string>) => [...files].reduce((s, f) => s + gz(f), 0);
	const firstHolds = holds(first);
	if (firstHolds.length) bad = true;
	rows.push([
		path,
		`${first.size}`,
		kb(sum(first)),
		firstHolds.join(', ') || 'neither',
		later.length ? `${kb(sum(later))} (${later.length} file${later.length === 1 ? '' : 's'})` : '–',
		later.length ? holds(later).join(', ') || 'neither' : '–'
	]);
}

console.log(
	table(
		[
			'page',
			'JS files',
			'first load (gzip -9)',
			'cleaner/gazetteer in it',
			'on demand',
			'on demand holds'
		],
		rows
	)
);
for (const [module, chunks] of found) {
	console.log(
		`${module}: in ${chunks.join(', ') || 'no chunk'} (${counts.get(module)} literals of its own)`
	);
	// The check itself: each module must be found somewhere, or a clean result would mean nothing.
	if (!chunks.length) {
		console.error(`route-js: ${module} is in no chunk: its literals no longer find it`);
		process.exitCode = 2;
	}
}
console.log(
	'(MapLibre and the interactive map, which the map pages load after their first paint, are not counted.)'
);
if (bad) {
	console.error('route-js: a page other than /articles/try loads the cleaner or the gazetteer');
	process.exitCode = 1;
}
