// `npm run bench:scale -- --articles N`: how the build and its pages grow with the archive.
//
// Copies the project (its tracked files, node_modules linked, not copied) into a temporary folder,
// replaces that copy's content/articles with N synthetic articles, builds it with
// `npm run build:local`, then adds one more article and builds again. The repository's own
// content/ is never written. Prints one Markdown table (the README's scale table).
//
// The articles are made from the project's own test fixtures (tests/fixtures/content/articles/):
// their body paragraphs, recombined so the articles differ in length (1 to 12 paragraphs) and in
// the islands they name, with dates spread over twelve years, each run through the real ingester
// (src/lib/content/ingest.ts), so every article.json is what `npm run ingest` would write.

import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readArticles } from '../src/lib/content/article-files.ts';
import { articleIndex } from '../src/lib/content/article-index.ts';
import { ingest } from '../src/lib/content/ingest.ts';
import { islandPassages } from '../src/lib/content/loader.ts';
import { ISLAND_IDS } from '../src/lib/data/types.ts';
import { buildSearchIndex, serializeSearchIndex } from '../src/lib/search/build-index.ts';
import { root } from './common.ts';
import { kb, table } from './stats.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '100' },
		keep: { type: 'boolean', default: false },
		'data-only': { type: 'boolean', default: false },
		// A folder outside the project to build the archive in, once, and keep: the fixture the
		// archive journeys run against (npm run test:archive). No rebuild, no table.
		fixture: { type: 'string' }
	}
});
const N = Number(values.articles);
if (!Number.isInteger(N) || N < 1) throw new Error(`--articles must be a whole number ≥ 1`);

// ---------------------------------------------------------------------------------------------
// The synthetic articles

const FIXTURES = join(root, 'tests/fixtures/content/articles');

/** The body paragraphs of every fixture article (after its section, title and dek lines). */
function fixtureParagraphs(): string[] {
	const out: string[] = [];
	for (const name of readdirSync(FIXTURES)
		.filter((n) => !n.startsWith('.'))
		.sort()) {
		const blocks = readFileSync(join(FIXTURES, name, 'raw.txt'), 'utf8')
			.split(/\n\s*\n/)
			.map((b) => b.trim())
			.filter(Boolean);
		// Section, title, dek first; the last block is the page's clutter ("Subscribe now").
		out.push(...blocks.slice(3, -1));
	}
	return out;
}

const OUTLETS = ['Test Wire', 'Example Daily', 'Sample Herald', 'Fixture Times'];

function syntheticArticle(i: number, pool: readonly string[]) {
	const length = 1 + ((i * 7) % 12);
	// The first block is a paragraph, never a photo caption (an article of one caption is refused).
	const text = pool.filter((p) => !p.includes('©'));
	const body = [
		text[i % text.length] ?? '',
		...Array.from({ length: length - 1 }, (_, k) => pool[(i + (k + 1) * 3) % pool.length] ?? '')
	];
	const title = `Synthetic report ${i + 1} on the islands`;
	const raw = `News\n\n${title}\n\nA recombination of the test fixtures\n\n${body.join('\n\n')}\n`;
	// Twelve years of dates, the newest article last written (so "adding one" is the newest).
	const day = new Date(Date.UTC(2014, 0, 1) + i * Math.floor((12 * 365 * 86_400_000) / (N + 1)));
	const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
	const meta = {
		slug,
		title,
		outlet: OUTLETS[i % OUTLETS.length] ?? 'Test Wire',
		url: `https://example.com/synthetic/${slug}`,
		lang: 'en',
		date: { value: day.toISOString().slice(0, 10), precision: 'day' as const },
		topics: [],
		sources: []
	};
	const result = ingest(new TextEncoder().encode(raw), { meta, name: `${slug}/raw.txt` });
	return { slug, raw, meta, article: result.article };
}

function writeArticles(contentDir: string, from: number, to: number) {
	const pool = fixtureParagraphs();
	for (let i = from; i < to; i++) {
		const a = syntheticArticle(i, pool);
		const dir = join(contentDir, a.slug);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'raw.txt'), a.raw);
		writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(a.meta, null, '\t')}\n`);
		writeFileSync(join(dir, 'article.json'), `${JSON.stringify(a.article, null, '\t')}\n`);
	}
}

// ---------------------------------------------------------------------------------------------
// The copy and the builds

function copyProject(into?: string): string {
	const dir = into ?? mkdtempSync(join(tmpdir(), 'kuril-scale-'));
	if (into) {
		// Always a fresh copy: an archive left by an older checkout must not pass for this one's.
		if (!isAbsolute(into) || !relative(root, into).startsWith('..'))
			throw new Error(`--fixture needs an absolute folder outside the project, not ${into}`);
		// Removed only when this script made it (its marker file), so a wrong path never costs a folder.
		const marker = join(into, '.kuril-archive-fixture');
		if (existsSync(into) && readdirSync(into).length > 0 && !existsSync(marker))
			throw new Error(
				`--fixture: ${into} exists and was not made by bench:scale; pick another folder`
			);
		rmSync(into, { recursive: true, force: true });
		mkdirSync(into, { recursive: true });
		writeFileSync(marker, '');
	}
	const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
		cwd: root,
		encoding: 'utf8'
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	for (const file of listed.stdout.split('\0').filter(Boolean)) {
		if (file.startsWith('content/')) continue;
		const from = join(root, file);
		if (!existsSync(from)) continue;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		cpSync(from, join(dir, file));
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

function build(dir: string): { seconds: number; drawn: number; log: string } {
	const start = performance.now();
	const run = spawnSync('npm', ['run', 'build:local'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	const seconds = (performance.now() - start) / 1000;
	const log = `${run.stdout}\n${run.stderr}`;
	if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${log.slice(-4000)}`);
	const drawn = Number(/og images: (\d+) drawn/.exec(log)?.[1] ?? NaN);
	return { seconds, drawn, log };
}

// ---------------------------------------------------------------------------------------------
// Measuring the output

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map((f) => join(dir, String(f)))
		.filter((f) => statSync(f).isFile());
}
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).byteLength;

interface Page {
	path: string;
	raw: number;
	gzip: number;
}

function page(buildDir: string, file: string): Page {
	const bytes = readFileSync(file);
	return { path: `/${relative(buildDir, file)}`, raw: bytes.byteLength, gzip: gz(bytes) };
}

/**
 * What a first view of one page fetches before it is interactive, read from its HTML: the JS it
 * preloads and imports, and the JSON the prerenderer inlined (the data its load fetched, which the
 * browser then does not ask for). Both gzip.
 */
function firstView(buildDir: string, html: string) {
	const text = readFileSync(join(buildDir, html), 'utf8');
	const js = new Set<string>();
	for (const m of text.matchAll(/href="([^"]+\.js)"[^>]*rel="modulepreload"/g)) js.add(m[1] ?? '');
	for (const m of text.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(m[1] ?? '');
	const gzipOf = (srcs: Iterable<string>) =>
		[...srcs].reduce((sum, src) => {
			const file = join(buildDir, src.replace(/^\//, ''));
			return sum + (existsSync(file) ? gz(readFileSync(file)) : 0);
		}, 0);
	const jsGzip = gzipOf(js);
	// Stylesheets the page links (not those it only preloads, disabled, for later navigations).
	const css = [...text.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map(
		(m) => m[1] ?? ''
	);
	const cssGzip = gzipOf(css);
	const inlined = [
		...text.matchAll(/<script[^>]*data-sveltekit-fetched[^>]*>([\s\S]*?)<\/script>/g)
	]
		.map((m) => m[1] ?? '')
		.join('');
	return { html: page(buildDir, join(buildDir, html)), jsGzip, cssGzip, jsonGzip: gz(inlined) };
}

function measure(dir: string) {
	const buildDir = join(dir, 'build');
	const all = files(buildDir);
	const html = all.filter((f) => f.endsWith('.html')).map((f) => page(buildDir, f));
	html.sort((a, b) => a.raw - b.raw);
	const largest = html.at(-1);
	const mid = html[Math.floor(html.length / 2)];
	const passages = readdirSync(join(buildDir, 'articles'), { recursive: true })
		.map(String)
		.filter((f) => /passages\/\d+\.html$/.test(f))
		.sort();
	const search = readFileSync(join(dir, 'src/lib/search/index.generated.json'));
	const sum = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
	return {
		bytes: sum(all),
		htmlBytes: html.reduce((n, p) => n + p.raw, 0),
		imageBytes: sum(all.filter((f) => f.endsWith('.png'))),
		pages: html.length,
		largest,
		median: mid,
		home: firstView(buildDir, 'index.html'),
		island: firstView(buildDir, 'islands/kunashir.html'),
		passage: firstView(buildDir, `articles/${passages[0] ?? ''}`),
		index: page(buildDir, join(buildDir, 'articles.html')),
		images: all.filter((f) => f.endsWith('.png')).length,
		search: { raw: search.byteLength, gzip: gz(search) }
	};
}

// ---------------------------------------------------------------------------------------------

/**
 * `--data-only`: no build, only the data files that grow with the archive, computed by the same
 * functions the endpoints use (src/routes/data/): what a reader fetches on demand, never in a
 * first view. Seconds instead of minutes, for an N a loaded machine cannot build.
 */
function dataOnly() {
	const dir = mkdtempSync(join(tmpdir(), 'kuril-scale-data-'));
	try {
		writeArticles(join(dir, 'content/articles'), 0, N);
		const articles = readArticles(dir);
		const size = (value: unknown) => {
			const text = typeof value === 'string' ? value : JSON.stringify(value);
			return `${kb(Buffer.byteLength(text))} (${kb(gz(text))} gzip)`;
		};
		const firstPages = ISLAND_IDS.map((id) => islandPassages(articles, id).slice(0, 20));
		console.log(
			table(
				['data file (on demand)', `${N} article${N === 1 ? '' : 's'}`],
				[
					['search index', size(serializeSearchIndex(buildSearchIndex(articles)))],
					['/data/article-index.json (every row of /articles)', size(articleIndex(articles))],
					[
						'/data/article-slugs.json',
						size(Object.fromEntries(articles.map((a) => [a.slug, a.passages.length])))
					],
					['the four islands’ passages-1.json (the search box’s passages)', size(firstPages)],
					['passages in all', String(articles.reduce((n, a) => n + a.passages.length, 0))]
				]
			)
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (values['data-only']) {
	dataOnly();
	process.exit(0);
}

if (values.fixture) {
	const dir = copyProject(values.fixture);
	writeArticles(join(dir, 'content/articles'), 0, N);
	const full = build(dir);
	console.error(
		`bench:scale: a fixture archive of ${N} articles built in ${full.seconds.toFixed(0)} s: ${join(dir, 'build')}`
	);
	process.exit(0);
}

const dir = copyProject();
const contentDir = join(dir, 'content/articles');
console.error(`bench:scale: ${N} articles in ${dir}`);
try {
	writeArticles(contentDir, 0, N);
	const full = build(dir);
	const m = measure(dir);
	writeArticles(contentDir, N, N + 1);
	const again = build(dir);

	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	const rawGz = (p: Page | undefined) => (p ? `${kb(p.raw)} (${kb(p.gzip)} gzip)` : '–');
	const view = (v: ReturnType<typeof firstView>) =>
		`${kb(v.html.gzip)} HTML + ${kb(v.jsGzip)} JS + ${kb(v.cssGzip)} CSS, with ${kb(v.jsonGzip)} inlined JSON`;
	console.log(
		table(
			['measure', `${N} article${N === 1 ? '' : 's'}`],
			[
				['full build', `${full.seconds.toFixed(0)} s`],
				['adding one article, rebuild', `${again.seconds.toFixed(0)} s`],
				['preview images drawn (full / one added)', `${full.drawn} / ${again.drawn}`],
				['build size', `${mb(m.bytes)} (${(m.bytes / N / 1024 / 1024).toFixed(2)} MB per article)`],
				[
					'of which pages, preview images',
					`${mb(m.htmlBytes)} (${kb(m.htmlBytes / m.pages)} a page on average), ${mb(m.imageBytes)}`
				],
				['pages', String(m.pages)],
				['largest page', `${m.largest?.path ?? '–'}: ${rawGz(m.largest)}`],
				['median page', rawGz(m.median)],
				['first view of `/` (gzip)', view(m.home)],
				['first view of `/islands/kunashir` (gzip)', view(m.island)],
				['first view of a passage (gzip)', view(m.passage)],
				['first page of `/articles`', rawGz(m.index)],
				['search index', `${kb(m.search.raw)} (${kb(m.search.gzip)} gzip)`]
			]
		)
	);
} finally {
	if (values.keep) console.error(`kept ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
}
