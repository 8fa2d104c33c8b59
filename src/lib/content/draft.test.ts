import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFileSize, draftFiles, MAX_RAW_BYTES, tryArticle, type MetaForm } from './draft.ts';
import { ingest, parseMeta } from './ingest.ts';
import { decodeRaw } from './raw.ts';
import { checkMeta } from './schema.ts';
import { TRY_TEXT } from '../../../tests/fixtures/try.ts';

const FIXTURES = new URL('../../../tests/fixtures/articles/', import.meta.url);
const SMALL = new Uint8Array(readFileSync(new URL('small-article.txt', FIXTURES)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('tryArticle', () => {
	it('is the ingester itself: the same article as a dry run', () => {
		const outcome = tryArticle(SMALL, 'small-article.txt');
		expect(outcome).toEqual({ ok: true, result: ingest(SMALL, { name: 'small-article.txt' }) });
	});

	it('links an island by its name and the four islands by a collective term', () => {
		const outcome = tryArticle(utf8(TRY_TEXT), 'the pasted text');
		if (!outcome.ok) throw new Error(outcome.message);
		const { article } = outcome.result;
		expect(article.title).toBe('Fishing boats return to Shikotan');
		expect(article.passages.map((p) => p.islands)).toEqual([
			['shikotan'],
			['iturup', 'kunashir', 'shikotan', 'habomai']
		]);
		const links = article.paragraphs.flatMap((p) => p.links);
		expect(links.filter((l) => l.via === 'name').map((l) => l.match)).toEqual(['Shikotan']);
		const collective = links.filter((l) => l.via === 'collective');
		expect([...new Set(collective.map((l) => l.match))]).toEqual(['four islands']);
	});

	it('refuses binary and oversized input with the messages of the CLI', () => {
		const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
		const refused = tryArticle(binary, 'photo.png');
		expect(refused).toEqual({
			ok: false,
			code: 'BINARY',
			message: 'photo.png is binary (it holds NUL bytes), not copied text'
		});
		const big = new Uint8Array(MAX_RAW_BYTES + 1).fill(0x61);
		const message = (() => {
			try {
				decodeRaw(big, 'big.txt');
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		})();
		expect(message).toMatch(/over the 1048576-byte limit for one article/);
		expect(tryArticle(big, 'big.txt')).toEqual({ ok: false, code: 'TOO_LARGE', message });
		// A dropped file is refused by its size before it is read, in the same words.
		expect(checkFileSize(big.byteLength, 'big.txt')).toEqual({
			ok: false,
			code: 'TOO_LARGE',
			message
		});
		expect(checkFileSize(MAX_RAW_BYTES, 'ok.txt')).toBeNull();
	});

	it('never derives the slug "try": a headline "Try" becomes try-article', () => {
		const outcome = tryArticle(
			utf8('Try\n\nTOKYO -- Officials on Shikotan said the new pier had opened on Monday.'),
			'x'
		);
		expect(outcome.ok && outcome.result.slug).toBe('try-article');
	});
});

describe('draftFiles', () => {
	const form: MetaForm = {
		slug: 'fishing-boats-return-to-shikotan',
		outlet: ' Test Wire ',
		url: 'HTTPS://Example.com/news/boats',
		date: '2020-09-01',
		precision: 'day',
		latest: '2020-09-05',
		note: 'ignored unless approximate'
	};

	it('writes a meta file the ingester accepts for the same text', () => {
		const outcome = draftFiles(form);
		if (!outcome.ok) throw new Error(outcome.message);
		const { files } = outcome;
		expect(files.rawName).toBe('fishing-boats-return-to-shikotan.txt');
		expect(files.metaName).toBe('fishing-boats-return-to-shikotan.meta.json');
		expect(files.command).toBe(
			'npm run ingest -- fishing-boats-return-to-shikotan.txt --meta fishing-boats-return-to-shikotan.meta.json'
		);
		expect(files.metaText.endsWith('}\n')).toBe(true);
		expect(JSON.parse(files.metaText)).toEqual({
			slug: 'fishing-boats-return-to-shikotan',
			outlet: 'Test Wire',
			url: 'https://example.com/news/boats',
			date: { value: '2020-09-01', precision: 'day' }
		});
		const meta = parseMeta(files.metaText, files.metaName);
		const result = ingest(utf8(TRY_TEXT), { meta, name: files.rawName });
		expect(result.slug).toBe('fishing-boats-return-to-shikotan');
		expect(result.meta?.outlet).toBe('Test Wire');
	});

	it('keeps latest and note for an inferred date, and requires the note', () => {
		const approximate = { ...form, precision: 'approximate' as const };
		const ok = draftFiles(approximate);
		expect(ok.ok && JSON.parse(ok.files.metaText).date).toEqual({
			value: '2020-09-01',
			precision: 'approximate',
			latest: '2020-09-05',
			note: 'ignored unless approximate'
		});
		const noNote = draftFiles({ ...approximate, note: ' ' });
		expect(noNote.ok).toBe(false);
		expect(!noNote.ok && noNote.message).toMatch(/date\.note: must say how an approximate date/);
	});

	it('refuses what the CLI refuses, in its words', () => {
		const cases: [Partial<MetaForm>, RegExp][] = [
			[{ slug: 'try' }, /name of a page under \/articles\//],
			[{ slug: 'con' }, /reserved device name on Windows/],
			[{ slug: 'Not A Slug' }, /slug: must be lower-case words/],
			[{ url: 'ftp://example.com/x' }, /url:/],
			[{ outlet: '' }, /outlet:/],
			[{ date: '1 Sept 2020' }, /date/]
		];
		for (const [patch, problem] of cases) {
			const outcome = draftFiles({ ...form, ...patch });
			expect(outcome.ok, JSON.stringify(patch)).toBe(false);
			expect(!outcome.ok && outcome.message, JSON.stringify(patch)).toMatch(problem);
		}
	});
});

describe('the slug "try"', () => {
	it('is refused in a stored meta.json too, saying why', () => {
		const stored = {
			slug: 'try',
			outlet: 'Test Wire',
			url: 'https://example.com/',
			date: { value: '2020-09-01', precision: 'day' }
		};
		expect(checkMeta(stored, 'content/articles/try/meta.json', true).problems).toEqual([
			'content/articles/try/meta.json: slug: must not be "try": /articles/try is a page of its own'
		]);
	});
});
