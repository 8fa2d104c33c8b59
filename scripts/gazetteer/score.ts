// npm run gazetteer:score [-- --held-out] [--misses]
// npm run gazetteer:score -- --captures [--misses]
//
// Prints precision and recall of island linking per link kind (named, group, reference) on the
// labelled articles in tests/fixtures/gazetteer.articles.examples.ts (the set the rules were built
// against) or, with --held-out, gazetteer.heldout.examples.ts (never tuned on): once linking each paragraph
// on its own (findIslandLinks), and once linking the article as a whole (linkArticle), which knows
// what earlier paragraphs named. With --captures, the labelled page captures of
// tests/fixtures/world/ (Japanese, Russian, English) are cleaned and linked as `npm run ingest` does,
// and scored per language: headline, dek, lost and clutter paragraphs, and links per kind.

import { ARTICLE_EXAMPLES } from '../../tests/fixtures/gazetteer.articles.examples.ts';
import { HELD_OUT_EXAMPLES } from '../../tests/fixtures/gazetteer.heldout.examples.ts';
import * as gazetteer from '#lib/content/gazetteer.ts';
import type { ArticleExample } from '#lib/content/gazetteer.score.ts';
import { formatScore, scoreArticles } from '#lib/content/gazetteer.score.ts';
import type { IslandLink } from '#lib/content/model.ts';

const showMisses = process.argv.includes('--misses');
if (process.argv.includes('--captures')) {
	const { CAPTURES, captureText } = await import('../../tests/fixtures/world/captures.ts');
	const { scoreCaptures } = await import('#lib/content/capture.score.ts');
	for (const s of scoreCaptures(CAPTURES, captureText)) {
		const titles = s.outcomes.filter((o) => o.title.got === o.title.want).length;
		const deks = s.outcomes.filter((o) => o.dek.got === o.dek.want).length;
		const lost = s.outcomes.reduce((n, o) => n + o.lost.length, 0);
		const clutter = s.outcomes.reduce((n, o) => n + o.clutter.length, 0);
		const lostCaptions = s.outcomes.reduce((n, o) => n + o.lostCaptions.length, 0);
		process.stdout.write(
			`\n${s.lang}: ${s.captures} captures; titles right ${titles}/${s.captures}, deks right ${deks}/${s.captures}, lost paragraphs ${lost}, clutter paragraphs ${clutter}, lost captions ${lostCaptions}\n${formatScore(s.kinds)}\n`
		);
		if (showMisses) {
			for (const o of s.outcomes) {
				if (o.error) process.stdout.write(`  ${o.file}: refused: ${o.error}\n`);
				if (o.title.got !== o.title.want)
					process.stdout.write(`  ${o.file}: title ${JSON.stringify(o.title.got)}\n`);
				if (o.dek.got !== o.dek.want)
					process.stdout.write(`  ${o.file}: dek ${JSON.stringify(o.dek.got)}\n`);
				for (const t of o.lost) process.stdout.write(`  ${o.file}: lost ${t}\n`);
				for (const t of o.clutter) process.stdout.write(`  ${o.file}: clutter ${t}\n`);
				for (const t of o.lostCaptions) process.stdout.write(`  ${o.file}: lost caption ${t}\n`);
			}
			for (const m of s.misses)
				process.stdout.write(
					`  ${m.error} ${m.kind} ${m.island}: ${m.file} ${m.text.slice(0, 60)}\n`
				);
		}
	}
	process.exit(0);
}
const heldOut = process.argv.includes('--held-out');
const examples: ArticleExample[] = heldOut ? HELD_OUT_EXAMPLES : ARTICLE_EXAMPLES;
const count = examples.reduce((n, a) => n + a.paragraphs.length, 0);
process.stdout.write(
	`${heldOut ? 'held-out set' : 'tuning set'}: ${examples.length} articles, ${count} paragraphs\n`
);

const linkers: [string, ((paragraphs: string[]) => IslandLink[][]) | undefined][] = [
	['paragraph by paragraph (findIslandLinks)', (ps) => ps.map((p) => gazetteer.findIslandLinks(p))],
	[
		'whole article (linkArticle)',
		(gazetteer as { linkArticle?: (ps: string[]) => IslandLink[][] }).linkArticle
	]
];
for (const [name, link] of linkers) {
	if (!link) {
		process.stdout.write(`\n${name}: not in this version\n`);
		continue;
	}
	const { kinds, misses } = scoreArticles(examples, link);
	process.stdout.write(`\n${name}\n${formatScore(kinds)}\n`);
	if (showMisses)
		for (const m of misses)
			process.stdout.write(`  ${m.error} ${m.kind} ${m.island}: ${m.about} ¶${m.paragraph}\n`);
}
