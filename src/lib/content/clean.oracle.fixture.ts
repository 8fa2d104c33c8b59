// The line rules of src/lib/content/clean.ts as they were before they were made linear (commit
// d48cae2), kept only as an oracle: clean.hostile.test.ts checks that the new rules classify every
// short line exactly as these did. Never call them on long lines: several take time quadratic in the
// line's length.

import type { CleanRule } from './model.ts';

type Kind = 'hard' | 'caption' | 'credit' | 'prose' | 'short';

interface Line {
	n: number;
	text: string;
	kind: Kind;
	rule?: CleanRule;
	caption?: { text: string; credit: string | null };
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
	// Updated after the rewrite: a line separator (U+2028, U+2029) between the sign or number and
	// the rest ends the phrase, as `.` never crossed one either (clean.hostile.test.ts).
	/^(?:try|get|start|save|subscribe|join)\b.*(?:[$£€¥][^\S\u2028\u2029]?\d|\d+[^\S\u2028\u2029]?% off)/i,
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
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

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

export function oldClassify(n: number, text: string): Line {
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
export function oldDatelineOf(paragraph: string): string | null {
	const m = DATELINE.exec(paragraph);
	if (!m) return null;
	const place = (m[1] as string).trim();
	return place.replace(/[^\p{L}]/gu, '').length >= 3 ? place : null;
}
