// How numbers and dates read to a reader, on the pages and on the preview cards: fixed English
// with British conventions ("19 March 2018", "3,168.99"), so a prerendered page, the browser and
// the card script print the same thing whatever the machine's locale. Intl does the wording (a
// locale other than en-GB is one argument away), in UTC so no time zone moves a day.

const LOCALE = 'en-GB';

// toLocaleString builds a new Intl.NumberFormat on every call, and the first build is costly
// (25–30 ms measured during a page's hydration); one formatter per precision, made once, is not.
const NUMBER = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maxFractionDigits = 2): string {
	let format = NUMBER.get(maxFractionDigits);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxFractionDigits });
		NUMBER.set(maxFractionDigits, format);
	}
	return format.format(value);
}
const DAY = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const MONTH_YEAR = new Intl.DateTimeFormat(LOCALE, {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });

/** Midnight UTC of a day; setUTCFullYear, unlike Date.UTC, leaves the years 0–99 as they are. */
function utcDay(year: number, month = 1, day = 1): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

/** 1 → "January"; throws outside 1–12 so a bad date cannot print "undefined". */
export function monthName(month: number): string {
	if (!Number.isInteger(month) || month < 1 || month > 12)
		throw new RangeError(`No month ${month}`);
	return MONTH.format(utcDay(2000, month));
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

/** "19 March 2018", "March 2018" or "1855", from yyyy-mm-dd, yyyy-mm or yyyy. */
export function formatDate(value: string): string {
	const parts = parseIsoDate(value);
	if (!parts) throw new RangeError(`Not a date written yyyy, yyyy-mm or yyyy-mm-dd: "${value}"`);
	const { year, month, day } = parts;
	if (month === undefined) return String(year);
	return (day === undefined ? MONTH_YEAR : DAY).format(utcDay(year, month, day));
}
