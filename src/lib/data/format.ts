// How numbers and dates read to a reader, on the pages and on the preview cards: through Intl in the
// page's language ("19 March 2018", "2018年3月19日", "19 марта 2018 г."; "3,168.99", "3 168,99"),
// with British conventions in English, so a prerendered page, the browser and the card script print
// the same thing whatever the machine's locale. Dates are read in UTC so no time zone moves a day.
// Each function takes the language as its last argument, the page's own when left out.

import { getLocale, intlLocale, type Locale } from '#lib/i18n/locale.ts';

// toLocaleString builds a new Intl.NumberFormat on every call, and the first build is costly
// (25–30 ms measured during a page's hydration); one formatter per language and precision (or
// date style), made on first use, is not.
const NUMBER = new Map<string, Intl.NumberFormat>();
const DATE = new Map<string, Intl.DateTimeFormat>();

function once<T>(cache: Map<string, T>, key: string, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		value = make();
		cache.set(key, value);
	}
	return value;
}

export function formatNumber(
	value: number,
	maxFractionDigits = 2,
	locale: Locale = getLocale()
): string {
	return once(
		NUMBER,
		`${locale} ${maxFractionDigits}`,
		() => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxFractionDigits })
	).format(value);
}

const DATE_STYLES = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' },
	monthName: { month: 'long' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormat(style: keyof typeof DATE_STYLES, locale: Locale): Intl.DateTimeFormat {
	return once(
		DATE,
		`${locale} ${style}`,
		() => new Intl.DateTimeFormat(intlLocale(locale), { ...DATE_STYLES[style], timeZone: 'UTC' })
	);
}

/** Midnight UTC of a day; setUTCFullYear, unlike Date.UTC, leaves the years 0–99 as they are. */
function utcDay(year: number, month = 1, day = 1): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

/** 1 → "January", "3月", "март"; throws outside 1–12 so a bad date cannot print "undefined". */
export function monthName(month: number, locale: Locale = getLocale()): string {
	if (!Number.isInteger(month) || month < 1 || month > 12)
		throw new RangeError(`No month ${month}`);
	return dateFormat('monthName', locale).format(utcDay(2000, month));
}

export interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

/**
 * Reads yyyy, yyyy-mm or yyyy-mm-dd; null unless the month and day exist (no 30 February). The
 * schemas (check.ts) use this for every date in the data, so anything that passed them parses here.
 */
export function parseIsoDate(value: string): DateParts | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth ? { year, month, day } : null;
}

/**
 * "19 March 2018", "March 2018" or "1855" from yyyy-mm-dd, yyyy-mm or yyyy; "2018年3月19日",
 * "2018年3月", "1855年" on Japanese pages, "19 марта 2018 г.", "март 2018 г.", "1855 г." on Russian.
 */
export function formatDate(value: string, locale: Locale = getLocale()): string {
	const parts = parseIsoDate(value);
	if (!parts) throw new RangeError(`Not a date written yyyy, yyyy-mm or yyyy-mm-dd: "${value}"`);
	const { year, month, day } = parts;
	const style = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
	return dateFormat(style, locale).format(utcDay(year, month, day));
}

/**
 * Days `from` to `to` of one month, as one date: "19–20 March 2018", "2018年3月19～20日",
 * "19–20 марта 2018 г.". The language's own date with its day written as the language writes a
 * range of numbers; Intl's formatRange for dates would do it in one call, but its output differs
 * between engines (ICU 78 writes "2018/03/19～2018/03/20" in Japanese).
 */
export function formatDayRange(
	year: number,
	month: number,
	from: number,
	to: number,
	locale: Locale = getLocale()
): string {
	const days = once(
		NUMBER,
		`${locale} days`,
		() => new Intl.NumberFormat(intlLocale(locale), { useGrouping: false })
	).formatRange(from, to);
	// formatToParts keeps the narrow no-break space ICU puts before "г.", which V8's format() turns
	// into a plain space; read alike, the two functions print alike.
	return dateFormat('day', locale)
		.formatToParts(utcDay(year, month, from))
		.map((part) => (part.type === 'day' ? days : part.value.replaceAll('\u202f', ' ')))
		.join('');
}
