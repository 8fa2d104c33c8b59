import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle, checkMeta } from './schema.ts';

describe('meta.json', () => {
	const base = { outlet: 'Test Wire', url: 'https://example.com/a' };

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
			{
				value: '2018-03-19',
				precision: 'approximate',
				note: 'why',
				noteIn: { ja: 'なぜ', ru: 'почему' }
			},
			[]
		],
		[{ value: '2018-03-19', precision: 'day', note: 'why', noteIn: { ru: 'почему' } }, []],
		[
			{ value: '2018-03-19', precision: 'day', noteIn: { ja: 'なぜ' } },
			['m.json: date.noteIn: translates a note: write the English note too']
		],
		[
			{ value: '2018-03-19', precision: 'approximate', note: 'why', noteIn: { de: 'warum' } },
			['m.json: date.noteIn.de: unknown field']
		],
		[
			{ value: '2018-03-19', precision: 'roughly' },
			['m.json: date.precision: must be one of day, month, approximate, got "roughly"']
		]
	])('checks the date %j', (date, problems) => {
		expect(checkMeta({ ...base, date }, 'm.json').problems).toEqual(problems);
	});

	it('needs outlet, url and date, and a slug when stored', () => {
		expect(checkMeta({}, 'm.json').problems).toEqual([
			'm.json: outlet: is missing',
			'm.json: url: is missing',
			'm.json: date: is missing'
		]);
		const meta = { ...base, date: { value: '2018', precision: 'approximate', note: 'n' } };
		expect(checkMeta(meta, 'm.json')).toEqual({ meta, problems: [] });
		expect(checkMeta(meta, 'm.json', true).problems).toEqual(['m.json: slug: is missing']);
		expect(checkMeta([], 'm.json').problems).toEqual([
			'm.json: (root): must be an object, got an array'
		]);
	});

	it('names every problem of a bad file with its JSON path', () => {
		const bad: unknown = JSON.parse(
			readFileSync(
				new URL('../../../tests/fixtures/articles/meta-bad.json', import.meta.url),
				'utf8'
			)
		);
		expect(checkMeta(bad, 'meta-bad.json').problems).toEqual([
			'meta-bad.json: slug: must be lower-case words joined by hyphens, at most 80 characters',
			'meta-bad.json: outlet: must be a non-empty string, got ""',
			'meta-bad.json: url: must be http(s) and parse as a URL, got "ftp://example.com/x"',
			'meta-bad.json: date.value: must be a real date written yyyy, yyyy-mm or yyyy-mm-dd, got "2018-02-30"',
			'meta-bad.json: date.note: must say how an approximate date was worked out',
			'meta-bad.json: topics[0]: "Joint Activities" must be a kebab-case id ("joint-economic-activities")',
			'meta-bad.json: sources[0]: unknown source id "S999" (not in src/lib/data/sources.ts)',
			'meta-bad.json: titel: unknown field'
		]);
	});
});

describe('article.json', () => {
	it('refuses a file that is not an object, naming the file', () => {
		expect(checkArticle('text', 'a/article.json')).toEqual([
			'a/article.json: (root): must be an object, got "text"'
		]);
	});
});
