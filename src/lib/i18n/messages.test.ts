// The completeness check ("nothing goes missing", README.md, Languages), inside `npm test`: first its logic on
// small made-up files, then the real messages/{en,ja,ru}.json. `npm run check:messages` prints the
// same problems as a report (scripts/i18n/check.ts).
import { describe, expect, it } from 'vitest';
import { proseMessages } from '../../../scripts/i18n/extract.ts';
import { readMessageFiles } from '../../../scripts/i18n/check.ts';
import {
	checkMessages,
	formatReport,
	placeholdersOf,
	pluralCategories,
	type Problem,
	type ProblemKind,
	type SameInAll
} from './completeness.ts';
import { SAME_IN_ALL } from './same-in-all.ts';

const plural = (match: Record<string, string>) => [
	{
		declarations: ['input count', 'local countPlural = count: plural'],
		selectors: ['countPlural'],
		match
	}
];

const EN = {
	$schema: 'https://inlang.com/schema/inlang-message-format',
	hello: 'Hello, {name}',
	islands: plural({ 'countPlural=one': '{count} island', 'countPlural=other': '{count} islands' }),
	brand: 'OpenStreetMap'
};
const JA = {
	hello: 'こんにちは、{name}さん',
	islands: plural({ 'countPlural=other': '{count}島' }),
	brand: 'OpenStreetMap'
};
const RU = {
	hello: 'Здравствуйте, {name}',
	islands: plural({
		'countPlural=one': '{count} остров',
		'countPlural=few': '{count} острова',
		'countPlural=many': '{count} островов',
		'countPlural=other': '{count} острова'
	}),
	brand: 'OpenStreetMap'
};
const REVIEWED: SameInAll[] = [{ en: 'OpenStreetMap', reason: 'a brand' }];

const check = (ja: object, ru: object = RU, sameInAll: SameInAll[] = REVIEWED): Problem[] =>
	checkMessages({ files: { en: EN, ja: { ...ja }, ru: { ...ru } }, base: 'en', sameInAll });
const kinds = (problems: Problem[]) => problems.map((p) => `${p.kind} ${p.locale} ${p.key}`);

describe('the completeness check', () => {
	it('passes complete translations of the same shape', () => {
		expect(check(JA)).toEqual([]);
		expect(formatReport([])).toMatch(/complete/);
	});

	it('knows the plural forms each language needs', () => {
		expect(pluralCategories('en')).toEqual(['one', 'other']);
		expect(pluralCategories('ja')).toEqual(['other']);
		expect(pluralCategories('ru')).toEqual(['few', 'many', 'one', 'other']);
	});

	it('reads placeholders, markup and escaped braces', () => {
		expect([...placeholdersOf('{a} and {b}, \\{not} {#b}x{/b}')]).toEqual(['a', 'b', '#b', '/b']);
	});

	it('fails on a missing key and an extra one, naming them', () => {
		const { hello: _, ...rest } = JA;
		const problems = check({ ...rest, stray: 'x' });
		expect(kinds(problems)).toEqual(['missing ja hello', 'extra ja stray']);
		expect(formatReport(problems)).toMatch(/ja \(1\):\n {4}hello: "Hello, \{name\}"/);
	});

	it('fails when placeholders differ', () => {
		expect(kinds(check({ ...JA, hello: 'こんにちは、{nom}さん' }))).toEqual([
			'placeholders ja hello'
		]);
		expect(kinds(check({ ...JA, hello: 'こんにちは' }))).toEqual(['placeholders ja hello']);
	});

	it('fails when the declared inputs or the selectors differ', () => {
		const islands = plural({ 'countPlural=other': '{count}島' });
		islands[0]!.declarations = ['input n', 'local countPlural = n: plural'];
		const problems = check({ ...JA, islands });
		// The pattern still says {count}: the declarations alone are wrong.
		expect(problems.map((p) => p.kind)).toEqual<ProblemKind[]>(['inputs', 'shape']);
		expect(kinds(check({ ...JA, hello: plural({ 'countPlural=other': '{name}' }) }))).toEqual(
			expect.arrayContaining(['shape ja hello'])
		);
		expect(kinds(check({ ...JA, islands: '{count}島' }))).toEqual(['shape ja islands']);
	});

	it('fails when a language lacks a plural form it needs, or has one it never selects', () => {
		const ruTwo = {
			...RU,
			islands: plural({
				'countPlural=one': '{count} остров',
				'countPlural=other': '{count} острова'
			})
		};
		const problems = check(JA, ruTwo);
		expect(kinds(problems)).toEqual(['plural ru islands']);
		expect(problems[0]?.detail).toMatch(/lacks few, many/);
		const jaOne = plural({ 'countPlural=one': '{count}島', 'countPlural=other': '{count}島' });
		expect(kinds(check({ ...JA, islands: jaOne }))).toEqual(['plural ja islands']);
		// A catch-all stands for `other`.
		expect(check({ ...JA, islands: plural({ 'countPlural=*': '{count}島' }) })).toEqual([]);
	});

	it('fails on a translation identical to English, unless the reviewed list has it', () => {
		expect(kinds(check({ ...JA, hello: 'Hello, {name}' }))).toEqual(['same-as-english ja hello']);
		expect(kinds(check(JA, RU, []))).toEqual([
			'same-as-english ja brand',
			'same-as-english ru brand'
		]);
		expect(check(JA, RU, [{ key: 'brand', reason: 'a brand' }])).toEqual([]);
		expect(kinds(check(JA, RU, [...REVIEWED, { key: 'hello', reason: ' ' }]))).toEqual([
			'same-in-all en hello'
		]);
	});

	it('fails when messages/en.json’s prose differs from the data, advising `npm run messages`', () => {
		const en = { ...EN, prose_facts_a: 'Old text', prose_facts_b: 'Gone' };
		const files = { en, ja: { ...JA }, ru: { ...RU } };
		const prose = new Map([
			['prose_facts_a', 'New text'],
			['prose_facts_c', 'Added']
		]);
		const problems = checkMessages({ files, base: 'en', sameInAll: REVIEWED, prose }).filter(
			(p) => p.kind === 'prose'
		);
		expect(problems.map((p) => p.key)).toEqual(['prose_facts_a', 'prose_facts_c', 'prose_facts_b']);
		expect(formatReport(problems)).toContain('npm run messages');
	});
});

describe('messages/{en,ja,ru}.json', () => {
	const { base, files } = readMessageFiles();
	const problems = checkMessages({ files, base, sameInAll: SAME_IN_ALL, prose: proseMessages() });
	const of = (...k: ProblemKind[]) => problems.filter((p) => k.includes(p.kind));

	it('hold the English of every data prose text, as `npm run messages` writes it', () => {
		const found = of('prose');
		expect(found.length, formatReport(found)).toBe(0);
	});

	it('have the same placeholders, inputs and plural forms in every language, and nothing extra', () => {
		const found = of(
			'malformed',
			'extra',
			'shape',
			'placeholders',
			'inputs',
			'plural',
			'same-in-all'
		);
		expect(found.length, formatReport(found)).toBe(0);
	});

	it('translate every message into Japanese and Russian', () => {
		const found = of('missing', 'same-as-english');
		expect(found.length, formatReport(found)).toBe(0);
	});
});
