import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import { MAX_RAW_BYTES, decodeRaw, ingest, parseMeta, slugify } from './ingest.ts';
import { checkArticle } from '#lib/data/schema.ts';
import { cleanedText, describeDate } from './model.ts';
import {
	SEED_CAPTION,
	SEED_DEK,
	SEED_DIR,
	SEED_ISLANDS,
	SEED_PARAGRAPHS,
	SEED_RAW,
	SEED_TITLE
} from './seed.fixture.ts';

const FIXTURES = new URL('../../../tests/fixtures/articles/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const seedMeta = parseMeta(readFileSync(new URL('meta.json', SEED_DIR), 'utf8'), 'meta.json');

function refusal(run: () => unknown): IngestError {
	try {
		run();
	} catch (e) {
		if (e instanceof IngestError) return e;
		throw e;
	}
	throw new Error('expected an IngestError');
}

describe('the seed article', () => {
	const result = ingest(SEED_RAW, { meta: seedMeta });
	const { article } = result;

	it('ingests to exactly its own text', () => {
		expect(article.title).toBe(SEED_TITLE);
		expect(article.dek).toBe(SEED_DEK);
		expect(article.section).toBe('International relations');
		expect(article.dateline).toBe('TOKYO');
		expect(article.paragraphs.map((p) => p.text)).toEqual(SEED_PARAGRAPHS);
		expect(
			article.captions.map(({ text, credit, afterParagraph }) => ({ text, credit, afterParagraph }))
		).toEqual([SEED_CAPTION]);
	});

	it('links each paragraph to the islands it speaks of', () => {
		expect(article.paragraphs.map((p) => p.islands)).toEqual(SEED_ISLANDS);
		expect(article.paragraphs[4]?.links.map((l) => [l.via, l.place, l.match])).toEqual([
			...Array(4).fill(['collective', 'four-islands', 'four Russian-occupied islands']),
			...Array(4).fill(['collective', 'northern-territories', 'Northern Territories'])
		]);
		// "the Kuril chain" is the whole chain and "Hokkaido" is Japan's: neither is linked.
		const matches = article.paragraphs.flatMap((p) => p.links.map((l) => l.match));
		expect(matches).not.toContain('Kuril chain');
		expect(matches).not.toContain('Hokkaido');
	});

	it('stores one passage per linked paragraph, each verbatim in the raw source', () => {
		const raw = SEED_RAW.toString('utf8');
		const text = cleanedText(article);
		expect(article.passages.map((p) => p.paragraph)).toEqual([0, 4, 6, 9]);
		for (const p of article.passages) {
			expect(raw).toContain(p.text);
			expect(text.slice(p.start, p.end)).toBe(p.text);
		}
		for (const p of article.paragraphs) expect(raw).toContain(p.text);
		for (const c of article.captions) expect(raw).toContain(c.text);
	});

	it('defines the cleaned text as title, dek and paragraphs joined by blank lines', () => {
		expect(cleanedText(article)).toBe([SEED_TITLE, SEED_DEK, ...SEED_PARAGRAPHS].join('\n\n'));
	});

	it('is deterministic and valid against the model', () => {
		const again = ingest(Uint8Array.from(SEED_RAW), { meta: seedMeta });
		expect(JSON.stringify([again.article, again.meta])).toBe(
			JSON.stringify([article, result.meta])
		);
		expect(checkArticle(article, 'article.json')).toEqual([]);
		expect(result.slug).toBe('nikkei-putin-win-island-row');
		expect(result.meta?.sources).toEqual(['S67']);
		expect(describeDate(seedMeta.date)).toBe('about 19–20 March 2018');
	});

	it('finds the same article without metadata, under a slug made from the headline', () => {
		const bare = ingest(SEED_RAW);
		expect(bare.meta).toBeNull();
		expect(bare.slug).toBe('putins-win-raises-japans-hopes-for-progress-on-island-row');
		expect({ ...bare.article, slug: '' }).toEqual({ ...article, slug: '' });
	});
});

describe('bad input', () => {
	it.each([
		['EMPTY', () => fixture('empty.txt'), /is empty/],
		['EMPTY', () => fixture('blank.txt'), /only white space/],
		[
			'BINARY',
			() => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
			/NUL/
		],
		['BINARY', () => Buffer.from('Title\n\nSome\u0007text with a bell.\n'), /control character/],
		[
			'NOT_UTF8',
			() => Buffer.from('Caf\xe9 on Shikotan. It is a nice place to be.', 'latin1'),
			/not valid UTF-8 \(byte 0xe9 at offset 3\)/
		],
		['NOT_UTF8', () => Buffer.from('\ufeffIsland', 'utf16le'), /UTF-16/],
		[
			'TOO_LARGE',
			() => new Uint8Array(MAX_RAW_BYTES + 1).fill(0x61),
			/over the 1048576-byte limit/
		],
		['NO_PARAGRAPHS', () => fixture('clutter-only.txt'), /no article paragraphs/]
	])('%s: %s', (code, bytes, message) => {
		const e = refusal(() => ingest(bytes()));
		expect(e.code).toBe(code);
		expect(e.message).toMatch(message);
	});

	it('names the input in the message', () => {
		expect(refusal(() => decodeRaw(new Uint8Array(0), 'page.txt')).message).toBe(
			'page.txt is empty'
		);
	});

	it('BAD_META: names every problem with its JSON path', () => {
		const e = refusal(() => parseMeta(fixture('meta-bad.json').toString('utf8'), 'meta-bad.json'));
		expect(e.code).toBe('BAD_META');
		for (const part of [
			'meta-bad.json: slug: must be lower-case words',
			'meta-bad.json: outlet: must be a non-empty string',
			'meta-bad.json: url: must be http(s)',
			'meta-bad.json: date.value: must be a real date',
			'meta-bad.json: date.note: must say how an approximate date was worked out',
			'meta-bad.json: topics[0]: "Joint Activities" must be a kebab-case id',
			'meta-bad.json: sources[0]: unknown source id "S999"',
			'meta-bad.json: titel: unknown field'
		]) {
			expect(e.message).toContain(part);
		}
	});

	it('BAD_META: metadata that is not JSON, or a headline not in the text', () => {
		expect(refusal(() => parseMeta('{ "outlet": ', 'm.json')).message).toMatch(
			/^m\.json: not JSON/
		);
		const meta = { ...seedMeta, title: 'Putin wins' };
		expect(refusal(() => ingest(SEED_RAW, { meta })).code).toBe('BAD_META');
	});
});

describe('slugify', () => {
	it('makes URL-safe slugs from headlines', () => {
		expect(slugify("Putin's win raises Japan's hopes")).toBe('putins-win-raises-japans-hopes');
		expect(slugify('Etorofu-tō: Kunashir’s ferry')).toBe('etorofu-to-kunashirs-ferry');
		expect(slugify('択捉島')).toBe('');
		expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(80);
	});
});

describe('any page', () => {
	// Paragraph-like lines with island names, clutter and blank lines in any order: whatever the
	// ingester keeps is a verbatim line of the input, and every offset selects what it claims.
	const sentence = fc
		.tuple(
			fc.constantFrom('Russia', 'Japan', 'The ministry', '"We', 'Residents'),
			fc.array(
				fc.constantFrom(
					'on',
					'Kunashir',
					'the four islands',
					'Hokkaido',
					'said',
					'Yuri',
					'visited',
					'\u00a0',
					'Shana',
					'the Kurils',
					'“talks”',
					'Шикотан',
					'北方領土'
				),
				{ minLength: 3, maxLength: 12 }
			),
			fc.constantFrom('.', '?', '."', '!')
		)
		.map(([a, b, c]) => `${a} ${b.join(' ')}${c}`);
	const clutter = fc.constantFrom(
		'Share',
		'Advertisement',
		'You have {{n}} free articles left',
		'Try 1 month for $1',
		'Sponsored Content',
		'Island row',
		'IconFacebookIconTwitterIconMail'
	);
	const pageText = fc
		.array(fc.oneof(sentence, sentence, clutter, fc.constant('')), { minLength: 1, maxLength: 30 })
		.map((lines) => lines.join('\n'));

	it('keeps only verbatim lines, with valid links and passages', () => {
		let runs = 0;
		fc.assert(
			fc.property(pageText, (text) => {
				const bytes = Buffer.from(text);
				let result;
				try {
					result = ingest(bytes);
				} catch (e) {
					if (e instanceof IngestError)
						return ['NO_PARAGRAPHS', 'NO_TITLE', 'EMPTY'].includes(e.code);
					throw e;
				}
				runs++;
				const lines = new Set(text.split('\n').map((l) => l.trim()));
				const a = result.article;
				return (
					a.paragraphs.every((p) => lines.has(p.text)) &&
					lines.has(a.title) &&
					checkArticle(a, 'article.json').length === 0
				);
			}),
			{ numRuns: 300 }
		);
		// Most generated pages must hold an article, or the property says little.
		expect(runs).toBeGreaterThan(100);
	});
});
