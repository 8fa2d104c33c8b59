// Turns a news page copied as plain text into the article's own text: headline, dek, section,
// dateline, body paragraphs and photo captions, each kept verbatim (one line of the input with only
// its ends trimmed). Pure and deterministic: the same text always gives the same result.
//
// A browser copy puts each paragraph on one line, so the line is the unit. Each non-blank line is
// first classified on its own by the line rules (clean-rules.ts): removed by a rule, a caption or its
// credit, prose, or a short line. What follows reads the page from those classes.
//
// The removed lines split the page into runs. A run is article text when it holds prose and, after
// its first sentence, more sentences than short lines; promotional copy left between paywall prompts
// ("Get trusted insights from experts within Asia itself.") fails that, since it comes with its own
// fragments and taglines. A run that only a page control or icon sprite separates from article text
// is article text whenever it holds a sentence (an "Advertisement" mid-article must not cut it short).
// Article text runs from its first sentence to its last; short lines inside it stay paragraphs, lines
// after it are dropped as outside-article.
//
// The lines before the first paragraph are the header, read by clean-header.ts (stamps and bylines
// set aside, then the headline, its dek and its section). Headline and dek given in the metadata
// override that reading. Why each header line was taken, or not, is recorded in `heading`.
//
// Nothing vanishes: every non-blank line is in the result (headline, dek, section, byline, printed
// date, a paragraph, a caption or its credit) or in `removed` with its rule and its text. A credit or
// agency name stuck to the end of a paragraph ("...group of islets. Jiji Press") is split off into the
// paragraph's credit, and a last paragraph the copy cut off mid-sentence stays, marked `cutOff`.

import type { ArticleContent, CleanRule, RemovedLine } from './model.ts';
import { IngestError } from './errors.ts';
import {
	MAX_PROMPT_CHARS,
	classify,
	datelineOf,
	hasAppealMark,
	isCutOff,
	words,
	type Line
} from './clean-rules.ts';
import {
	BYLINE,
	PRINTED_DATE,
	findLine,
	isLabel,
	isNameLine,
	isTimestamp,
	mastheadTest,
	pickHeading,
	type HeadingNote
} from './clean-header.ts';

// Importers (the ingester, the tests) take the cleaner's whole interface from this file.
export { MAX_PROMPT_CHARS, classifyLine, datelineOf, gluedAppeal } from './clean-rules.ts';
export { isTimestamp, type HeadingNote } from './clean-header.ts';

export interface CleanedCaption {
	text: string;
	credit: string | null;
	afterParagraph: number;
}

/** The header fields as article.json stores them; paragraphs as plain text, before linking. */
export interface Cleaned extends Pick<
	ArticleContent,
	'title' | 'dek' | 'section' | 'dateline' | 'byline' | 'printedDate'
> {
	/** Why each header line was chosen for what it is, in line order. */
	heading: HeadingNote[];
	paragraphs: string[];
	/** Credits split off the end of a paragraph ("Jiji Press"), by paragraph index. */
	credits: { paragraph: number; text: string }[];
	/** The index of a last paragraph the copy cut off mid-sentence, or null. */
	cutOff: number | null;
	captions: CleanedCaption[];
	removed: RemovedLine[];
}

export interface CleanHints {
	/** The headline as printed; it must be one line of the text. */
	title?: string;
	dek?: string;
	/** The publication's name (meta.json `outlet`): a header line that is it is a masthead. */
	outlet?: string;
}

/** A date or time stamp line, of a length the stamp rules read. */
function isDateLine(text: string): boolean {
	return text.length <= MAX_PROMPT_CHARS && (PRINTED_DATE.test(text) || isTimestamp(text));
}

/** Splits text into lines the way every platform ends them, dropping a byte-order mark. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Non-blank lines in one text. A page copied whole, navigation and comments included, has a few
 * hundred; the limit keeps the cost of reading a megabyte of one-word lines small.
 */
export const MAX_LINES = 20_000;

export function cleanArticle(text: string, hints: CleanHints = {}): Cleaned {
	const lines: Line[] = [];
	const raw = splitLines(text);
	for (let i = 0; i < raw.length; i++) {
		const t = (raw[i] as string).trim();
		if (t === '') continue;
		if (lines.length === MAX_LINES) {
			throw new IngestError(
				'TOO_MANY_LINES',
				`the text has more than ${MAX_LINES} non-blank lines (line ${i + 1} is one too many), where one copied page has a few hundred: is it one article?`
			);
		}
		lines.push(classify(i + 1, t));
	}

	// A run of appeals: a line with a mark of an appeal beside an appeal line is one too ("We
	// believe everyone deserves access ... to keep our reporting open for all readers.").
	for (let pass = 0; pass < 2; pass++) {
		for (let k = 0; k < lines.length; k++) {
			const i = pass === 0 ? k : lines.length - 1 - k;
			const line = lines[i] as Line;
			if (line.kind !== 'prose' && line.kind !== 'short') continue;
			const next = lines[pass === 0 ? i - 1 : i + 1];
			if (next?.rule !== 'appeal' || line.head || !hasAppealMark(line.text)) continue;
			line.kind = 'hard';
			line.rule = 'appeal';
		}
	}

	// A credit on a line of its own belongs to the line above it, which becomes the caption.
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] as Line;
		const prev = lines[i - 1] as Line;
		// Not a date line: a photo between the date and the text is not copied, its credit is.
		const byText = prev.kind === 'prose' || prev.kind === 'short';
		if (line.kind === 'credit' && byText && !isDateLine(prev.text)) {
			prev.kind = 'caption';
			prev.caption = { text: prev.text, credit: line.caption?.credit ?? null };
			line.kind = 'hard';
			line.rule = undefined;
			line.creditOf = i - 1;
		}
	}

	const titleIndex = hints.title === undefined ? -1 : findLine(lines, hints.title, 'title', 0);
	const dekIndex =
		hints.dek === undefined ? -1 : findLine(lines, hints.dek, 'dek', Math.max(0, titleIndex + 1));
	const headerEnd = Math.max(titleIndex, dekIndex);

	// Runs of lines between removed ones, from the end of any given header on.
	interface Run {
		from: number;
		to: number;
		inlineBefore: boolean;
		/** A line that ends the article (a footer, the comments' head) lies before this run. */
		endBefore: boolean;
	}
	const runs: Run[] = [];
	let start = -1;
	let inline = true;
	let ended = false;
	for (let i = headerEnd + 1; i <= lines.length; i++) {
		const line = lines[i];
		if (line && line.kind === 'hard' && line.rule === undefined) continue; // a consumed credit
		if (line && line.kind !== 'hard' && line.kind !== 'credit') {
			if (start < 0) start = i;
			continue;
		}
		if (start >= 0) {
			runs.push({ from: start, to: i - 1, inlineBefore: inline, endBefore: ended });
			inline = true;
		}
		start = -1;
		if (line) inline &&= line.rule === 'icon-sprite' || line.rule === 'page-control';
		if (line?.end) ended = true;
	}

	const kindsIn = (r: Run) => lines.slice(r.from, r.to + 1).filter((l) => !(l.kind === 'hard'));
	const isArticle = (r: Run): boolean => {
		const ls = kindsIn(r);
		const first = ls.findIndex((l) => l.kind === 'prose');
		if (first < 0) return false;
		const after = ls.slice(first + 1);
		const prose = after.filter((l) => l.kind === 'prose').length + 1;
		return prose > after.filter((l) => l.kind === 'short').length;
	};
	const article: Run[] = [];
	// Once the article has begun, a footer or the comments' head ends it: readers' comments are
	// sentences too, and would otherwise read as more of it.
	const afterEnd = (r: Run) => r.endBefore && article.length > 0;
	runs.forEach((r, i) => {
		if (afterEnd(r)) return;
		if (isArticle(r)) article.push(r);
		else if (
			r.inlineBefore &&
			article.length > 0 &&
			article.at(-1) === runs[i - 1] &&
			kindsIn(r).some((l) => l.kind === 'prose')
		) {
			article.push(r);
		}
	});

	// Which lines make the body: from the first sentence of each article run to its last, plus
	// captions right after it.
	const inBody = new Set<number>();
	article.forEach((r, n) => {
		const idx: number[] = [];
		for (let i = r.from; i <= r.to; i++) if ((lines[i] as Line).kind === 'prose') idx.push(i);
		let last = idx.at(-1) as number;
		while (last + 1 <= r.to && (lines[last + 1] as Line).kind === 'caption') last++;
		// Past the first run, a caption right before the text (after a "photo" button, say) is the
		// article's too; before the first run it is the header's.
		let first = idx[0] as number;
		// A summary sentence with the byline or the date under it is the dek, not the text: the text
		// starts at the next sentence after them.
		if (n === 0) {
			let k = first + 1;
			let stamped = false;
			for (; k <= r.to && (lines[k] as Line).kind !== 'prose'; k++) {
				const t = (lines[k] as Line).text;
				if (isDateLine(t) || (t.length <= MAX_PROMPT_CHARS && BYLINE.test(t))) stamped = true;
			}
			const next = idx.find((i) => i >= k);
			if (stamped && next !== undefined) first = next;
		}
		while (n > 0 && first - 1 >= r.from && (lines[first - 1] as Line).kind === 'caption') first--;
		for (let i = first; i <= last; i++) inBody.add(i);
	});
	// A copy that stops mid-sentence leaves the last paragraph without its end: a long line that
	// starts as a sentence right after the last one, and is not one.
	let cutOff = -1;
	const lastRun = article.at(-1);
	if (lastRun) {
		let last = -1;
		for (let i = lastRun.from; i <= lastRun.to; i++) if (inBody.has(i)) last = i;
		const next = lines[last + 1];
		if (last + 1 <= lastRun.to && next && isCutOff(next)) {
			cutOff = last + 1;
			inBody.add(cutOff);
		}
	}
	if (inBody.size === 0) {
		throw new IngestError(
			'NO_PARAGRAPHS',
			'no article paragraphs found: the text needs sentences on lines of their own (one paragraph per line, as a browser copies them)'
		);
	}
	// Not Math.min(...inBody): spreading a set of 100,000 lines overflows the call stack.
	let firstBody = Infinity;
	for (const i of inBody) firstBody = Math.min(firstBody, i);

	// The header: what precedes the body. Why each of its lines was taken (or not) is recorded.
	const used = new Map<number, 'title' | 'dek' | 'section' | 'byline' | 'printedDate'>();
	const notes = new Map<number, HeadingNote>();
	const note = (i: number, role: HeadingNote['role'], reason: string) =>
		notes.set(i, { line: (lines[i] as Line).n, role, text: (lines[i] as Line).text, reason });
	let byline: string | null = null;
	let printedDate: string | null = null;
	const header: number[] = [];
	const stamps = new Set<number>();
	for (let i = 0; i < firstBody; i++) {
		const line = lines[i] as Line;
		if (line.kind === 'hard' || line.kind === 'credit' || line.kind === 'caption') continue;
		if (isDateLine(line.text)) stamps.add(i);
	}
	for (let i = 0; i < firstBody; i++) {
		const line = lines[i] as Line;
		if (line.kind === 'hard' || line.kind === 'credit' || line.kind === 'caption') continue;
		const label = line.text.length <= MAX_PROMPT_CHARS;
		// A name on its own line beside a time stamp is the byline ("Jane Holloway" over the date).
		const nameByStamp = label && isNameLine(line.text) && (stamps.has(i - 1) || stamps.has(i + 1));
		if (byline === null && label && (BYLINE.test(line.text) || nameByStamp)) {
			byline = line.text;
			used.set(i, 'byline');
			note(i, 'byline', nameByStamp ? 'a name beside the time stamp' : 'starts "By" and a name');
		} else if (stamps.has(i)) {
			if (printedDate === null) {
				printedDate = line.text;
				used.set(i, 'printedDate');
				note(i, 'printedDate', 'the first date or time stamp above the text');
			} else note(i, 'left', 'another date or time stamp');
		} else header.push(i);
	}
	// The publication's name at the top of the header, above the headline (so never its last line,
	// nor a line from the given headline on): read from the top, it stops at the first that is not.
	const isMasthead = mastheadTest(lines, hints.outlet);
	while (header.length >= 2) {
		const i = header[0] as number;
		const line = lines[i] as Line;
		if ((titleIndex >= 0 && i >= titleIndex) || (dekIndex >= 0 && i >= dekIndex)) break;
		if (!isMasthead(line.text)) break;
		line.kind = 'hard';
		line.rule = 'masthead';
		note(i, 'masthead', "the publication's name at the top of the page");
		header.shift();
	}
	const picked = titleIndex < 0 && dekIndex < 0 ? pickHeading(lines, header, note) : null;
	let title: number;
	let dek = -1;
	let section = -1;
	if (titleIndex >= 0) {
		title = titleIndex;
		dek = dekIndex;
		if (dek < 0) {
			const next = header.find((i) => i > titleIndex);
			if (next !== undefined && words((lines[next] as Line).text) <= 40) dek = next;
		}
		const before = header.filter((i) => i < titleIndex).at(-1);
		if (before !== undefined && isLabel((lines[before] as Line).text)) section = before;
	} else if (dekIndex >= 0) {
		const above = header.filter((i) => i < dekIndex).at(-1);
		if (above === undefined) {
			throw new IngestError(
				'NO_TITLE',
				'no headline found above the dek: give it as "title" in the --meta file'
			);
		}
		title = above;
		dek = dekIndex;
		const s = header.filter((i) => i < above).at(-1);
		if (s !== undefined && isLabel((lines[s] as Line).text)) section = s;
	} else if (picked) {
		title = picked.title;
		dek = picked.dek;
		section = picked.section;
	} else {
		const k = header.length;
		if (k === 0) {
			// No header: a first body line short enough to be a headline is one.
			const first = [...inBody].sort((a, b) => a - b)[0] as number;
			const line = lines[first] as Line;
			if (words(line.text) > 20 || datelineOf(line.text)) {
				throw new IngestError(
					'NO_TITLE',
					'no headline found above the article text: give it as "title" in the --meta file'
				);
			}
			inBody.delete(first);
			title = first;
		} else if (k === 1) {
			title = header[0] as number;
		} else if (k === 2 && isLabel((lines[header[0] as number] as Line).text, 3)) {
			section = header[0] as number;
			title = header[1] as number;
		} else {
			dek = header[k - 1] as number;
			title = header[k - 2] as number;
			const s = header[k - 3];
			if (s !== undefined && isLabel((lines[s] as Line).text)) section = s;
		}
	}
	used.set(title, 'title');
	if (dek >= 0) used.set(dek, 'dek');
	if (section >= 0) used.set(section, 'section');
	for (const i of used.keys()) inBody.delete(i);
	for (const [i, role] of used) {
		if (role === 'title' && !notes.has(i))
			note(i, 'title', titleIndex >= 0 ? 'given in the metadata' : 'the header line above the dek');
		else if (role === 'dek' && !notes.has(i))
			note(
				i,
				'dek',
				dekIndex >= 0 ? 'given in the metadata' : 'the last header line, right above the text'
			);
		else if (role === 'section' && !notes.has(i))
			note(i, 'section', 'a short label above the headline');
	}

	const paragraphs: string[] = [];
	const credits: { paragraph: number; text: string }[] = [];
	let cutOffParagraph: number | null = null;
	const captions: CleanedCaption[] = [];
	const removed: RemovedLine[] = [];
	const dropped = new Map<number, CleanRule>();
	lines.forEach((line, i) => {
		if (used.has(i)) return;
		if (line.kind === 'hard') {
			if (line.rule) removed.push({ line: line.n, rule: line.rule, text: line.text });
			else if (line.creditOf !== undefined && dropped.has(line.creditOf)) {
				const rule = dropped.get(line.creditOf) as CleanRule;
				removed.push({ line: line.n, rule, text: line.text });
			}
			return;
		}
		const inHeader = i > title && i < firstBody;
		if (line.kind === 'caption' && (inBody.has(i) || inHeader)) {
			const cap = line.caption as { text: string; credit: string | null };
			captions.push({ text: cap.text, credit: cap.credit, afterParagraph: paragraphs.length - 1 });
		} else if (inBody.has(i)) {
			if (line.tail) credits.push({ paragraph: paragraphs.length, text: line.tail.credit });
			if (i === cutOff) cutOffParagraph = paragraphs.length;
			if (line.head) {
				// The appeal is removed with its own text; the paragraph after it stays.
				removed.push({ line: line.n, rule: 'appeal', text: line.head.appeal });
				paragraphs.push(line.head.body);
			} else paragraphs.push(line.tail ? line.tail.body : line.text);
		} else {
			const rule = i < firstBody ? 'header-extra' : 'outside-article';
			dropped.set(i, rule);
			removed.push({ line: line.n, rule, text: line.text });
		}
	});
	if (paragraphs.length === 0) {
		throw new IngestError('NO_PARAGRAPHS', 'no article paragraphs found below the headline');
	}

	const dateline =
		paragraphs
			.slice(0, 3)
			.map(datelineOf)
			.find((d) => d !== null) ?? null;
	const at = (i: number) => (i >= 0 ? (lines[i] as Line).text : null);
	return {
		title: at(title) as string,
		dek: at(dek),
		section: at(section),
		dateline,
		byline,
		printedDate,
		heading: [...notes.values()].sort((a, b) => a.line - b.line),
		paragraphs,
		credits,
		cutOff: cutOffParagraph,
		captions,
		removed: removed.sort((a, b) => a.line - b.line)
	};
}
