// Nothing vanishes: every non-blank line of the input is in the cleaned article (headline, dek,
// section, byline, printed date, a paragraph and its credit, a caption and its credit) or in
// `removed` with its rule and its text. Checked on the cases that lost text before (a wire service's
// name after the last sentence, a copy cut off mid-word, a masthead taken for the headline) and, as a
// property, on generated pages and on the real inputs in the repository, whole and mangled.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle, splitLines } from './clean.ts';
import type { Cleaned, CleanHints } from './clean.ts';
import { IngestError } from './errors.ts';
import { SEED_RAW } from '../../../tests/fixtures/seed.ts';
import { CAPTURES, captureText } from '../../../tests/fixtures/world/captures.ts';

const page = (...lines: string[]) => lines.join('\n\n');

const HEAD = [
	'Japan-Russia',
	'Former islanders visit Habomai islet',
	'The first trip in four years'
];
const BODY = [
	'NEMURO, Hokkaido -- Former residents of the Habomai islets landed on Yuri Island on Tuesday, officials said.',
	'The visit was arranged after months of talks with Moscow, the Foreign Ministry said.',
	'Russia has controlled the islands since 1945, and Japan claims the group of islets.'
];

const BODY_JA = [
	'北方領土の元島民らが参加する墓参りについて、政府は今年も実施が見送られたことを明らかにしました。',
	'男性は終戦時、同島の古釜布で暮らしていて、家族とともに根室に引き揚げました。'
];
const BODY_RU = [
	'Японская сторона претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи.',
	'Позиция Москвы состоит в том, что Южные Курилы вошли в состав СССР по итогам войны.'
];

/** Every word of the input, each once: what kept and removed text must add up to. */
function words(text: string): string[] {
	return text.split(/\s+/u).filter(Boolean).sort();
}

function inputWords(text: string): string[] {
	return words(
		splitLines(text)
			.filter((l) => l.trim() !== '')
			.join('\n')
	);
}

/**
 * An appeal glued to the start of a paragraph is removed on its own ("Your support makes all the
 * difference.") and the paragraph kept: the pair is its line again, glued as it was.
 */
function outputWords(c: Cleaned, lines: string[]): string[] {
	const paragraphs = [...c.paragraphs];
	const parts = [c.title, c.dek, c.section, c.byline, c.printedDate];
	for (const r of c.removed) {
		const line = lines[r.line - 1]?.trim() ?? '';
		const rest = line.slice(r.text.length).trim();
		const p = r.text !== line && line.startsWith(r.text) ? paragraphs.indexOf(rest) : -1;
		if (p >= 0) paragraphs.splice(p, 1);
		parts.push(p >= 0 ? line : r.text);
	}
	parts.push(...paragraphs, ...c.credits.map((x) => x.text));
	// A Japanese credit follows its caption with no space ("…元島民ら＝…撮影"): the pair is its line.
	const trimmed = new Set(lines.map((l) => l.trim()));
	for (const cap of c.captions) {
		const glued = cap.credit === null ? null : `${cap.text}${cap.credit}`;
		if (glued !== null && trimmed.has(glued)) parts.push(glued);
		else parts.push(cap.text, cap.credit);
	}
	return words(parts.filter((p) => p !== null).join('\n'));
}

/**
 * The accounting: kept plus removed text is the input's, word for word, and each removed line is its
 * line, or the start of its line when the rest is a paragraph (an appeal glued to it).
 */
function expectAccounted(text: string, c: Cleaned): void {
	const lines = splitLines(text);
	expect(outputWords(c, lines)).toEqual(inputWords(text));
	for (const r of c.removed) {
		const line = lines[r.line - 1]?.trim() as string;
		if (r.text === line) continue;
		expect(line.startsWith(r.text)).toBe(true);
		expect(c.paragraphs).toContain(line.slice(r.text.length).trim());
	}
}

/** Cleans, or returns null when the cleaner refuses the text (no article in it). */
function cleanOrNull(text: string, hints?: CleanHints): Cleaned | null {
	try {
		return cleanArticle(text, hints);
	} catch (e) {
		if (e instanceof IngestError) return null;
		throw e;
	}
}

describe('no line is lost', () => {
	it('splits a wire service stuck to the last paragraph off into its credit', () => {
		const last = `${BODY[2]} Jiji Press`;
		const text = page(...HEAD, ...BODY.slice(0, 2), last, 'Related articles', 'Advertisement');
		const c = cleanArticle(text);
		expect(c.paragraphs).toEqual(BODY);
		expect(c.credits).toEqual([{ paragraph: 2, text: 'Jiji Press' }]);
		expectAccounted(text, c);
	});

	it('splits off an agency after a dash or in brackets, and a reporting credit', () => {
		for (const [tail, credit] of [
			[' (Kyodo)', '(Kyodo)'],
			[' — Reuters', '— Reuters'],
			[
				' (Reporting by Anna Petrova; Editing by Ken Sato)',
				'(Reporting by Anna Petrova; Editing by Ken Sato)'
			]
		] as const) {
			const c = cleanArticle(page(...HEAD, ...BODY.slice(0, 2), `${BODY[2]}${tail}`));
			expect(c.paragraphs.at(-1)).toBe(BODY[2]);
			expect(c.credits).toEqual([{ paragraph: 2, text: credit }]);
		}
	});

	it('leaves a paragraph alone when the name is part of its sentence', () => {
		const line = 'The report was later confirmed by Reuters';
		const c = cleanArticle(page(...HEAD, ...BODY, line));
		expect(c.credits).toEqual([]);
		expect(c.removed.map((r) => r.text)).toContain(line);
	});

	it('keeps a last paragraph the copy cut off mid-word, marked as cut off', () => {
		const cut =
			'The former residents, now mostly in their 80s, laid flowers at a cemetery on the isl';
		const text = page(...HEAD, ...BODY, cut);
		const c = cleanArticle(text);
		expect(c.paragraphs).toEqual([...BODY, cut]);
		expect(c.cutOff).toBe(3);
		expectAccounted(text, c);
		// A short label after the text is not a paragraph.
		const label = cleanArticle(page(...HEAD, ...BODY, 'More on Japan-Russia'));
		expect(label.cutOff).toBeNull();
		expect(label.paragraphs).toEqual(BODY);
	});

	it('records every removed line with its rule and its text', () => {
		const text = SEED_RAW.toString('utf8');
		const c = cleanArticle(text);
		expect(c.removed.find((r) => r.line === 34)).toEqual({
			line: 34,
			rule: 'sponsored',
			text: 'Sponsored Content'
		});
		expectAccounted(text, c);
	});
});

describe('the masthead', () => {
	const masthead = 'The Daily Manila Shimbun';

	it('is not the headline: the headline is, and the masthead is removed as such', () => {
		const text = page(masthead, 'Former islanders visit Habomai islet', ...BODY);
		const c = cleanArticle(text);
		expect(c.title).toBe('Former islanders visit Habomai islet');
		expect(c.dek).toBeNull();
		expect(c.removed[0]).toEqual({ line: 1, rule: 'masthead', text: masthead });
		expectAccounted(text, c);
	});

	it('is recognised from the metadata outlet, or from its repetition on the page', () => {
		const text = page('Hokkaido Evening Post', 'Former islanders visit Habomai islet', ...BODY);
		// Unknown, and said once: a three-word line above the headline reads as its section.
		expect(cleanArticle(text).section).toBe('Hokkaido Evening Post');
		const given = cleanArticle(text, { outlet: 'The Hokkaido Evening Post' });
		expect(given).toMatchObject({ title: 'Former islanders visit Habomai islet', section: null });
		expect(given.removed[0]?.rule).toBe('masthead');
		const repeated = page(
			'Hokkaido Evening Post',
			'Former islanders visit Habomai islet',
			...BODY,
			'© 2024 Hokkaido Evening Post. All rights reserved.'
		);
		expect(cleanArticle(repeated)).toMatchObject({
			title: 'Former islanders visit Habomai islet',
			section: null
		});
	});

	it('is never the only header line, nor below a given headline', () => {
		expect(cleanArticle(page(masthead, ...BODY)).title).toBe(masthead);
		const c = cleanArticle(page('Former islanders visit Habomai islet', masthead, ...BODY), {
			title: 'Former islanders visit Habomai islet'
		});
		expect(c.dek).toBe(masthead);
	});
});

describe('the accounting, as a property', () => {
	const line = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...BODY, ...HEAD) },
		{ weight: 2, arbitrary: fc.constantFrom(...BODY_JA, ...BODY_RU) },
		{
			weight: 1,
			arbitrary: fc
				.tuple(
					fc.constantFrom('Your support makes all the difference.', 'Поддержите нас.'),
					fc.constantFrom(...BODY, ...BODY_RU)
				)
				.map(([a, b]) => a + b)
		},
		{
			weight: 3,
			arbitrary: fc.constantFrom(
				'Advertisement',
				'Share on Facebook | Twitter',
				'You have {{n}} free articles left',
				'Try 3 months for $9',
				'Sponsored Content',
				'Read more',
				'© Reuters',
				'Photo: Kyodo',
				'Former residents at the pier © Kyodo',
				'By Anna Petrova',
				'March 20, 2018 14:05 JST',
				'The Daily Manila Shimbun',
				'IconFacebookIconTwitterIconMail',
				'Stay ahead with our exclusives',
				'関連記事',
				'シェア',
				'この記事は有料会員限定です。',
				'2019年12月18日 19:30',
				'Читайте также: На Итурупе построят новый терминал',
				'Реклама',
				'18 декабря 2019, 10:05',
				'Support The Moscow Times!',
				'Your support helps us to tell the story',
				'Back to Main page',
				'September 23, 2:44 UTC+3 TOKYO',
				'納沙布岬から望む歯舞群島（根室市）　©NHK',
				'and then the capture stopped in the middle of a long sentence about the isl'
			)
		},
		{
			weight: 2,
			arbitrary: fc
				.tuple(
					fc.constantFrom(...BODY),
					fc.constantFrom(' Jiji Press', ' (Kyodo)', ' Reuters', ' AFP')
				)
				.map(([a, b]) => a + b)
		},
		{ weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
		{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }
	);
	const lineEnd = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n  \n');
	const pageText = fc
		.array(fc.tuple(line, lineEnd), { minLength: 1, maxLength: 30 })
		.map((parts) => parts.map(([l, e]) => l + e).join(''));

	it('holds on generated pages', () => {
		let cleaned = 0;
		fc.assert(
			fc.property(
				pageText,
				fc.option(fc.constantFrom('The Daily Manila Shimbun', 'Kyodo')),
				(text, outlet) => {
					const c = cleanOrNull(text, outlet === null ? {} : { outlet });
					if (c === null) return;
					cleaned++;
					expectAccounted(text, c);
				}
			),
			{ numRuns: 800 }
		);
		// Most generated pages hold an article: the property is not checked on refusals alone.
		expect(cleaned).toBeGreaterThan(200);
	});

	const REAL = [
		SEED_RAW.toString('utf8'),
		readFileSync(
			new URL('../../../tests/fixtures/articles/small-article.txt', import.meta.url),
			'utf8'
		),
		// The labelled captures in Japanese, Russian and English.
		...CAPTURES.map(captureText),
		...['test-school-on-shikotan', 'test-graves-on-kunashir'].map((slug) =>
			readFileSync(
				new URL(`../../../tests/fixtures/content/articles/${slug}/raw.txt`, import.meta.url),
				'utf8'
			)
		)
	];

	it('holds on the real inputs, whole, cut short at any character, or with lines dropped and moved', () => {
		for (const text of REAL) expectAccounted(text, cleanArticle(text));
		fc.assert(
			fc.property(
				fc.constantFrom(...REAL),
				fc.double({ min: 0.3, max: 1, noNaN: true }),
				fc.array(fc.nat(), { maxLength: 6 }),
				(text, keep, moves) => {
					const lines = text.slice(0, Math.round(text.length * keep)).split('\n');
					for (const m of moves) {
						const [l] = lines.splice(m % lines.length, 1);
						if (m % 3 !== 0) lines.splice((m * 7) % (lines.length + 1), 0, l as string);
					}
					const mangled = lines.join('\n');
					const c = cleanOrNull(mangled);
					if (c !== null) expectAccounted(mangled, c);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('marks a real article cut off mid-paragraph as cut off, and loses none of it', () => {
		const text = SEED_RAW.toString('utf8');
		const whole = cleanArticle(text);
		const last = whole.paragraphs.at(-1) as string;
		const at = text.indexOf(last) + Math.floor(last.length * 0.6);
		const cut = text.slice(0, at);
		const c = cleanArticle(cut);
		expect(c.paragraphs.slice(0, -1)).toEqual(whole.paragraphs.slice(0, -1));
		expect(last.startsWith(c.paragraphs.at(-1) as string)).toBe(true);
		expect(c.cutOff).toBe(c.paragraphs.length - 1);
		expectAccounted(cut, c);
	});
});
