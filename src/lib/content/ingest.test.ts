import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import {
	MAX_ARTICLE_JSON_BYTES,
	MAX_CAPTIONS,
	MAX_PARAGRAPH_CHARS,
	MAX_PARAGRAPHS,
	MAX_PASSAGES,
	MAX_RAW_BYTES,
	decodeRaw,
	ingest,
	parseMeta,
	slugify
} from './ingest.ts';
import { checkArticle } from './schema.ts';
import { cleanedText, describeDate } from './model.ts';
import {
	SEED_CAPTION,
	SEED_DEK,
	SEED_DIR,
	SEED_ISLANDS,
	SEED_PARAGRAPHS,
	SEED_RAW,
	SEED_TITLE
} from '../../../tests/fixtures/seed.ts';

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
			...Array(4).fill([
				'collective',
				'four-islands',
				'four Russian-occupied islands\u00a0near Hokkaido' // a no-break space, as on the page
			]),
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

	it('BAD_URL (the address is among them): names every problem with its JSON path', () => {
		const e = refusal(() => parseMeta(fixture('meta-bad.json').toString('utf8'), 'meta-bad.json'));
		expect(e.code).toBe('BAD_URL');
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

describe('limits per article', () => {
	const head = 'Island row\n\n';
	const sentence = (i: number) => `The ministry said on day ${i} that talks would go on.`;
	const island = (i: number) => `Russia said on day ${i} that Shikotan would get a school.`;

	it('TOO_MANY_PARAGRAPHS: more than MAX_PARAGRAPHS paragraphs, or MAX_CAPTIONS captions', () => {
		const at = (n: number, line: (i: number) => string) =>
			Buffer.from(head + Array.from({ length: n }, (_, i) => line(i)).join('\n'));
		expect(ingest(at(MAX_PARAGRAPHS, sentence)).article.paragraphs).toHaveLength(MAX_PARAGRAPHS);
		const e = refusal(() => ingest(at(MAX_PARAGRAPHS + 1, sentence)));
		expect(e.code).toBe('TOO_MANY_PARAGRAPHS');
		expect(e.message).toBe(
			`the text gives ${MAX_PARAGRAPHS + 1} paragraphs, over the limit of ${MAX_PARAGRAPHS} for one article: is it one news article?`
		);
		const captioned = (i: number) => `${sentence(i)}\nPupils at school number ${i} © Reuters`;
		expect(ingest(at(MAX_CAPTIONS, captioned)).article.captions).toHaveLength(MAX_CAPTIONS);
		expect(refusal(() => ingest(at(MAX_CAPTIONS + 1, captioned))).message).toMatch(
			`${MAX_CAPTIONS + 1} photo captions, over the limit of ${MAX_CAPTIONS}`
		);
	});

	it('TOO_MANY_PASSAGES: more than MAX_PASSAGES paragraphs naming an island', () => {
		const at = (n: number) =>
			Buffer.from(head + Array.from({ length: n }, (_, i) => island(i)).join('\n'));
		expect(ingest(at(MAX_PASSAGES)).article.passages).toHaveLength(MAX_PASSAGES);
		const e = refusal(() => ingest(at(MAX_PASSAGES + 1)));
		expect(e.code).toBe('TOO_MANY_PASSAGES');
		expect(e.message).toMatch(`${MAX_PASSAGES + 1} paragraphs name an island`);
	});

	it('PARAGRAPH_TOO_LONG: a kept line over MAX_PARAGRAPH_CHARS, refused before linking', () => {
		const long = (n: number) => `The ${'word '.repeat(n)}ended.`;
		const fits = long((MAX_PARAGRAPH_CHARS - 10) / 5);
		expect(fits).toHaveLength(MAX_PARAGRAPH_CHARS);
		expect(ingest(Buffer.from(head + fits)).article.paragraphs[0]?.text).toBe(fits);
		const e = refusal(() => ingest(Buffer.from(head + long(MAX_PARAGRAPH_CHARS / 5))));
		expect(e.code).toBe('PARAGRAPH_TOO_LONG');
		expect(e.message).toBe(
			`paragraph 1 ("The word word word word word word word w…") is ${MAX_PARAGRAPH_CHARS + 10} characters long, over the limit of ${MAX_PARAGRAPH_CHARS}: is the text missing its line breaks (one paragraph per line)?`
		);
		// A headline too: every line a reader sees is bounded.
		const title = `${'Island '.repeat(MAX_PARAGRAPH_CHARS / 7 + 1)}row`;
		expect(refusal(() => ingest(Buffer.from(`${title}\n\n${sentence(1)}`))).message).toMatch(
			/^the headline \("Island/
		);
	});

	it('ARTICLE_TOO_LARGE: an article.json over MAX_ARTICLE_JSON_BYTES', () => {
		// Twenty paragraphs of island names: each name is a link of about 150 bytes.
		const dense = `The ${'Kunashir '.repeat(1000)}said.`;
		const text = head + Array.from({ length: 20 }, () => dense).join('\n');
		const e = refusal(() => ingest(Buffer.from(text)));
		expect(e.code).toBe('ARTICLE_TOO_LARGE');
		expect(e.message).toMatch(
			new RegExp(
				`^its article.json would be up to \\d+ bytes, over the limit of ${MAX_ARTICLE_JSON_BYTES}`
			)
		);
	});
});

describe('bidi controls in the text', () => {
	const page = (...lines: string[]) => Buffer.from(lines.join('\n\n'));
	const body = 'Russia opened a school on Shikotan on Monday, officials said.';

	it.each([
		['a paragraph', ['Island row', `He said \u202e.sey\u202c on Monday.`, body], /^paragraph 1 /],
		['the headline', ['Island \u2067row\u2069', body], /^the headline /],
		[
			'a caption',
			['Island row', body, 'Pupils \u202dat\u202c school © Reuters', body],
			/^caption 1 /
		],
		[
			'a credit',
			['Island row', body, 'Pupils at school © \u202bReuters', body],
			/^the credit of caption 1 /
		]
	])('BIDI_CONTROL: refused in %s, naming it and the character', (_where, lines, what) => {
		const e = refusal(() => ingest(page(...lines)));
		expect(e.code).toBe('BIDI_CONTROL');
		expect(e.message).toMatch(what);
		expect(e.message).toMatch(
			/holds the invisible bidi control U\+20[26][0-9A-F] at character \d+/
		);
	});

	it('keeps implicit marks verbatim, and ignores controls in removed clutter', () => {
		const marked = `Residents of Kunashir\u200e said \u200fno\u200e on Monday.`;
		const a = ingest(page('Island row', marked, 'Subscribe now \u202e', body)).article;
		expect(a.paragraphs.map((p) => p.text)).toEqual([marked, body]);
		expect(a.removed.map((r) => r.rule)).toEqual(['paywall']);
	});
});

describe('metadata is normalised before it is checked', () => {
	const base = JSON.parse(fixture('meta-ok.json').toString('utf8')) as Record<string, unknown>;
	const meta = (patch: Record<string, unknown>) =>
		parseMeta(JSON.stringify({ ...base, ...patch }), 'm.json');

	it('stores the URL as the WHATWG parser writes it', () => {
		expect(meta({ url: 'HTTPS://Example.COM:443/news/./a/../school' }).url).toBe(
			'https://example.com/news/school'
		);
		const small = fixture('small-article.txt');
		const r = ingest(small, { meta: { ...meta({}), url: 'https://EXAMPLE.com/x' } });
		expect(r.meta?.url).toBe('https://example.com/x');
	});

	it.each([
		[
			{ url: 'https://example.com/a\n' },
			'm.json: url: must not hold white space or control characters'
		],
		[
			{ url: 'https://user:pass@example.com/' },
			'm.json: url: must not hold a user name or password'
		],
		[{ outlet: 'Test\nWire' }, 'm.json: outlet: must be one line'],
		[{ outlet: 'Test \u202eeriW' }, 'm.json: outlet: holds the invisible bidi control U+202E'],
		[
			{ title: 'Russia opens school\u2066' },
			'm.json: title: holds the invisible bidi control U+2066'
		],
		[{ slug: 'con' }, 'm.json: slug: "con" is a reserved device name on Windows'],
		[{ slug: 'lpt1' }, 'm.json: slug: "lpt1" is a reserved device name on Windows'],
		[{ url: 'javascript:alert(1)' }, 'm.json: url: must be http(s), got javascript:'],
		[{ url: 'data:text/html,<b>x</b>' }, 'm.json: url: must be http(s), got data:'],
		[{ url: '/news/school' }, 'm.json: url: "/news/school" does not parse as a URL'],
		[{ url: '//example.com/a' }, 'm.json: url: "//example.com/a" does not parse as a URL'],
		[{ outlet: 'Test <i>Wire</i>' }, 'm.json: outlet: must be plain text, got markup "<i>"'],
		[{ date: { value: '2019-02-29', precision: 'day' } }, 'm.json: date.value: must be a real date']
	])('refused: %j', (patch, message) => {
		const e = refusal(() => meta(patch));
		expect(e.code).toBe('url' in patch ? 'BAD_URL' : 'BAD_META');
		expect(e.message).toContain(message);
	});

	it('reports a field once, even when the shape check would also refuse it', () => {
		const e = refusal(() => parseMeta(fixture('meta-bad.json').toString('utf8'), 'meta-bad.json'));
		expect(e.message.match(/meta-bad\.json: url:/g)).toHaveLength(1);
	});

	it('refuses metadata built in code the same way', () => {
		const e = refusal(() =>
			ingest(fixture('small-article.txt'), { meta: { ...meta({}), outlet: 'A\u2028B' } })
		);
		expect(e.code).toBe('BAD_META');
		expect(e.message).toMatch(/^metadata: outlet: must be one line/);
	});

	it('gives a headline that spells a Windows device name a slug that is not one', () => {
		const r = ingest(Buffer.from('Con\n\nRussia opened a school on Shikotan, officials said.'));
		expect(r.slug).toBe('con-article');
	});
});
