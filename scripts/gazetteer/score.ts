// npm run gazetteer:score [-- --held-out] [--misses]
//
// Prints precision and recall of island linking per link kind (named, group, reference) on the
// labelled articles in tests/fixtures/gazetteer.articles.examples.ts (the set the rules were built
// against) or, with --held-out, gazetteer.heldout.examples.ts (never tuned on): once linking each paragraph
// on its own (findIslandLinks), and once linking the article as a whole (linkArticle), which knows
// what earlier paragraphs named.

import { ARTICLE_EXAMPLES } from '../../tests/fixtures/gazetteer.articles.examples.ts';
import { HELD_OUT_EXAMPLES } from '../../tests/fixtures/gazetteer.heldout.examples.ts';
import * as gazetteer from '#lib/content/gazetteer.ts';
import type { ArticleExample } from '#lib/content/gazetteer.score.ts';
import { formatScore, scoreArticles } from '#lib/content/gazetteer.score.ts';
import type { IslandLink } from '#lib/content/model.ts';

const showMisses = process.argv.includes('--misses');
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
