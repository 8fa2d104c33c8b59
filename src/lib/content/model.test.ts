import { describe, expect, it } from 'vitest';
import { checkMeta, describeDate, paragraphOffsets } from './model.ts';

const base = { outlet: 'Test Wire', url: 'https://example.com/a' };

describe('dates', () => {
	it('reads as a reader would say them', () => {
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
	});

	it.each([
		[{ value: '2018-03-19', precision: 'day' }, []],
		[{ value: '2018-03', precision: 'month' }, []],
		[{ value: '2018-03-19', precision: 'approximate', latest: '2018-03-20', note: 'why' }, []],
		[
			{ value: '2018-3-19', precision: 'day' },
			['m.json: date.value: must be a real date written yyyy-mm-dd, got "2018-3-19"']
		],
		[
			{ value: '2018-02-29', precision: 'day' },
			['m.json: date.value: must be a real date written yyyy-mm-dd, got "2018-02-29"']
		],
		[
			{ value: '2018-03-19', precision: 'day', latest: '2018-03-20' },
			['m.json: date.latest: is only for precision "approximate"']
		],
		[
			{ value: '2018-03-19', precision: 'approximate' },
			['m.json: date.note: must say how an approximate date was worked out']
		],
		[
			{ value: '2018-03-19', precision: 'approximate', latest: '2018-03-01', note: 'x' },
			['m.json: date.latest: is before value (2018-03-19)']
		],
		[
			{ value: '2018-03-19', precision: 'roughly' },
			['m.json: date.precision: must be one of day, month, approximate, got "roughly"']
		]
	])('checks %j', (date, problems) => {
		expect(checkMeta({ ...base, date }, 'm.json').problems).toEqual(problems);
	});
});

describe('metadata', () => {
	it('needs outlet, url and date, and a slug when stored', () => {
		expect(checkMeta({}, 'm.json').problems).toEqual([
			'm.json: outlet: must be a non-empty string, got nothing',
			'm.json: url: must be a non-empty string, got nothing',
			'm.json: date: must be an object, got nothing'
		]);
		const meta = { ...base, date: { value: '2018', precision: 'approximate', note: 'n' } };
		expect(checkMeta(meta, 'm.json').problems).toEqual([]);
		expect(checkMeta(meta, 'm.json', true).problems).toEqual([
			'm.json: slug: must be a non-empty string, got nothing'
		]);
		expect(checkMeta([], 'm.json').problems).toEqual([
			'm.json: (root): must be an object, got an array'
		]);
	});
});

describe('offsets', () => {
	it('count into title, dek and paragraphs joined by blank lines', () => {
		const paragraphs = [{ text: 'One.' }, { text: 'Two two.' }];
		expect(paragraphOffsets({ title: 'T', dek: 'Dk', paragraphs } as never)).toEqual([7, 13]);
		expect(paragraphOffsets({ title: 'T', dek: null, paragraphs } as never)).toEqual([3, 9]);
	});
});
