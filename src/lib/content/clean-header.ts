// The header of a copied page, for the article cleaner (clean.ts): the lines before the first
// paragraph. Date and time stamps (in English, Japanese and Russian: "September 23, 2:44 UTC+3 TOKYO",
// "2019年12月18日 19:30", "18 декабря 2019, 10:05") and bylines ("By ...", or a name beside a stamp)
// are set aside; the headline is then the first header line that is not a label (navigation, a
// section, a breadcrumb, a masthead), whatever comes before it, and the dek the line after it when it
// reads as a summary; the label right above the headline is its section. Only when every header line
// is a label does the older reading from the end, in cleanArticle, decide. Why each header line was
// taken, or not, is recorded as a HeadingNote.
//
// A masthead (the publication's own name above the headline) is not a headline: it is the outlet of
// the metadata, a known outlet name, or a short title-case line the page repeats (in a copyright line,
// say); it is removed as `masthead`.
//
// The stamp and byline patterns keep the rule stated in clean-rules.ts: each reads a line in time
// proportional to its length, as a pasted page may hold lines of any length and shape.

import { IngestError } from './errors.ts';
import { endsSentence, words, type Line } from './clean-rules.ts';

/** Why a line of the header was taken as the headline, the dek, a label, or left out. */
export interface HeadingNote {
	/** 1-based line number in the input. */
	line: number;
	role: 'title' | 'dek' | 'section' | 'byline' | 'printedDate' | 'masthead' | 'left';
	text: string;
	reason: string;
}

/** "By Jane Holloway", "by Kanako Takahara", «Автор: Ирина Смирнова». */
export const BYLINE =
	/^(?:By|by|BY|(?:Автор|Текст)[:：])[\s\u00a0]+\p{Lu}[\p{L}.'’/-]*(?:[\s\u00a0]+[\p{L}.'’/-]+){0,3}(?:[\s\u00a0]*(?:,|and|&|in|—|-).{0,80})?$/u;
export const PRINTED_DATE =
	/^(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|JST|GMT|UTC|BST|EST|EDT|MSK))?)?\.?$/i;

/** A month's name or abbreviation, whole: "Mar.", "March", «марта»; never "Markets" or «маяк». */
const MONTH_WORD =
	/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|март[ае]?|ма[йяе]|август[ае]?)$/iu;
const STAMP_WORD =
	/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|published|updated|posted|last|at|on|am|pm|a\.m\.|p\.m\.|utc(?:[+-]\d{1,2})?|gmt(?:[+-]\d{1,2})?|jst|msk|bst|cet|est|edt|обновлено|опубликовано|обновлен|в|мск|г\.|года?|更新|最終更新|更新日|配信|配信日|公開|公開日|投稿日|hours?|hrs?|mins?|minutes?|days?|час(?:а|ов)?|минут[уы]?|дн(?:я|ей))$/iu;
/** "3 hours ago", "2 часа назад", "3時間前", "today", "вчера": a stamp without a date. */
const RELATIVE =
	/^(?:ago|назад|today|yesterday|сегодня|вчера|\d{1,2}(?:時間|分|日)前|今日|昨日)$/iu;
/** Japanese date and time: 2019年12月18日, 18時12分, 2019/12/18 (the weekday in brackets may follow). */
const CJK_STAMP =
	/^(?:\d{4}年|(?:令和|平成|昭和)(?:\d{1,2}|元)年)?\d{1,2}月\d{1,2}日(?:[（(][月火水木金土日][）)])?$|^\d{1,2}時\d{1,2}分$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}\.\d{1,2}\.\d{4}$|^\d{1,2}\/\d{1,2}$/u;

/**
 * A date or time stamp line, in any of the three languages: every word a day, month, year, time,
 * zone or word such as "Updated", with at most one upper-case place ("September 23, 2:44 UTC+3
 * TOKYO", "Обновлено 18 декабря 2019, 11:30", "2019年12月18日 19:30", "Aug. 8, 2023"), and a month,
 * a Japanese date or a time among them.
 */
export function isTimestamp(text: string): boolean {
	if (text.length > 80) return false;
	// A word's colon goes ("обновлено:"), and a time may have "updated" glued on ("16:40更新").
	const parts = text
		.split(/[\s\u00a0,|·•（）()]+/u)
		.map((p) => p.replace(/[:：]$/u, '').replace(/^(\d{1,2}:\d{2})(?:更新|配信|公開)$/u, '$1'))
		.map((p) => p.replace(/^(?:最終更新|更新|配信)[:：]/u, ''))
		.filter(Boolean);
	let dated = false;
	let places = 0;
	for (const p of parts) {
		if (MONTH_WORD.test(p) || CJK_STAMP.test(p) || RELATIVE.test(p)) dated = true;
		else if (/^\d{1,2}[:.]\d{2}(?::\d{2})?$/u.test(p) && p.includes(':')) dated = true;
		else if (/^\d{1,2}\.\d{2}$/u.test(p) && dated) continue;
		// The weekday in brackets after a Japanese date, split off with the brackets: "(火)".
		else if (/^[月火水木金土日]$/u.test(p) && dated) continue;
		else if (/^\d{1,4}(?:st|nd|rd|th|\.)?$/iu.test(p) || STAMP_WORD.test(p)) continue;
		else if (/^\p{Lu}{2,}$/u.test(p) && places++ === 0) continue;
		else return false;
	}
	return dated;
}

/**
 * Two or three capitalised words, and at most where or with whom: a name ("Jane Holloway",
 * "Alexandra Smith in Tokyo").
 */
export function isNameLine(text: string): boolean {
	// A name part may have a second capital: "McCurry", "DeLuca".
	return /^\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?){1,2}(?:[\s\u00a0](?:in|and|from|в|и)[\s\u00a0]\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+){0,2})?$/u.test(
		text
	);
}

/**
 * Names of news outlets a copied page may start with, above the headline. The metadata's outlet is
 * tried first; this list catches a page copied without it.
 */
const KNOWN_OUTLETS = [
	'Asahi Shimbun',
	'Associated Press',
	'BBC News',
	'Daily Manila Shimbun',
	'Hokkaido Shimbun',
	'Japan News',
	'Japan Times',
	'Japan Today',
	'Jiji Press',
	'Kommersant',
	'Kyodo News',
	'Mainichi',
	'Mainichi Shimbun',
	'Moscow Times',
	'NHK World',
	'NHK World-Japan',
	'Nikkei Asia',
	'Nikkei Asian Review',
	'Reuters',
	'RIA Novosti',
	'South China Morning Post',
	'TASS',
	'The Diplomat',
	'Yomiuri Shimbun',
	// As the Japanese and Russian sites write their own names above the headline.
	'朝日新聞デジタル',
	'北海道新聞デジタル',
	'読売新聞オンライン',
	'毎日新聞',
	'日本経済新聞',
	'NHKニュース',
	'共同通信',
	'時事ドットコム',
	'産経ニュース',
	'ТАСС',
	'РИА Новости',
	'Коммерсантъ',
	'Интерфакс',
	'Известия',
	'Российская газета',
	'Sakhalin.info'
];

/** Lower case, without a leading "The", punctuation or spacing: "The Japan Times." → "japan times". */
function outletKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');
}

const MASTHEAD_WORDS = 6;
/** Every word capitalised (a name), small joining words aside. */
const TITLE_CASE_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*|of|the|and|и|в|на|&|-|–|—|\|)$/u;

/**
 * Whether a header line is the publication's name: the metadata's outlet, a known outlet, or a
 * short title-case line that the rest of the page repeats (as its own line, or inside a removed or
 * credit line: "© The Daily Manila Shimbun").
 */
export function mastheadTest(lines: Line[], outlet: string | undefined): (text: string) => boolean {
	const known = new Set(KNOWN_OUTLETS.map(outletKey));
	if (outlet !== undefined && outletKey(outlet) !== '') known.add(outletKey(outlet));
	let elsewhere: string | null = null;
	return (text) => {
		if (words(text) > MASTHEAD_WORDS || endsSentence(text)) return false;
		const key = outletKey(text);
		if (key === '') return false;
		if (known.has(key)) return true;
		if (!text.split(/[\s\u00a0]+/u).every((w) => TITLE_CASE_WORD.test(w))) return false;
		// Built once, on the first line that could be a masthead: every line's key, space-padded.
		elsewhere ??= ` ${lines.map((l) => outletKey(l.text)).join('  ')} `;
		const first = elsewhere.indexOf(` ${key} `);
		return first >= 0 && elsewhere.indexOf(` ${key} `, first + 1) >= 0;
	};
}

const CJK_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function cjkCount(text: string): number {
	CJK_LETTERS.lastIndex = 0;
	let n = 0;
	while (CJK_LETTERS.exec(text) !== null) n++;
	return n;
}

const PRINT_EDITION =
	/^(?:Газета|Журнал)[\s\u00a0]+«[^»]{1,40}»[\s\u00a0]+№[\s\u00a0]?\d{1,5}|^(?:print edition|in print)\b/iu;

/**
 * A label rather than a headline: at most five words with no closing punctuation, either at most
 * three (a short Japanese label counts as one) or every word capitalised ("Russian Politics &
 * Diplomacy"): navigation, a section, a kicker.
 */
function isLabelShaped(text: string): boolean {
	// A print edition's reference: «Газета «Коммерсантъ» №160 от 04.09.2024, стр. 6».
	if (PRINT_EDITION.test(text)) return true;
	const n = words(text);
	// A breadcrumb trail: "Home > World > Asia", "トップ > 政治", "Главная › Политика".
	if (/[\s\u00a0][>›»/|][\s\u00a0]/u.test(text) && !/[.!?。！？]$/u.test(text)) return true;
	if (n > 5 || /[.!?:;,…。！？]$/u.test(text)) return false;
	if (cjkCount(text) >= 8) return false;
	return n <= 3 || text.split(/[\s\u00a0]+/u).every((w) => TITLE_CASE_WORD.test(w));
}

/** A dek reads as a summary: a phrase or sentence of three words or more (ten Japanese letters). */
function isSummaryShaped(text: string): boolean {
	return !isLabelShaped(text) && (words(text) >= 3 || cjkCount(text) >= 10);
}

/**
 * The headline is the first header line that is not a label (masthead, section, navigation, dates
 * and bylines are set aside before): what comes before it, however much, is the page's furniture,
 * and a sub-headline or prompt after it is not taken for it. The dek is the next line if it reads as
 * a summary. Null when every header line is label-shaped (the older rules decide then).
 */
export function pickHeading(
	lines: Line[],
	header: number[],
	note: (i: number, role: HeadingNote['role'], reason: string) => void
): { title: number; dek: number; section: number } | null {
	let at = header.findIndex((i) => !isLabelShaped((lines[i] as Line).text));
	if (at < 0) return null;
	// The page's own title, the headline with the site's name after it ("... - BBC News",
	// "...：北海道新聞デジタル"), when the headline itself follows: the headline is that line.
	const bare = header.findIndex(
		(i, k) => k > at && isTitleOf((lines[i] as Line).text, lines, header[at] as number)
	);
	const pageTitle = bare > at ? (header[at] as number) : -1;
	if (pageTitle >= 0) at = bare;
	const title = header[at] as number;
	const above = header.slice(0, at);
	note(
		title,
		'title',
		above.length === 0
			? 'the first header line'
			: `the first header line that is not a label (${above.length} label line${above.length === 1 ? '' : 's'} above it)`
	);
	let dek = -1;
	const next = header[at + 1];
	if (next !== undefined && isSummaryShaped((lines[next] as Line).text)) {
		dek = next;
		note(next, 'dek', 'the line after the headline, which reads as a summary');
	}
	let section = -1;
	const s = above.at(-1);
	if (s !== undefined && isLabel((lines[s] as Line).text)) {
		section = s;
		note(s, 'section', 'the label right above the headline');
	}
	for (const i of header)
		if (i !== title && i !== dek && i !== section)
			note(
				i,
				'left',
				i === pageTitle
					? "the page's title: the headline and the site's name"
					: i < title
						? 'a label above the headline (navigation or kicker)'
						: 'a header line after the dek'
			);
	return { title, dek, section };
}

/** What may join a headline to the site's name in a page's title: " - ", " | ", " — ", "：". */
const TITLE_JOIN = /^(?:[\s\u00a0]+[-–—|｜:][\s\u00a0]+|[\s\u00a0]*[：｜|][\s\u00a0]*)\S/u;

/** Whether `text` is the headline that the line `page` repeats with the site's name after it. */
function isTitleOf(text: string, lines: Line[], page: number): boolean {
	const full = (lines[page] as Line).text;
	return (
		text.length >= 10 &&
		full.length > text.length &&
		full.startsWith(text) &&
		TITLE_JOIN.test(full.slice(text.length))
	);
}

/** A section label: a few words with no closing punctuation ("International relations"). */
export function isLabel(text: string, maxWords = 5): boolean {
	return words(text) <= maxWords && !/[.!?:;,…]$/.test(text);
}

export function findLine(
	lines: Line[],
	wanted: string,
	field: 'title' | 'dek',
	from: number
): number {
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
