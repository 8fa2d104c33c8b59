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
//
// An article is linked as a whole (linkArticle), in reading order, so that a paragraph can lean on
// what earlier ones said. The phrases of src/lib/data/references.ts add three things to the names:
// group phrases ("four Russian-held islands near Hokkaido"), references back to the islands already
// named ("the islands", "the territorial row": links of their own kind, `reference`), and the names of
// other disputes, after which a generic phrase ("disputed islands", "the islands") is about them. An
// ambiguous name corroborated anywhere in the article ("Yuri Island") counts elsewhere in it ("the
// first trip to Yuri"), unless a capitalised word or a verb of speech beside it makes it a person.

import { CJK } from '#lib/data/text.ts';
import { ALL_PLACES, type Place } from '#lib/data/places.ts';
import {
	COLLECTIVE_TERMS,
	KURIL_NAMES,
	NON_DISPUTED_TERMS,
	PLACE_ALIASES
} from '#lib/data/terms.ts';
import type { IslandId } from '#lib/data/types.ts';
import {
	DISPUTE_GROUP_TERMS,
	DISPUTE_SIGNALS,
	GENERIC_TERMS,
	GROUP_PHRASES,
	OTHER_DISPUTES,
	REFERENCE_TERMS
} from '#lib/data/references.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import type { Cleaned } from './clean.ts';
import type { IslandLink, LinkVia } from './model.ts';

export interface GazetteerEntry {
	/** Place id (places.ts) or term id. */
	id: string;
	kind: 'place' | 'collective' | 'non-disputed' | 'kurils';
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
	const forms = [n.enRu, n.enJa, ...(PLACE_ALIASES[place.id]?.aliases ?? [])];
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
			ambiguous: PLACE_ALIASES[p.id]?.ambiguous ?? []
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
	})),
	{
		id: KURIL_NAMES.id,
		kind: 'kurils',
		via: 'kurils',
		islands: ISLAND_IDS,
		forms: [...KURIL_NAMES.variants],
		ambiguous: []
	}
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

/**
 * Plural forms written out one by one (references.ts lists острова, островов, островах): declined
 * as a feminine "-а" word they would take the singular's case forms too, and "на острове" (on the
 * island) would refer back to every island named so far.
 */
const RUSSIAN_PLURAL = /^(?:острова|островов|островам|островами|островах)$/iu;

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
		out +=
			CYRILLIC_WORD.test(part) && !RUSSIAN_PLURAL.test(part) ? russianWord(part) : letters(part);
	}
	const latin = !/\p{Script=Cyrillic}/u.test(form);
	if (latin && words === 1 && !/s$/i.test(form)) out += 's?';
	return `(?<![\\p{L}\\p{N}])${out}(?![\\p{L}\\p{N}])`;
}

/** An entry of the gazetteer, or one of the phrases of references.ts. */
interface Entry {
	id: string;
	kind: GazetteerEntry['kind'] | 'group' | 'reference' | 'other-dispute' | 'signal';
	via: LinkVia | null;
	islands: readonly IslandId[];
	/** For a reference: what it refers back to. */
	refers?: 'named' | 'islet' | 'last';
	/** A collective term any dispute may use ("disputed islands"). */
	generic?: boolean;
}

interface Compiled {
	entry: Entry;
	sure: RegExp | null;
	unsure: RegExp | null;
}

function compile(forms: string[]): RegExp | null {
	if (forms.length === 0) return null;
	// Longer forms first: the alternation takes the first that matches at a position.
	const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
	return new RegExp(sorted.map(formPattern).join('|'), 'giu');
}

/** A list of words or phrases as one alternation, each matching as a name does (inner pattern only). */
function wordsPattern(list: readonly string[]): string {
	const sorted = [...list].sort((a, b) => b.length - a.length || a.localeCompare(b));
	return `(?:${sorted.map((w) => formPattern(w).replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)|\(\?!\[\\p\{L\}\\p\{N\}\]\)$/g, '')).join('|')})`;
}

const SPACE = '[\\s\\u00a0]+';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A lead, at most `max` modifiers, a noun and (when given) a place phrase. Each part is a fixed word
 * list and the repetition is bounded, so a match is tried in time bounded by the phrase's length.
 */
function phrasePattern(
	leads: readonly string[],
	modifiers: readonly string[],
	max: number,
	nouns: readonly string[],
	places: readonly string[],
	placeRequired: boolean
): RegExp {
	const mods = modifiers.length > 0 ? `(?:${wordsPattern(modifiers)}${SPACE}){0,${max}}` : '';
	const place =
		places.length === 0 ? '' : `(?:${SPACE}${wordsPattern(places)})${placeRequired ? '' : '?'}`;
	return new RegExp(
		`${EDGE_BEFORE}${wordsPattern(leads)}${SPACE}${mods}${wordsPattern(nouns)}${place}${EDGE_AFTER}`,
		'giu'
	);
}

const COMPILED: Compiled[] = [
	...GAZETTEER.map((entry): Compiled => ({
		entry: { ...entry, generic: GENERIC_TERMS.includes(entry.id) },
		sure: compile(entry.forms.filter((f) => !entry.ambiguous.includes(f))),
		unsure: compile(entry.ambiguous)
	})),
	...GROUP_PHRASES.map((g): Compiled => ({
		entry: { id: g.id, kind: 'group', via: 'collective', islands: g.islands },
		sure: phrasePattern(g.leads, g.modifiers, g.maxModifiers, g.nouns, g.places, g.placeRequired),
		unsure: null
	})),
	...REFERENCE_TERMS.map((t): Compiled => ({
		entry: { id: t.id, kind: 'reference', via: 'reference', islands: [], refers: t.refers },
		sure: compile(t.variants),
		unsure: null
	})),
	...REFERENCE_TERMS.filter((t) => t.modifiers && t.nouns).map((t): Compiled => ({
		entry: { id: t.id, kind: 'reference', via: 'reference', islands: [], refers: t.refers },
		sure: phrasePattern(['the'], t.modifiers ?? [], 3, t.nouns ?? [], [], false),
		unsure: null
	})),
	{
		entry: { id: 'other-disputes', kind: 'other-dispute', via: null, islands: [] },
		sure: compile(OTHER_DISPUTES),
		unsure: null
	}
];

/** Words that mark an article about the dispute: read apart, since they may overlap names. */
const SIGNAL = compile(DISPUTE_SIGNALS) as RegExp;

function hasSignal(text: string): boolean {
	SIGNAL.lastIndex = 0;
	return SIGNAL.test(text);
}

interface Candidate {
	start: number;
	end: number;
	entry: Entry;
	ambiguous: boolean;
}

const PLACE_WORD_AFTER =
	/^(?:[\s\u00a0]+|[\s\u00a0]*[-‐-―][\s\u00a0]*)(?:islands?|islets?|isles?|village|town|settlement|bay|остров\p{L}*|посёл\p{L}*|посел\p{L}*)(?![\p{L}])/iu;
const PLACE_WORD_BEFORE =
	/(?:(?:islands?|islets?|isles?|village|town|settlement|port)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?|(?<![\p{L}])(?:остр\p{L}*|о\.|о-в|посёл\p{L}*|посел\p{L}*|пос\.|пгт|сел\p{L}*|с\.|город\p{L}*|г\.)[\s\u00a0]*)$/iu;
const CAPITALISED_AFTER = /^[\s\u00a0]+\p{Lu}/u;
const CAPITALISED_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+[\s\u00a0]+$/u;
/** A verb of speech right after a name makes it a person: "Yuri said". */
const SPEECH_AFTER =
	/^,?[\s\u00a0]+(?:said|says|told|tells|added|asked|wrote|writes|explained|noted|recalled|replied|warned|insisted|argued|stressed|laughed|smiled)(?![\p{L}])/iu;
/** "Hokkaido's Shakotan": a possessive of a place outside the dispute. */
const POSSESSIVE = /^['’]s[\s\u00a0]+$/u;
/** "the islands of Okinawa": a reference followed by whose islands they are is not a reference. */
const OF_NAME = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}/u;
/** "острова Итуруп": a Russian plural followed by a name is part of the name, not a reference. */
const NAME_AFTER = /^[\s\u00a0]+\p{Lu}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words in a sentence that make "the Kurils" the whole chain: "chain", "гряда", "archipelago". */
const CHAIN_WORD = /(?<![\p{L}])(?:chain|archipelago|гряд\p{L}*|архипелаг\p{L}*)(?![\p{L}])/iu;

const LIST_SEPARATOR = /^[\s\u00a0]*(?:,|、|・|and|or|и|или)?[\s\u00a0]*$/iu;
const LATIN = /^[^\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*$/u;

type Verdict = 'yes' | 'no' | 'pending';

/**
 * An ambiguous name counts when an island or settlement word stands beside it ("Yuri Island", "the
 * islets of Yuri", "остров Юрий", "the village of Shana"), or when it sits in a list next to another
 * name of the same island group ("Shibotsu, Yuri and Akiyuri"). Otherwise a capitalised word on either
 * side ("Yury Trutnev", "Mikhail Polonsky"), a verb of speech after it ("Yuri said") or a place
 * outside the dispute owning it ("Hokkaido's Shakotan") makes it something else, and it does not
 * count. Failing all that, a Latin-script name counts if the same text names its island
 * unambiguously, and is left pending (for the article to decide) if not; a Russian one does not,
 * because Зелёный and Сигнальный are everyday adjectives.
 *
 * `prev` and `next` are the neighbouring kept candidates: a list separator can only lie between
 * neighbours, so no other candidate needs looking at (which kept this linear in the number of names).
 */
function corroborated(
	text: string,
	c: Candidate,
	prev: Candidate | undefined,
	next: Candidate | undefined,
	sureIslands: ReadonlySet<IslandId>
): Verdict {
	const before = text.slice(Math.max(0, c.start - 40), c.start);
	const after = text.slice(c.end, c.end + 40);
	// "Hokkaido's Shakotan town": the owner outweighs the place word.
	if (prev && prev.entry.via === null && POSSESSIVE.test(text.slice(prev.end, c.start)))
		return 'no';
	if (PLACE_WORD_AFTER.test(after) || PLACE_WORD_BEFORE.test(before)) return 'yes';
	const listed = (o: Candidate | undefined, between: () => string) =>
		o !== undefined &&
		!o.ambiguous &&
		o.entry.via !== null &&
		o.entry.kind !== 'reference' &&
		o.entry.islands.some((id) => c.entry.islands.includes(id)) &&
		LIST_SEPARATOR.test(between());
	if (
		listed(prev, () => text.slice((prev as Candidate).end, c.start)) ||
		listed(next, () => text.slice(c.end, (next as Candidate).start))
	)
		return 'yes';
	if (CAPITALISED_AFTER.test(after) || CAPITALISED_BEFORE.test(before)) return 'no';
	if (SPEECH_AFTER.test(after)) return 'no';
	if (!LATIN.test(text.slice(c.start, c.end))) return 'no';
	return c.entry.islands.some((id) => sureIslands.has(id)) ? 'yes' : 'pending';
}

/** Every candidate match of one text, longest first where they overlap, in text order. */
function candidatesOf(text: string): Candidate[] {
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
	// Which characters a kept candidate covers: checking a candidate reads only its own characters,
	// where comparing it with every kept one made a text of many names quadratic.
	const covered = new Uint8Array(text.length);
	const taken: Candidate[] = [];
	for (const c of candidates) {
		if (covered.subarray(c.start, c.end).includes(1)) continue;
		covered.fill(1, c.start, c.end);
		taken.push(c);
	}
	return taken.sort((a, b) => a.start - b.start);
}

interface Analysed {
	text: string;
	taken: Candidate[];
	verdicts: Map<Candidate, Verdict>;
}

function analyse(text: string): Analysed {
	const taken = candidatesOf(text);
	const sureIslands = new Set<IslandId>();
	for (const c of taken)
		if (!c.ambiguous && (c.entry.kind === 'place' || c.entry.kind === 'collective'))
			for (const id of c.entry.islands) sureIslands.add(id);
	const verdicts = new Map<Candidate, Verdict>();
	taken.forEach((c, i) => {
		if (c.ambiguous && c.entry.via !== null)
			verdicts.set(c, corroborated(text, c, taken[i - 1], taken[i + 1], sureIslands));
	});
	return { text, taken, verdicts };
}

/** Where sentences end: closing punctuation and white space (or the text's end). */
const SENTENCE_END = /[.!?。！？]["'”’»)\]]*(?=[\s\u00a0]|$)/gu;

function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index + m[0].length);
	ends.push(text.length);
	return ends;
}

/**
 * Island links for each text of one article, in reading order (headline, dek, paragraphs, captions).
 * Each list is in text order, with offsets into its own text.
 */
export function linkArticle(texts: readonly string[]): IslandLink[][] {
	const analysed = texts.map(analyse);
	// Ambiguous places the article corroborates somewhere: "Yuri Island" lets "Yuri" count elsewhere.
	const confirmed = new Set<string>();
	for (const a of analysed)
		for (const c of a.taken)
			if (c.entry.kind === 'place' && (!c.ambiguous || a.verdicts.get(c) === 'yes'))
				confirmed.add(c.entry.id);

	// An article about the dispute: one that claims, a peace treaty or sovereignty, or a group name
	// of the four. Only there may the chain's name mean the disputed islands.
	const aboutDispute = analysed.some(
		(a) =>
			hasSignal(a.text) ||
			a.taken.some((c) => c.entry.kind === 'collective' && DISPUTE_GROUP_TERMS.includes(c.entry.id))
	);
	const named = new Set<IslandId>();
	let lastIslet: IslandId | null = null;
	let lastNamed: IslandId | null = null;
	let topic: 'ours' | 'other' | null = null;
	return analysed.map(({ text, taken, verdicts }) => {
		const kept: { c: Candidate; islands: readonly IslandId[] }[] = [];
		let from = 0;
		let k = 0;
		for (const end of sentenceEnds(text)) {
			if (end <= from) continue;
			const inSentence: Candidate[] = [];
			while (k < taken.length && (taken[k] as Candidate).start < end)
				inSentence.push(taken[k++] as Candidate);
			// The chain's name means the four only in an article about the dispute, in a sentence that
			// does not speak of the chain itself or of its northern islands.
			const chainMeant =
				!aboutDispute ||
				CHAIN_WORD.test(text.slice(from, end)) ||
				inSentence.some(
					(c) =>
						c.entry.kind === 'non-disputed' &&
						(c.entry.id === 'kuril-chain' || c.entry.id === 'northern-kurils')
				);
			from = end;
			const direct = inSentence.filter((c) => {
				if (c.entry.via === null || c.entry.kind === 'reference' || c.entry.generic) return false;
				if (c.entry.kind === 'kurils') return !chainMeant;
				if (!c.ambiguous) return true;
				const v = verdicts.get(c);
				return v === 'yes' || (v === 'pending' && confirmed.has(c.entry.id));
			});
			const other = inSentence.some((c) => c.entry.kind === 'other-dispute');
			const blocked = direct.length === 0 && (other || topic === 'other');
			const generic = blocked ? [] : inSentence.filter((c) => c.entry.generic);
			const here = new Set<IslandId>();
			for (const c of [...direct, ...generic]) for (const id of c.entry.islands) here.add(id);
			for (const c of inSentence) {
				if (direct.includes(c) || generic.includes(c)) {
					kept.push({ c, islands: c.entry.islands });
					if (c.entry.via === 'islet') lastIslet = c.entry.islands[0] ?? lastIslet;
					if (c.entry.kind === 'place') lastNamed = c.entry.islands[0] ?? lastNamed;
				} else if (c.entry.kind === 'other-dispute') {
					// 同島 after Takeshima is Takeshima.
					lastNamed = null;
				} else if (c.entry.kind === 'reference' && !blocked) {
					const after = text.slice(c.end, c.end + 40);
					if (OF_NAME.test(after)) continue;
					if (CYRILLIC.test(c.entry.id === 'the-islands' ? text.slice(c.start, c.end) : '')) {
						if (NAME_AFTER.test(after)) continue;
					}
					const islands =
						c.entry.refers === 'islet'
							? lastIslet
								? [lastIslet]
								: []
							: c.entry.refers === 'last'
								? lastNamed
									? [lastNamed]
									: []
								: ISLAND_IDS.filter((id) => named.has(id) || here.has(id));
					if (islands.length > 0) kept.push({ c, islands });
				}
			}
			for (const id of here) named.add(id);
			if (here.size > 0) topic = 'ours';
			else if (other) topic = 'other';
		}
		return kept
			.sort((a, b) => a.c.start - b.c.start)
			.flatMap(({ c, islands }) =>
				islands.map((island): IslandLink => ({
					island,
					via: c.entry.via as LinkVia,
					place: c.entry.id,
					match: text.slice(c.start, c.end),
					start: c.start,
					end: c.end
				}))
			);
	});
}

/** Every island link in one text on its own, in text order. */
export function findIslandLinks(text: string): IslandLink[] {
	return linkArticle([text])[0] as IslandLink[];
}

/**
 * Island links for every paragraph and caption, linked as one article in reading order: headline and
 * dek first (they give context, their links are not stored), each caption after its paragraph. What
 * ingest.ts stores, and what a page that cleans text in the browser can show.
 */
export function linkCleaned(cleaned: Pick<Cleaned, 'title' | 'dek' | 'paragraphs' | 'captions'>): {
	paragraphLinks: IslandLink[][];
	captionLinks: IslandLink[][];
} {
	const texts: string[] = [cleaned.title];
	if (cleaned.dek !== null) texts.push(cleaned.dek);
	const where: { kind: 'paragraph' | 'caption'; index: number }[] = [];
	const captionsAfter = (p: number) =>
		cleaned.captions.flatMap((c, index) => (c.afterParagraph === p ? [index] : []));
	const pushCaptions = (p: number) => {
		for (const index of captionsAfter(p)) {
			texts.push((cleaned.captions[index] as Cleaned['captions'][number]).text);
			where.push({ kind: 'caption', index });
		}
	};
	pushCaptions(-1);
	cleaned.paragraphs.forEach((t, index) => {
		texts.push(t);
		where.push({ kind: 'paragraph', index });
		pushCaptions(index);
	});
	const links = linkArticle(texts);
	const skip = texts.length - where.length;
	const paragraphLinks: IslandLink[][] = cleaned.paragraphs.map(() => []);
	const captionLinks: IslandLink[][] = cleaned.captions.map(() => []);
	where.forEach((w, i) => {
		(w.kind === 'paragraph' ? paragraphLinks : captionLinks)[w.index] = links[skip + i] ?? [];
	});
	return { paragraphLinks, captionLinks };
}
