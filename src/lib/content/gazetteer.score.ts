// Precision and recall of island linking on labelled articles (tests/fixtures/gazetteer.*.examples.ts),
// per link kind. A link counts once per (paragraph, island, kind): two matches of "Kunashir" in one
// paragraph are one named link. Used by gazetteer.articles.test.ts and scripts/gazetteer-score.ts.

import { ISLAND_IDS } from '#lib/data/types.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { IslandLink } from './model.ts';

/** A paragraph with the island links a careful reader would make, by kind. */
export interface LabelledParagraph {
	text: string;
	named?: IslandId[];
	group?: IslandId[];
	reference?: IslandId[];
}

/** A labelled article: what the scorer reads. */
export interface ArticleExample {
	about: string;
	paragraphs: LabelledParagraph[];
}

export const LINK_KINDS = ['named', 'group', 'reference'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The kind a stored link is counted as. */
export function kindOf(link: Pick<IslandLink, 'via'>): LinkKind {
	if (link.via === 'collective' || (link.via as string) === 'kurils') return 'group';
	if ((link.via as string) === 'reference') return 'reference';
	return 'named';
}

export interface KindScore {
	tp: number;
	fp: number;
	fn: number;
	precision: number;
	recall: number;
}

export interface Miss {
	about: string;
	paragraph: number;
	kind: LinkKind;
	island: string;
	/** fp: linked but not labelled; fn: labelled but not linked. */
	error: 'fp' | 'fn';
}

/** Scores a linker: given an article's paragraphs in order, it returns each paragraph's links. */
export function scoreArticles(
	examples: ArticleExample[],
	link: (paragraphs: string[]) => Pick<IslandLink, 'island' | 'via'>[][]
): { kinds: Record<LinkKind | 'all', KindScore>; misses: Miss[] } {
	const counts = Object.fromEntries(
		[...LINK_KINDS, 'all'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }])
	) as Record<LinkKind | 'all', { tp: number; fp: number; fn: number }>;
	const misses: Miss[] = [];
	for (const ex of examples) {
		const links = link(ex.paragraphs.map((p) => p.text));
		ex.paragraphs.forEach((p, i) => {
			const got = links[i] ?? [];
			for (const kind of LINK_KINDS) {
				const want = p[kind] ?? [];
				for (const island of ISLAND_IDS) {
					const has = got.some((l) => l.island === island && kindOf(l) === kind);
					const wanted = want.includes(island);
					const key = has && wanted ? 'tp' : has ? 'fp' : wanted ? 'fn' : null;
					if (key === null) continue;
					counts[kind][key]++;
					counts.all[key]++;
					if (key !== 'tp')
						misses.push({ about: ex.about, paragraph: i, kind, island, error: key });
				}
			}
		});
	}
	const kinds = Object.fromEntries(
		Object.entries(counts).map(([k, c]) => [
			k,
			{
				...c,
				precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
				recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
			}
		])
	) as Record<LinkKind | 'all', KindScore>;
	return { kinds, misses };
}

/** One line per kind: "named     tp=.. fp=.. fn=.. precision=0.950 recall=0.900". */
export function formatScore(kinds: Record<LinkKind | 'all', KindScore>): string {
	return (Object.entries(kinds) as [string, KindScore][])
		.map(
			([k, s]) =>
				`${k.padEnd(9)} tp=${s.tp} fp=${s.fp} fn=${s.fn} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)}`
		)
		.join('\n');
}
