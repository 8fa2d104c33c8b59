// Finds the disputed islands a text refers to. Every name comes from src/lib/data/places.ts (places,
// COLLECTIVE_TERMS, NON_DISPUTED_TERMS): this file only turns those names into patterns.
//
// How a name matches:
// - any case; a space in a name matches any run of white space (non-breaking spaces included) or a
//   hyphen, and a hyphen matches a hyphen, a dash, a space or nothing ("Yuzhno-Kurilsk",
//   "Yuzhno Kurilsk", "Yuzhnokurilsk"); before a Japanese suffix (-to, -jima, -tō) it matches only a
//   hyphen or nothing, so that "Yuri-to" does not match "Yuri to";
// - Latin and Cyrillic names stand between non-letters, so "Kurilsk" is not found in "Kurilsky" and
//   "Yuri" not in "Akiyuri"; a Latin name may take a plural s ("the Habomais"); a possessive ("Iturup's")
//   leaves the name itself intact;
// - ō and ū also match o and u, ё also matches е;
// - a Cyrillic word takes its case endings (Итуруп, Итурупа, Итурупе; Южные/Южных Курил);
// - Japanese has no spaces between words, so a name of one or two kanji must not follow another
//   kanji (国後 is Kunashiri, but 帰国後 is "after returning home").
//
// Where matches overlap, the longest wins, and a place outside the dispute wins a tie: "Kunashir
// Strait" (a strait), "Kuril Islands" (the whole chain), "Shakotan Peninsula" (Hokkaido) and
// "South Kuril Strait" link nothing, while "southern Kuril Islands" links all four.
// Names marked ambiguous in places.ts (Yuri, Shana, Зелёный) need corroboration, see `corroborated`.

import { CJK } from '#lib/data/text.ts';
import { ALL_PLACES, COLLECTIVE_TERMS, NON_DISPUTED_TERMS, type Place } from '#lib/data/places.ts';
import type { IslandId } from '#lib/data/types.ts';
import type { IslandLink, LinkVia } from './model.ts';

export interface GazetteerEntry {
	/** Place id (places.ts) or term id. */
	id: string;
	kind: 'place' | 'collective' | 'non-disputed';
	/** How a match links; null for names that link nothing (Hokkaido, the whole Kuril chain). */
	via: LinkVia | null;
	islands: readonly IslandId[];
	/** Every written form, as in places.ts. */
	forms: string[];
	/** The forms that need corroboration. */
	ambiguous: string[];
}

function placeForms(place: Place): string[] {
	const n = place.names;
	const forms = [n.enRu, n.enJa, ...(n.aliases ?? [])];
	if (n.ja) forms.push(n.ja.kanji, n.ja.romaji, ...(n.ja.kana ? [n.ja.kana] : []));
	if (n.ru) forms.push(n.ru.cyrillic, n.ru.latin);
	return [...new Set(forms)];
}

function placeVia(place: Place): LinkVia | null {
	if (!place.island) return null;
	if (place.kind === 'island') return 'name';
	if (place.kind === 'islet') return 'islet';
	if (place.kind === 'settlement') return 'settlement';
	return 'name';
}

/** Every name the gazetteer knows, in places.ts order: the index later search can use too. */
export const GAZETTEER: readonly GazetteerEntry[] = [
	// Unsourced placeholder islets ("Unnamed islet off Shikotan") have no name to find.
	...ALL_PLACES.filter((p) => !(p.kind === 'islet' && p.sources.length === 0)).map(
		(p): GazetteerEntry => ({
			id: p.id,
			kind: 'place',
			via: placeVia(p),
			islands: p.island ? [p.island] : [],
			forms: placeForms(p),
			ambiguous: p.names.ambiguous ?? []
		})
	),
	...COLLECTIVE_TERMS.map((t): GazetteerEntry => ({
		id: t.id,
		kind: 'collective',
		via: 'collective',
		islands: t.islands,
		forms: [...t.variants],
		ambiguous: []
	})),
	...NON_DISPUTED_TERMS.map((t): GazetteerEntry => ({
		id: t.id,
		kind: 'non-disputed',
		via: null,
		islands: [],
		forms: [...t.variants],
		ambiguous: []
	}))
];

const HAN = /^\p{Script=Han}+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const JAPANESE_SUFFIX = /^(?:to|tō|jima|shima|mura|guntō|shotō|suidō|hantō|misaki|kaikyō)$/i;
const DASHES = '\\-\\u2010-\\u2015';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function letters(word: string): string {
	let out = '';
	for (const ch of word) {
		if (ch === 'ō' || ch === 'Ō') out += '[ōo]';
		else if (ch === 'ū' || ch === 'Ū') out += '[ūu]';
		else if (ch === 'ё' || ch === 'Ё') out += '[ёе]';
		else out += escape(ch);
	}
	return out;
}

/**
 * The case endings of a Russian word, from its ending alone. It over-generates (a few forms that do
 * not exist) but never reaches another word's stem: "Курильск" takes а/у/ом/е, not "ий".
 */
function russianWord(word: string): string {
	const lower = word.toLowerCase();
	const forms = (cut: number, endings: string[]) =>
		`${letters(word.slice(0, word.length - cut))}(?:${endings.join('|')})`;
	if (/[ыи]е$/.test(lower)) {
		const v = lower.at(-2) as string;
		return forms(2, [`${v}е`, `${v}х`, `${v}м`, `${v}ми`]);
	}
	if (/[кгхжшчщ]ий$/.test(lower)) return forms(2, ['ий', 'ого', 'ому', 'им', 'ом']);
	if (/ий$/.test(lower)) return forms(2, ['ий', 'ия', 'ию', 'ием', 'ии']);
	if (/ый$/.test(lower)) return forms(2, ['ый', 'ого', 'ому', 'ым', 'ом']);
	if (/[ое]е$/.test(lower)) return forms(2, ['ое', 'ого', 'ому', 'ым', 'ом']);
	if (/ая$/.test(lower)) return forms(2, ['ая', 'ой', 'ую', 'ою']);
	if (/ы$/.test(lower)) return forms(1, ['ы', '', 'ам', 'ами', 'ах', 'ов']);
	if (/и$/.test(lower)) return forms(1, ['и', 'ей', 'й', 'ам', 'ями', 'ям', 'ами', 'ах', 'ях']);
	if (/а$/.test(lower)) return forms(1, ['а', 'ы', 'е', 'у', 'ой', 'ов', 'ам', 'ами', 'ах']);
	if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return forms(0, ['', 'а', 'у', 'ом', 'е']);
	return letters(word);
}

/** The regular expression source for one written form (see the header for the rules). */
export function formPattern(form: string): string {
	if (CJK.test(form)) {
		const body = letters(form);
		if (HAN.test(form) && [...form].length <= 2) return `(?<!\\p{Script=Han})${body}`;
		if (KANA.test(form[0] as string))
			return `(?<!\\p{Script=Katakana})${body}(?!\\p{Script=Katakana})`;
		return body;
	}
	// Split into words and the separators between them, keeping which separator it was.
	const parts = form.split(/([\s\-‐-―]+)/u);
	let out = '';
	let words = 0;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] as string;
		if (i % 2 === 1) {
			const next = parts[i + 1] ?? '';
			if (/\s/.test(part)) out += `(?:[\\s${DASHES}]+)`;
			else if (JAPANESE_SUFFIX.test(next)) out += `[${DASHES}]?`;
			else out += `(?:[${DASHES}]|\\s+)?`;
			continue;
		}
		if (part === '') continue;
		words++;
		out += CYRILLIC_WORD.test(part) ? russianWord(part) : letters(part);
	}
	const latin = !/\p{Script=Cyrillic}/u.test(form);
	if (latin && words === 1 && !/s$/i.test(form)) out += 's?';
	return `(?<![\\p{L}\\p{N}])${out}(?![\\p{L}\\p{N}])`;
}

interface Compiled {
	entry: GazetteerEntry;
	sure: RegExp | null;
	unsure: RegExp | null;
}

function compile(forms: string[]): RegExp | null {
	if (forms.length === 0) return null;
	// Longer forms first: the alternation takes the first that matches at a position.
	const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
	return new RegExp(sorted.map(formPattern).join('|'), 'giu');
}

const COMPILED: Compiled[] = GAZETTEER.map((entry) => ({
	entry,
	sure: compile(entry.forms.filter((f) => !entry.ambiguous.includes(f))),
	unsure: compile(entry.ambiguous)
}));

interface Candidate {
	start: number;
	end: number;
	entry: GazetteerEntry;
	ambiguous: boolean;
}

const PLACE_WORD_AFTER =
	/^(?:[\s\u00a0]+|[\s\u00a0]*[-‐-―][\s\u00a0]*)(?:islands?|islets?|isles?|village|town|settlement|bay|остров\p{L}*|посёл\p{L}*|посел\p{L}*)(?![\p{L}])/iu;
const PLACE_WORD_BEFORE =
	/(?:(?:islands?|islets?|isles?|village|town|settlement|port)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?|(?<![\p{L}])(?:остр\p{L}*|о\.|о-в|посёл\p{L}*|посел\p{L}*|пос\.|пгт|сел\p{L}*|с\.|город\p{L}*|г\.)[\s\u00a0]*)$/iu;
const CAPITALISED_AFTER = /^[\s\u00a0]+\p{Lu}/u;
const CAPITALISED_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+[\s\u00a0]+$/u;

const LIST_SEPARATOR = /^[\s\u00a0]*(?:,|、|・|and|or|и|или)?[\s\u00a0]*$/iu;
const LATIN = /^[^\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*$/u;

/**
 * An ambiguous name counts when an island or settlement word stands beside it ("Yuri Island", "the
 * islets of Yuri", "остров Юрий", "the village of Shana"), or when it sits in a list next to another
 * name of the same island group ("Shibotsu, Yuri and Akiyuri"). Otherwise a capitalised word on either
 * side makes it a personal name ("Yury Trutnev", "Mikhail Polonsky") and it does not count. Failing
 * all that, a Latin-script name still counts if the text names a disputed island unambiguously;
 * a Russian one does not, because Зелёный and Сигнальный are everyday adjectives.
 */
function corroborated(
	text: string,
	c: Candidate,
	others: Candidate[],
	sureLinks: boolean
): boolean {
	const before = text.slice(Math.max(0, c.start - 40), c.start);
	const after = text.slice(c.end, c.end + 40);
	if (PLACE_WORD_AFTER.test(after) || PLACE_WORD_BEFORE.test(before)) return true;
	const listed = others.some(
		(o) =>
			o !== c &&
			!o.ambiguous &&
			o.entry.islands.some((id) => c.entry.islands.includes(id)) &&
			LIST_SEPARATOR.test(
				o.end <= c.start ? text.slice(o.end, c.start) : text.slice(c.end, o.start)
			)
	);
	if (listed) return true;
	if (CAPITALISED_AFTER.test(after) || CAPITALISED_BEFORE.test(before)) return false;
	return sureLinks && LATIN.test(text.slice(c.start, c.end));
}

/** Every island link in a text, in text order. */
export function findIslandLinks(text: string): IslandLink[] {
	const candidates: Candidate[] = [];
	for (const { entry, sure, unsure } of COMPILED) {
		for (const [re, ambiguous] of [
			[sure, false],
			[unsure, true]
		] as const) {
			if (!re) continue;
			re.lastIndex = 0;
			for (const m of text.matchAll(re)) {
				if (m[0].length === 0) continue;
				candidates.push({ start: m.index, end: m.index + m[0].length, entry, ambiguous });
			}
		}
	}
	// Longest first; on a tie a sure name beats an ambiguous one, and a name outside the dispute
	// beats a link (better to miss a link than to make a wrong one).
	candidates.sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			Number(a.ambiguous) - Number(b.ambiguous) ||
			Number(a.entry.via !== null) - Number(b.entry.via !== null) ||
			a.start - b.start
	);
	const taken: Candidate[] = [];
	for (const c of candidates) {
		if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
	}
	const linking = taken.filter((c) => c.entry.via !== null);
	const sureLinks = linking.some((c) => !c.ambiguous);
	const kept = linking
		.filter((c) => !c.ambiguous || corroborated(text, c, linking, sureLinks))
		.sort((a, b) => a.start - b.start);
	return kept.flatMap((c) =>
		c.entry.islands.map((island): IslandLink => ({
			island,
			via: c.entry.via as LinkVia,
			place: c.entry.id,
			match: text.slice(c.start, c.end),
			start: c.start,
			end: c.end
		}))
	);
}
