// Turns a news page copied as plain text into the article's own text: headline, dek, section,
// dateline, body paragraphs and photo captions, each kept verbatim (one line of the input with only
// its ends trimmed). Pure and deterministic: the same text always gives the same result.
//
// A browser copy puts each paragraph on one line, so the line is the unit. Each non-blank line is
// classified by rules that hold for news pages in general, not for one site:
//
//   icon-sprite           SVG titles run together by the copy ("ArrowArtboardCreated with Sketch.Title
//                         ChevronTitle ChevronIcon Facebook..."): "Created with Sketch", or three or
//                         more words glued lower-to-upper case making up a large share of the line
//   template-placeholder  unrendered template code ({{numberArticlesLeft}}, {% %}, ${ }, <% %>)
//   paywall               metered-access and subscription prompts ("free articles left", "You need a
//                         subscription", "Your trial period has expired", "See all offers")
//   offer                 prices and deadlines ("Try 3 months for $9", "Offer ends October 31st")
//   sponsored             "Sponsored Content" blocks and their "This content was commissioned by..."
//   page-control          lines that are only a control or label: Advertisement, Share, Print, Read
//                         more, Related articles, Find out more, cookie notices, social-network names
//
// A real paragraph may use a prompt's words ("unlimited access to family graves", "Sponsored by the
// ministry, the tour..."), so the prompt rules only look at lines of at most 25 words, and the weaker
// ones (subscription, free trial, unlimited access, prices) only at lines that are not sentences:
// prompts, buttons and taglines rarely are. The remaining lines are captions (they end with a credit:
// "© Reuters", "(Photo by ...)", "Photo: ...", ".../Getty Images"), prose (a sentence: three words or
// more, capital or quote first, closing punctuation last) or short lines (labels, headings, broken
// fragments of promotional copy).
//
// The removed lines split the page into runs. A run is article text when it holds prose and, after
// its first sentence, more sentences than short lines; promotional copy left between paywall prompts
// ("Get trusted insights from experts within Asia itself.") fails that, since it comes with its own
// fragments and taglines. A run that only a page control or icon sprite separates from article text
// is article text whenever it holds a sentence (an "Advertisement" mid-article must not cut it short).
// Article text runs from its first sentence to its last; short lines inside it stay paragraphs, lines
// after it are dropped as outside-article.
//
// The lines before the first paragraph are the header, read from the end: the dek right above the
// body, the headline above it, a section label (at most five words) above that; a byline ("By ...")
// or printed date line may sit anywhere in it. Headline and dek given in the metadata override this.

import { CJK } from '#lib/data/text.ts';
import type { ArticleContent, CleanRule, RemovedLine } from './model.ts';
import { IngestError } from './errors.ts';

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
	paragraphs: string[];
	captions: CleanedCaption[];
	removed: RemovedLine[];
}

export interface CleanHints {
	/** The headline as printed; it must be one line of the text. */
	title?: string;
	dek?: string;
}

type Kind = 'hard' | 'caption' | 'credit' | 'prose' | 'short';

interface Line {
	/** 1-based line number. */
	n: number;
	text: string;
	kind: Kind;
	rule?: CleanRule;
	caption?: { text: string; credit: string | null };
	/** For a credit on its own line: the index of the caption line it was joined to. */
	creditOf?: number;
}

const MAX_PROMPT_WORDS = 25;

const TEMPLATE = /\{\{[^{}]*\}\}|\{%[^%]*%\}|\$\{[^{}]*\}|<%[^%]*%>|%%[A-Za-z_]\w*%%/;

// Phrases that only a paywall uses: they mark a line however it is punctuated.
const PAYWALL = [
	/\bfree (?:articles?|stories|reads?)\b.*\b(?:left|remaining)\b/i,
	/\bthis is your last free (?:article|story)\b/i,
	/\byou need (?:a|an active) subscription\b/i,
	/\b(?:see|view) all offers\b/i,
	/\b(?:subscribe|sign up|register) (?:now|today|to (?:read|unlock|keep reading))\b/i,
	/\balready (?:a )?subscriber\b/i,
	/\btrial period\b.*\b(?:has )?(?:expired|ended)\b/i
];

// Words a real sentence may also use ("unlimited access to the islands"): they mark a line only
// when it is not a sentence, as prompts, buttons and taglines are not.
const PAYWALL_LABEL = [
	/\bfree (?:articles?|stories|trial)\b/i,
	/\btrial\b.*\b(?:expired|ends?|ended)\b/i,
	/\bsubscri(?:be|ption|ber)\b/i,
	/\bunlimited (?:digital )?access\b/i,
	/\baccess\b.*\bhas expired\b/i,
	/\b(?:log|sign) in to (?:read|continue)\b/i,
	/\bto continue reading\b/i,
	/\bbecome a (?:subscriber|member)\b/i,
	/\bpaywall\b/i
];

const OFFER = [
	/^(?:try|get|start|save|subscribe|join)\b.*(?:[$£€¥]\s?\d|\d+\s?% off)/i,
	/\boffer ends\b/i,
	/[$£€¥]\s?\d[\d.,]*\s*(?:\/|per|a)\s*(?:month|week|year)\b/i
];

const SPONSORED = [
	/^sponsored(?:\s+(?:content|post|links?|stories))?$/i,
	/^sponsored by\s+[^.!?]{1,40}$/i,
	/\bsponsored content\b/i,
	/\b(?:paid|promoted|partner) (?:content|post|stories)\b/i,
	/\bthis (?:content|article) (?:was|is) (?:commissioned|produced|paid for|sponsored)\b/i
];

const PAGE_CONTROL = [
	/^(?:advertisement|advert|ad|sponsored|share(?: this(?: article| story| page)?)?|tweet|print|e-?mail|save|bookmark|comments?|read more|read next|related(?: articles| stories| content| topics)?|recommended(?: for you)?|most (?:read|popular|viewed)|more (?:from|on|in) .{1,40}|find out more|learn more|click here|continue reading|listen to this article|follow us.{0,40}|sign (?:in|up)|log ?in|newsletters?|back to top|menu|search|close|skip to (?:main )?content)[\s.:!…>»]*$/i,
	/\bcookies?\b.*\b(?:accept|consent|policy|settings)\b/i,
	/^(?:(?:share(?: on)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|line|e-?mail|print|copy link|x)[\s|·•,/]*)+$/i
];

// The credit that ends a photo caption. © alone is a strong mark; "Photo by" must be the line's end
// without a full stop, so that prose ending "...a photo by the ministry." is not taken.
const CREDIT =
	/(?:^|[\s\u00a0])((?:©|Ⓒ|\(c\))[\s\u00a0]*\S.{0,60}|Copyright[\s\u00a0]+(?:©[\s\u00a0]*)?\d{4}.{0,60}|\((?:Photos?|Photograph|Image|Picture|Illustration|Graphic)[\s\u00a0]*(?:by|:|courtesy of)[^()]{1,80}\)|(?:Photos?|Photograph|Image|Picture)(?:[\s\u00a0]+by|:)[\s\u00a0]+[^.!?]{1,60}|(?:\S+\/)?Getty Images)$/iu;

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const SENTENCE_START = /^["'“‘«([]?[\p{Lu}\p{N}\p{Lo}]/u;

const BYLINE =
	/^By[\s\u00a0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+[\p{L}.'’-]+){0,3}(?:[\s\u00a0]*(?:,|and|&|in|—|-).{0,80})?$/u;
const PRINTED_DATE =
	/^(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|JST|GMT|UTC|BST|EST|EDT|MSK))?)?\.?$/i;

/** "TOKYO -- ", "MOSCOW (Reuters) - ", "NEW YORK, March 20 — ": the place, upper case. */
const DATELINE =
	/^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?)(?:,[\s\u00a0]+[\p{L}\d .]{1,30}?)?[\s\u00a0]*(?:\([^)]{1,40}\))?[\s\u00a0]*(?:--|—|–|-)[\s\u00a0]+\S/u;

function words(text: string): number {
	return text.split(/[\s\u00a0]+/u).filter(Boolean).length;
}

function isIconSprite(text: string): boolean {
	if (text.includes('Created with Sketch')) return true;
	const glued = (text.match(/\p{Ll}\.?\p{Lu}/gu) ?? []).length;
	return glued >= 3 && glued / words(text) >= 0.3;
}

function hardRule(text: string): CleanRule | null {
	if (TEMPLATE.test(text)) return 'template-placeholder';
	if (isIconSprite(text)) return 'icon-sprite';
	if (words(text) > MAX_PROMPT_WORDS) return null;
	const sentence = isProse(text);
	if (PAYWALL.some((re) => re.test(text))) return 'paywall';
	if (!sentence && PAYWALL_LABEL.some((re) => re.test(text))) return 'paywall';
	if (!sentence && OFFER.some((re) => re.test(text))) return 'offer';
	if (SPONSORED.some((re) => re.test(text))) return 'sponsored';
	if (PAGE_CONTROL.some((re) => re.test(text))) return 'page-control';
	return null;
}

function isProse(text: string): boolean {
	if (!SENTENCE_END.test(text) || !SENTENCE_START.test(text)) return false;
	if (CJK.test(text)) return [...text].length >= 10;
	return words(text) >= 3 && /\p{Ll}/u.test(text);
}

function classify(n: number, text: string): Line {
	const rule = hardRule(text);
	if (rule) return { n, text, kind: 'hard', rule };
	const credit = CREDIT.exec(text);
	if (credit) {
		const creditText = (credit[1] as string).trim();
		const rest = text.slice(0, text.length - (credit[1] as string).length).trim();
		if (rest === '') return { n, text, kind: 'credit', caption: { text: '', credit: creditText } };
		if (words(rest) >= 2)
			return { n, text, kind: 'caption', caption: { text: rest, credit: creditText } };
	}
	return { n, text, kind: isProse(text) ? 'prose' : 'short' };
}

/** The place of a dateline at the start of a paragraph, or null. */
export function datelineOf(paragraph: string): string | null {
	const m = DATELINE.exec(paragraph);
	if (!m) return null;
	const place = (m[1] as string).trim();
	return place.replace(/[^\p{L}]/gu, '').length >= 3 ? place : null;
}

/** Splits text into lines the way every platform ends them, dropping a byte-order mark. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export function cleanArticle(text: string, hints: CleanHints = {}): Cleaned {
	const lines: Line[] = [];
	splitLines(text).forEach((raw, i) => {
		const t = raw.trim();
		if (t !== '') lines.push(classify(i + 1, t));
	});

	// A credit on a line of its own belongs to the line above it, which becomes the caption.
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] as Line;
		const prev = lines[i - 1] as Line;
		if (line.kind === 'credit' && (prev.kind === 'prose' || prev.kind === 'short')) {
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
	}
	const runs: Run[] = [];
	let start = -1;
	let inline = true;
	for (let i = headerEnd + 1; i <= lines.length; i++) {
		const line = lines[i];
		if (line && line.kind === 'hard' && line.rule === undefined) continue; // a consumed credit
		if (line && line.kind !== 'hard' && line.kind !== 'credit') {
			if (start < 0) start = i;
			continue;
		}
		if (start >= 0) {
			runs.push({ from: start, to: i - 1, inlineBefore: inline });
			inline = true;
		}
		start = -1;
		if (line) inline &&= line.rule === 'icon-sprite' || line.rule === 'page-control';
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
	runs.forEach((r) => {
		if (isArticle(r)) article.push(r);
		else if (
			r.inlineBefore &&
			article.length > 0 &&
			article.at(-1) === runs[runs.indexOf(r) - 1] &&
			kindsIn(r).some((l) => l.kind === 'prose')
		) {
			article.push(r);
		}
	});

	// Which lines make the body: from the first sentence of each article run to its last, plus
	// captions right after it.
	const inBody = new Set<number>();
	for (const r of article) {
		const idx: number[] = [];
		for (let i = r.from; i <= r.to; i++) if ((lines[i] as Line).kind === 'prose') idx.push(i);
		let last = idx.at(-1) as number;
		while (last + 1 <= r.to && (lines[last + 1] as Line).kind === 'caption') last++;
		for (let i = idx[0] as number; i <= last; i++) inBody.add(i);
	}
	if (inBody.size === 0) {
		throw new IngestError(
			'NO_PARAGRAPHS',
			'no article paragraphs found: the text needs sentences on lines of their own (one paragraph per line, as a browser copies them)'
		);
	}
	const firstBody = Math.min(...inBody);

	// The header: what precedes the body, read from the end.
	const used = new Map<number, 'title' | 'dek' | 'section' | 'byline' | 'printedDate'>();
	let byline: string | null = null;
	let printedDate: string | null = null;
	const header: number[] = [];
	for (let i = 0; i < firstBody; i++) {
		const line = lines[i] as Line;
		if (line.kind === 'hard' || line.kind === 'credit' || line.kind === 'caption') continue;
		if (byline === null && BYLINE.test(line.text)) {
			byline = line.text;
			used.set(i, 'byline');
		} else if (printedDate === null && PRINTED_DATE.test(line.text)) {
			printedDate = line.text;
			used.set(i, 'printedDate');
		} else header.push(i);
	}
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

	const paragraphs: string[] = [];
	const captions: CleanedCaption[] = [];
	const removed: RemovedLine[] = [];
	const dropped = new Map<number, CleanRule>();
	lines.forEach((line, i) => {
		if (used.has(i)) return;
		if (line.kind === 'hard') {
			if (line.rule) removed.push({ line: line.n, rule: line.rule });
			else if (line.creditOf !== undefined && dropped.has(line.creditOf)) {
				removed.push({ line: line.n, rule: dropped.get(line.creditOf) as CleanRule });
			}
			return;
		}
		const inHeader = i > title && i < firstBody;
		if (line.kind === 'caption' && (inBody.has(i) || inHeader)) {
			const cap = line.caption as { text: string; credit: string | null };
			captions.push({ text: cap.text, credit: cap.credit, afterParagraph: paragraphs.length - 1 });
		} else if (inBody.has(i)) {
			paragraphs.push(line.text);
		} else {
			const rule = i < firstBody ? 'header-extra' : 'outside-article';
			dropped.set(i, rule);
			removed.push({ line: line.n, rule });
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
		paragraphs,
		captions,
		removed: removed.sort((a, b) => a.line - b.line)
	};
}

/** A section label: a few words with no closing punctuation ("International relations"). */
function isLabel(text: string, maxWords = 5): boolean {
	return words(text) <= maxWords && !/[.!?:;,…]$/.test(text);
}

function findLine(lines: Line[], wanted: string, field: 'title' | 'dek', from: number): number {
	const target = wanted.trim();
	const i = lines.findIndex((l, j) => j >= from && l.text === target);
	if (i < 0) {
		throw new IngestError(
			'BAD_META',
			`meta ${field} ${JSON.stringify(target)} is not a line of the raw text (it must be copied exactly)`
		);
	}
	return i;
}
