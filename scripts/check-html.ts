// `npm run check:html [-- --dir build]`: every prerendered page (each .html file in the build, in
// every language folder there is, the not-found pages included) through the Nu Html Checker, the
// W3C's validator (the vnu-jar devDependency ships it; it runs on Java, which .ci/run installs from
// Debian). Any error fails, except the known gaps of the checker below, each kept to the exact
// markup it is wrong about. Before that, without Java, the build's languages: every page is built
// in every language (project.inlang/settings.json), and each page's <html lang> is its folder's
// (scripts/host/pages.ts). `npm test` runs it after the build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { expectedLanguage, htmlLang, htmlPages, languageGaps } from './host/pages.ts';

interface Message {
	type: string;
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

/**
 * Errors the checker reports where the page is right. Each names what it is about and why the
 * checker is wrong, and matches only that markup, so anything else of the kind still fails.
 */
export const KNOWN_GAPS: { about: string; message: RegExp; extract?: RegExp; reason: string }[] = [
	{
		about: 'CSS vector-effect (the still map, src/lib/map/svg/SvgMap.svelte)',
		message: /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
		reason:
			"an SVG 2 presentation property, styled with CSS in every engine; the checker's CSS grammar (the W3C CSS validator's) does not list it"
	},
	{
		about: 'CSS paint-order (the still map, src/lib/map/svg/SvgMap.svelte)',
		message: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
		reason:
			"SVG 2 and CSS Fill and Stroke, in every engine; the checker's CSS grammar does not list it"
	},
	{
		about: 'role="combobox" on <input type="search"> (the search box, src/lib/search/)',
		message:
			/^(Bad value “combobox” for attribute “role” on element “input”\.|Attribute “aria-expanded” not allowed on element “input” at this point\.)$/,
		extract: /<input [^>]*type="search" role="combobox"/,
		reason:
			'ARIA in HTML allows role combobox on a search input without a list attribute, and the ARIA 1.2 combobox pattern puts aria-expanded on it; the checker still refuses both'
	}
];

const isKnownGap = (m: Message) =>
	KNOWN_GAPS.find(
		(gap) => gap.message.test(m.message) && (!gap.extract || gap.extract.test(m.extract ?? ''))
	);

/** What is wrong with the build's languages, one line each; empty when nothing is. */
function languageProblems(dir: string, pages: readonly string[]): string[] {
	const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
		baseLocale: string;
		locales: string[];
	};
	const { baseLocale, locales } = settings;
	const problems = languageGaps(pages, locales, baseLocale).map(
		(gap) => `${gap}: not built in this language, and built in another`
	);
	for (const locale of locales) {
		const notFound = locale === baseLocale ? '404.html' : `${locale}/404.html`;
		if (!pages.includes(notFound)) problems.push(`${notFound}: missing (the ${locale} 404 page)`);
	}
	const count = new Map(locales.map((l) => [l, 0]));
	for (const page of pages) {
		const want = expectedLanguage(page, locales, baseLocale);
		count.set(want, (count.get(want) ?? 0) + 1);
		const lang = htmlLang(readFileSync(join(dir, page), 'utf8'));
		if (lang !== want) problems.push(`${page}: <html lang="${lang ?? ''}">, not "${want}"`);
	}
	console.log(
		`check:html: pages by language: ${[...count].map(([l, n]) => `${l} ${n}`).join(', ')}; ${problems.length} language problems`
	);
	return problems;
}

function main(): number {
	const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' } } });
	let pages: string[];
	try {
		pages = htmlPages(values.dir);
	} catch {
		console.error(`check:html: no ${values.dir}/: build the site first (npm run build:local)`);
		return 1;
	}
	if (pages.length === 0) {
		console.error(`check:html: no .html file in ${values.dir}/`);
		return 1;
	}
	const files = pages.map((page) => join(values.dir, page));
	const problems = languageProblems(values.dir, pages);
	for (const problem of problems) console.error(`check:html: ${problem}`);
	const jar = join(createRequire(import.meta.url).resolve('vnu-jar'), '../build/dist/vnu.jar');
	const run = spawnSync(
		'java',
		['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (run.error) {
		console.error(
			`check:html: could not run java (${run.error.message}). The checker needs a Java runtime 11 or newer: sudo apt-get install -y openjdk-17-jre-headless`
		);
		return 1;
	}
	let report: { version?: string; messages: Message[] };
	try {
		report = JSON.parse(run.stderr || run.stdout) as typeof report;
	} catch {
		console.error(`check:html: the checker did not answer in JSON:\n${run.stderr}${run.stdout}`);
		return 1;
	}
	const where = (m: Message) => {
		const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : '(no file)';
		return `${file}:${m.lastLine ?? m.firstLine ?? '?'}:${m.firstColumn ?? '?'}`;
	};
	const errors: Message[] = [];
	const gaps = new Map<string, number>();
	for (const m of report.messages) {
		if (m.type === 'info') continue;
		const gap = m.type === 'error' ? isKnownGap(m) : undefined;
		if (gap) gaps.set(gap.about, (gaps.get(gap.about) ?? 0) + 1);
		else errors.push(m);
	}
	for (const m of errors)
		console.error(
			`${where(m)}: ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`
		);
	console.log(
		`check:html: Nu Html Checker ${report.version ?? ''}: ${files.length} pages in ${values.dir}/, ${errors.length} errors`
	);
	for (const gap of KNOWN_GAPS)
		if (gaps.has(gap.about))
			console.log(
				`  set aside, known checker gap: ${gap.about}, ${gaps.get(gap.about)}×: ${gap.reason}`
			);
	return errors.length || problems.length ? 1 : 0;
}

process.exitCode = main();
