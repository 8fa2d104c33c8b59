// The language of an article's text, and the date a page prints, read in the three languages the
// cleaner and the gazetteer know (English, Japanese, Russian). Counting letters is enough here: a
// Japanese article is written in kana and kanji, a Russian one in Cyrillic, and English pages hold
// neither beyond a name or two.

export const ARTICLE_LANGS = ['en', 'ja', 'ru'] as const;
export type ArticleLang = (typeof ARTICLE_LANGS)[number];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language most of the letters are in: Japanese when kana and kanji make up at least a third of
 * them and there is kana among them (kanji alone could be Chinese), Russian when Cyrillic makes up
 * half, English otherwise. Reads at most the first 20,000 characters of each text.
 */
export function detectLang(texts: readonly string[]): ArticleLang {
	let ja = 0;
	let kana = 0;
	let ru = 0;
	let latin = 0;
	for (const text of texts) {
		for (const ch of text.slice(0, 20_000)) {
			if (KANA.test(ch)) {
				kana++;
				ja++;
			} else if (HAN.test(ch)) ja++;
			else if (CYRILLIC.test(ch)) ru++;
			else if (LATIN.test(ch)) latin++;
		}
	}
	const all = ja + ru + latin;
	if (all === 0) return 'en';
	if (kana > 0 && ja * 3 >= all) return 'ja';
	if (ru * 2 >= all) return 'ru';
	return 'en';
}

const EN_MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];
/** Russian month stems, genitive as dates print them ("18 декабря 2019") and nominative. */
const RU_MONTHS = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];

function iso(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > last) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a printed date line gives, as yyyy-mm-dd, or null: "2019年12月18日", "18 декабря 2019",
 * "December 18, 2019", "18 December 2019", "2019-12-18", "2019/12/18" or "18.12.2019", with whatever time, zone
 * or "Updated" around it. A line without a year ("September 23, 2:44") gives null.
 */
export function readDate(text: string): string | null {
	const line = text.slice(0, 200);
	let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(line);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u.exec(line);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	// 18.12.2019: day first, as Russian pages print it.
	m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u.exec(line);
	if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
	m = /(?<!\d)(\d{1,2})[\s\u00a0]+(\p{Script=Cyrillic}+)[\s\u00a0]+(\d{4})(?!\d)/u.exec(line);
	if (m) {
		const word = (m[2] as string).toLowerCase();
		// "ма" is May's stem: only "мая"/"май" are May, not "марта".
		const month = RU_MONTHS.findIndex((stem) =>
			stem === 'ма' ? /^ма[йя]$/u.test(word) : word.startsWith(stem)
		);
		if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
	}
	m =
		/(?<![\p{L}])(\p{L}{3,9})\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\u00a0]+(\d{4})(?!\d)/u.exec(
			line
		);
	const en = (word: string) => EN_MONTHS.indexOf(word.slice(0, 3).toLowerCase());
	if (m && en(m[1] as string) >= 0) return iso(Number(m[3]), en(m[1] as string) + 1, Number(m[2]));
	m = /(?<!\d)(\d{1,2})[\s\u00a0]+(\p{L}{3,9})\.?,?[\s\u00a0]+(\d{4})(?!\d)/u.exec(line);
	if (m && en(m[2] as string) >= 0) return iso(Number(m[3]), en(m[2] as string) + 1, Number(m[1]));
	return null;
}
