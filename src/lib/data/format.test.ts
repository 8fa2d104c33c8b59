import { describe, expect, it } from 'vitest';
import { formatDate, formatDayRange, formatNumber, monthName, parseIsoDate } from './format.ts';
import { TIMELINE } from './timeline.ts';

describe('formatNumber', () => {
	it('groups thousands and keeps at most the decimals asked for', () => {
		expect(formatNumber(3168.987)).toBe('3,168.99');
		expect(formatNumber(0.14159, 1)).toBe('0.1');
		expect(formatNumber(-2.5, 0)).toBe('-3');
		expect(formatNumber(95)).toBe('95');
	});
});

describe('in the page’s language', () => {
	it('writes numbers as each language groups and separates them', () => {
		expect(formatNumber(3168.987, 2, 'en')).toBe('3,168.99');
		expect(formatNumber(3168.987, 2, 'ja')).toBe('3,168.99');
		// A no-break space between the thousands, a comma before the decimals.
		expect(formatNumber(3168.987, 2, 'ru')).toBe('3\u00a0168,99');
		expect(formatNumber(0.14159, 1, 'ru')).toBe('0,1');
	});

	it('writes dates day month year as each language does', () => {
		expect(formatDate('2018-03-19', 'ja')).toBe('2018年3月19日');
		expect(formatDate('2018-03', 'ja')).toBe('2018年3月');
		expect(formatDate('1855', 'ja')).toBe('1855年');
		expect(formatDate('2018-03-19', 'ru')).toBe('19 марта 2018 г.');
		expect(formatDate('1855', 'ru')).toBe('1855');
		expect(monthName(3, 'ru')).toBe('март');
		expect(formatDate('2018-03-19', 'en')).toBe('19 March 2018');
	});

	it('writes days of one month as one date', () => {
		expect(formatDayRange(2018, 3, 19, 20, 'en')).toBe('19–20 March 2018');
		expect(formatDayRange(2018, 3, 19, 20, 'ja')).toBe('2018年3月19～20日');
		expect(formatDayRange(2018, 3, 19, 20, 'ru')).toBe('19–20 марта 2018 г.');
	});

	it('keeps one formatter per language, whichever language asked first', () => {
		// The caches are keyed by language: a Russian call between two English ones changes nothing.
		const en = formatNumber(1234.5, 1, 'en');
		expect(formatNumber(1234.5, 1, 'ru')).not.toBe(en);
		expect(formatNumber(1234.5, 1, 'en')).toBe(en);
		expect(formatDate('2018-03', 'en')).toBe('March 2018');
		expect(formatDate('2018-03', 'ru')).toBe('март 2018 г.');
		expect(formatDate('2018-03', 'en')).toBe('March 2018');
	});
});

describe('dates', () => {
	it('read as a reader would say them', () => {
		expect(formatDate('1855-02-07')).toBe('7 February 1855');
		expect(formatDate('1945-08')).toBe('August 1945');
		expect(formatDate('2022')).toBe('2022');
		expect(monthName(12)).toBe('December');
		expect(() => monthName(13)).toThrow(RangeError);
		expect(() => formatDate('1855-02-30')).toThrow('1855-02-30');
	});

	it('name every month, and write every date of the timeline day month year', () => {
		expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1)).join(' ')).toBe(
			'January February March April May June July August September October November December'
		);
		expect(formatDate('1945-09-02')).toBe('2 September 1945');
		expect(formatDate('0099-12-31')).toBe('31 December 99');
		for (const { date } of TIMELINE)
			expect(formatDate(date)).toMatch(/^(?:(?:\d{1,2} )?[A-Z][a-z]+ )?\d{4}$/);
	});

	it('parse only dates that exist', () => {
		expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
		expect(parseIsoDate('1945-08')).toEqual({ year: 1945, month: 8 });
		for (const bad of ['2023-02-29', '1945-13', '1945-00', '1945-04-31', '1945-8-1', ''])
			expect(parseIsoDate(bad), bad).toBeNull();
	});
});
