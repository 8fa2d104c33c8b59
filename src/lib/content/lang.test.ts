import { describe, expect, it } from 'vitest';
import { detectLang, readDate } from './lang.ts';

describe('the language of an article', () => {
	it('tells Japanese, Russian and English apart by their letters', () => {
		expect(detectLang(['北方領土の元島民らが参加する墓参りについて、政府は見送りました。'])).toBe(
			'ja'
		);
		expect(detectLang(['Японская сторона претендует на острова Итуруп и Кунашир.'])).toBe('ru');
		expect(detectLang(['Japan claims Iturup, which it calls Etorofu (択捉島).'])).toBe('en');
		expect(detectLang(['Russia calls them Южные Курилы, a name used in Moscow.'])).toBe('en');
		// Kanji without kana could be Chinese: not taken for Japanese.
		expect(detectLang(['钓鱼岛及其附属岛屿'])).toBe('en');
		expect(detectLang([''])).toBe('en');
	});
});

describe('a printed date', () => {
	it.each([
		['2019年12月18日 19:30', '2019-12-18'],
		['2023年8月20日 18時12分', '2023-08-20'],
		['18 декабря 2019, 10:05', '2019-12-18'],
		['Обновлено 3 мая 2022, 14:20', '2022-05-03'],
		['3 марта 2022, 14:20', '2022-03-03'],
		['Wednesday 1 December 2021 12:03 GMT', '2021-12-01'],
		['June 3, 2024 at 17:30 JST', '2024-06-03'],
		['Aug. 8, 2023', '2023-08-08'],
		['2018/03/19', '2018-03-19'],
		['18.12.2019 10:05', '2019-12-18']
	])('reads %s', (line, iso) => {
		expect(readDate(line)).toBe(iso);
	});

	it('gives nothing for a line without a year or a day that does not exist', () => {
		expect(readDate('September 23, 2:44 UTC+3 TOKYO')).toBeNull();
		expect(readDate('2019年2月30日')).toBeNull();
		expect(readDate('Politics')).toBeNull();
	});
});
