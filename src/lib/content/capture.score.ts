// Cleaning and linking scored together on labelled page captures (tests/fixtures/world/captures.ts):
// the cleaner must find the headline and every article paragraph and drop the clutter, and the
// gazetteer must link each paragraph and caption as labelled. A labelled paragraph the cleaner lost
// counts its labels as missed links; a paragraph it kept that is not labelled (clutter) counts its
// links as wrong ones. Figures are per language; counting is as in gazetteer.score.ts (once per
// paragraph, island and kind). Used by scripts/gazetteer/score.ts and the capture tests.

import { cleanArticle, type Cleaned } from './clean.ts';
import { linkCleaned } from './gazetteer.ts';
import { LINK_KINDS, kindOf, type KindScore, type LinkKind } from './gazetteer.score.ts';
import type { IslandLink } from './model.ts';
import { ISLAND_IDS, type IslandId } from '#lib/data/types.ts';

/** A paragraph or caption as labelled: its text and the islands it links, by kind. */
export interface LabelledParagraph {
	text: string;
	named?: IslandId[];
	group?: IslandId[];
	reference?: IslandId[];
}

export interface CaptureLabels {
	file: string;
	lang: string;
	about: string;
	title: string;
	dek: string | null;
	paragraphs: LabelledParagraph[];
	captions: LabelledParagraph[];
}

export interface CaptureOutcome {
	file: string;
	title: { want: string; got: string | null };
	dek: { want: string | null; got: string | null };
	/** Labelled paragraphs the cleaner did not keep as paragraphs. */
	lost: string[];
	/** Paragraphs the cleaner kept that are not labelled: clutter. */
	clutter: string[];
	/** Labelled captions not kept as captions. */
	lostCaptions: string[];
	error: string | null;
}

export interface LanguageScore {
	lang: string;
	captures: number;
	kinds: Record<LinkKind | 'all', KindScore>;
	outcomes: CaptureOutcome[];
	misses: { file: string; text: string; kind: LinkKind; island: string; error: 'fp' | 'fn' }[];
}

export type Cleaner<C extends CaptureLabels = CaptureLabels> = (
	text: string,
	capture: C
) => Cleaned;

export function scoreCaptures<C extends CaptureLabels>(
	captures: readonly C[],
	read: (c: C) => string,
	clean: Cleaner<C> = (text) => cleanArticle(text)
): LanguageScore[] {
	const langs = [...new Set(captures.map((c) => c.lang))];
	return langs.map((lang) => {
		const counts = Object.fromEntries(
			[...LINK_KINDS, 'all'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }])
		) as Record<LinkKind | 'all', { tp: number; fp: number; fn: number }>;
		const outcomes: CaptureOutcome[] = [];
		const misses: LanguageScore['misses'] = [];
		const tally = (
			file: string,
			text: string,
			want: LabelledParagraph | undefined,
			got: Pick<IslandLink, 'island' | 'via'>[]
		) => {
			for (const kind of LINK_KINDS) {
				const wanted = want?.[kind] ?? [];
				for (const island of ISLAND_IDS) {
					const has = got.some((l) => l.island === island && kindOf(l) === kind);
					const w = wanted.includes(island);
					const key = has && w ? 'tp' : has ? 'fp' : w ? 'fn' : null;
					if (key === null) continue;
					counts[kind][key]++;
					counts.all[key]++;
					if (key !== 'tp') misses.push({ file, text, kind, island, error: key });
				}
			}
		};
		for (const c of captures.filter((x) => x.lang === lang)) {
			let cleaned: Cleaned;
			try {
				cleaned = clean(read(c), c);
			} catch (e) {
				outcomes.push({
					file: c.file,
					title: { want: c.title, got: null },
					dek: { want: c.dek, got: null },
					lost: c.paragraphs.map((p) => p.text),
					clutter: [],
					lostCaptions: c.captions.map((p) => p.text),
					error: (e as Error).message
				});
				for (const p of [...c.paragraphs, ...c.captions]) tally(c.file, p.text, p, []);
				continue;
			}
			const { paragraphLinks, captionLinks } = linkCleaned(cleaned);
			const byText = new Map(c.paragraphs.map((p) => [p.text, p]));
			const capByText = new Map(c.captions.map((p) => [p.text, p]));
			cleaned.paragraphs.forEach((t, i) =>
				tally(c.file, t, byText.get(t), paragraphLinks[i] ?? [])
			);
			cleaned.captions.forEach((cap, i) =>
				tally(c.file, cap.text, capByText.get(cap.text), captionLinks[i] ?? [])
			);
			const kept = new Set(cleaned.paragraphs);
			const keptCaptions = new Set(cleaned.captions.map((x) => x.text));
			const lost = c.paragraphs.filter((p) => !kept.has(p.text));
			const lostCaptions = c.captions.filter((p) => !keptCaptions.has(p.text));
			for (const p of [...lost, ...lostCaptions]) tally(c.file, p.text, p, []);
			outcomes.push({
				file: c.file,
				title: { want: c.title, got: cleaned.title },
				dek: { want: c.dek, got: cleaned.dek },
				lost: lost.map((p) => p.text),
				clutter: cleaned.paragraphs.filter((t) => !byText.has(t)),
				lostCaptions: lostCaptions.map((p) => p.text),
				error: null
			});
		}
		const kinds = Object.fromEntries(
			Object.entries(counts).map(([k, s]) => [
				k,
				{
					...s,
					precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
					recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)
				}
			])
		) as Record<LinkKind | 'all', KindScore>;
		return { lang, captures: outcomes.length, kinds, outcomes, misses };
	});
}
