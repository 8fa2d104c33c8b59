import { describe, expect, it } from 'vitest';
import { completeMeta, describeDate, paragraphOffsets } from './model.ts';

describe('dates', () => {
	it('read as a reader would say them', () => {
		expect(describeDate({ value: '2018-03-19', precision: 'day' })).toBe('19 March 2018');
		expect(describeDate({ value: '2018-03', precision: 'month' })).toBe('March 2018');
		const approx = { precision: 'approximate', note: 'n' } as const;
		expect(describeDate({ ...approx, value: '2018-03-19', latest: '2018-03-20' })).toBe(
			'about 19–20 March 2018'
		);
		expect(describeDate({ ...approx, value: '2018-03-30', latest: '2018-04-02' })).toBe(
			'about 30 March 2018 – 2 April 2018'
		);
		expect(describeDate({ ...approx, value: '2018-03' })).toBe('about March 2018');
		expect(describeDate({ ...approx, value: '2018', latest: '2019' })).toBe('about 2018 – 2019');
	});

	it('read in the page’s language', () => {
		const approx = { precision: 'approximate', note: 'n' } as const;
		const seed = { ...approx, value: '2018-03-19', latest: '2018-03-20' };
		expect(describeDate(seed, 'ja')).toBe('2018年3月19～20日頃');
		expect(describeDate(seed, 'ru')).toBe('примерно 19–20 марта 2018 г.');
		expect(describeDate(seed, 'en')).toBe('about 19–20 March 2018');
		expect(describeDate({ value: '2018-03', precision: 'month' }, 'ja')).toBe('2018年3月');
		const across = { ...approx, value: '2018-03-30', latest: '2018-04-02' };
		expect(describeDate(across, 'ja')).toBe('2018年3月30日～2018年4月2日頃');
		expect(describeDate(across, 'ru')).toBe('примерно 30 марта 2018 г. — 2 апреля 2018 г.');
	});
});

describe('metadata', () => {
	it('fills the defaults an editor may leave out', () => {
		const date = { value: '2018', precision: 'approximate', note: 'n' } as const;
		expect(completeMeta({ outlet: 'W', url: 'https://x.org/', date }, 'a-b')).toEqual({
			slug: 'a-b',
			outlet: 'W',
			url: 'https://x.org/',
			lang: 'en',
			date,
			topics: [],
			sources: []
		});
	});
});

describe('offsets', () => {
	it('count into title, dek and paragraphs joined by blank lines', () => {
		const paragraphs = [{ text: 'One.' }, { text: 'Two two.' }];
		expect(paragraphOffsets({ title: 'T', dek: 'Dk', paragraphs } as never)).toEqual([7, 13]);
		expect(paragraphOffsets({ title: 'T', dek: null, paragraphs } as never)).toEqual([3, 9]);
	});
});
