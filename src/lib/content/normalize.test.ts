import { describe, expect, it } from 'vitest';
import {
	bidiControlIn,
	checkOneLine,
	checkSlugName,
	checkText,
	isReservedName,
	normalizeMeta,
	normalizeUrl
} from './normalize.ts';

const problem = (r: { ok: boolean; problem?: string }) => (r.ok ? null : r.problem);

describe('normalizeUrl', () => {
	it.each([
		['https://asia.nikkei.com/Politics/a-b', 'https://asia.nikkei.com/Politics/a-b'],
		['HTTPS://Example.COM:443/a/./b/../c?q=1#top', 'https://example.com/a/c?q=1#top'],
		['http://example.com', 'http://example.com/'],
		['http://example.com:80/x', 'http://example.com/x'],
		['https://例え.jp/記事', 'https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B'],
		['https://example.com/a%20b', 'https://example.com/a%20b']
	])('%s → %s', (input, href) => {
		expect(normalizeUrl(input)).toEqual({ ok: true, value: href });
	});

	it.each([
		['https://example.com/a\n', /white space or control characters, got U\+000A at character 22/],
		['https://exa\tmple.com/', /U\+0009/],
		[' https://example.com/', /U\+0020 at character 1/],
		['https://example.com/a b', /U\+0020/],
		['https://example.com/\u00a0', /U\+00A0/],
		['https://example.com/\u200b', /U\+200B/],
		['https://example.com/\u0085', /U\+0085/],
		['https://example.com/\u202e', /bidi control U\+202E/],
		['https://user:pass@example.com/', /user name or password/],
		['https://user@example.com/', /user name or password/],
		['ftp://example.com/x', /^must be http\(s\), got ftp:$/],
		['javascript:alert(1)', /must be http\(s\), got javascript:/],
		['file:///etc/passwd', /must be http\(s\)/],
		['example.com/a', /does not parse as a URL/],
		['https://', /does not parse as a URL/]
	])('refuses %j', (input, message) => {
		expect(problem(normalizeUrl(input))).toMatch(message);
	});
});

describe('one-line and free-text fields', () => {
	it('takes ordinary text, in any script, unchanged', () => {
		for (const text of ['Nikkei Asian Review', 'Известия', '北海道新聞', 'Le Monde — Asie']) {
			expect(checkOneLine(text)).toEqual({ ok: true, value: text });
		}
	});

	it.each([
		['Nikkei\nAsia', /must be one line, got a line break \(U\+000A\) at character 7/],
		['Nikkei\r', /U\+000D/],
		['Nikkei\u2028Asia', /U\+2028/],
		['Nikkei\u2029', /U\+2029/],
		['Nikkei\u0085', /U\+0085/],
		['Nikkei\tAsia', /control character U\+0009/],
		['Nikkei\u001b[31m', /control character U\+001B/],
		['Nikkei\u202eaisA', /bidi control U\+202E at character 7/],
		['\u2066Nikkei\u2069', /bidi control U\+2066 at character 1/],
		['Nikkei\u200f', /bidi control U\+200F/]
	])('refuses %j in a one-line field', (input, message) => {
		expect(problem(checkOneLine(input))).toMatch(message);
	});

	it('lets a note run over lines, but not hold other controls or bidi controls', () => {
		expect(checkText('First line.\nSecond line.')).toMatchObject({ ok: true });
		expect(problem(checkText('a\r\nb'))).toMatch(/U\+000D/);
		expect(problem(checkText('a\u202eb'))).toMatch(/U\+202E/);
	});
});

describe('plain text', () => {
	it('refuses HTML tags, comments and character references, not a lone < or &', () => {
		for (const text of [
			'Tokyo <b>Shimbun</b>',
			'Wire<br/>',
			'a <!-- b',
			'Nikkei&nbsp;Asia',
			'A&#8217;s'
		]) {
			const r = checkOneLine(text);
			expect(r.ok, text).toBe(false);
			expect(r.ok ? '' : r.problem).toMatch(/^must be plain text, got markup /);
		}
		for (const text of ['AT&T', 'a < b and c > d', 'Q&A: the islands', '<3']) {
			expect(checkOneLine(text).ok, text).toBe(true);
		}
	});
});

describe('bidiControlIn (for the article text)', () => {
	it('finds embeddings, overrides and isolates, with their offset', () => {
		expect(bidiControlIn('He said \u202e.sey')).toEqual({ codePoint: 'U+202E', at: 8 });
		for (const ch of [
			'\u202a',
			'\u202b',
			'\u202c',
			'\u202d',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069'
		]) {
			expect(bidiControlIn(`a${ch}b`)?.at).toBe(1);
		}
	});

	it('leaves the implicit marks, which cannot reorder letters', () => {
		expect(bidiControlIn('Tel Aviv\u200e (AP)\u200f \u061c')).toBeNull();
		expect(bidiControlIn('Kunashir')).toBeNull();
	});
});

describe('slugs', () => {
	it.each(['con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9', 'CON', 'Nul', 'LpT3'])(
		'%s is reserved on Windows',
		(name) => {
			expect(isReservedName(name)).toBe(true);
			expect(problem(checkSlugName(name))).toMatch(/reserved device name on Windows/);
		}
	);

	it.each([
		'com',
		'com0',
		'com10',
		'lpt',
		'console',
		'null',
		'con-article',
		'aux-port',
		'nikkei-row'
	])('%s is not', (name) => {
		expect(isReservedName(name)).toBe(false);
		expect(checkSlugName(name)).toEqual({ ok: true, value: name });
	});
});

describe('slugs that are pages', () => {
	it('try is the page /articles/try, never an article', () => {
		expect(problem(checkSlugName('try'))).toMatch(/name of a page under \/articles\//);
		expect(checkSlugName('try-again')).toEqual({ ok: true, value: 'try-again' });
	});
});

describe('normalizeMeta', () => {
	const good = {
		slug: 'test-school',
		outlet: 'Test Wire',
		url: 'HTTPS://Example.com/news/../school',
		date: { value: '2020-09-01', precision: 'day' },
		topics: ['infrastructure']
	};

	it('normalises the URL and changes nothing else, leaving its input alone', () => {
		const input = structuredClone(good);
		const n = normalizeMeta(input, 'm.json');
		expect(n.problems).toEqual([]);
		expect(n.value).toEqual({ ...good, url: 'https://example.com/school' });
		expect(input).toEqual(good);
	});

	it('names every problem with its file and JSON path', () => {
		const n = normalizeMeta(
			{
				...good,
				slug: 'nul',
				outlet: 'Test\nWire',
				url: 'https://u:p@example.com/',
				section: 'Politics\u202e',
				title: 'A\u2028B',
				topics: ['ok', 'bad\u2066'],
				sources: ['S1\t'],
				date: { value: '2020-09-01\n', precision: 'day', note: 'why\u202e' }
			},
			'm.json'
		);
		expect(n.paths).toEqual([
			'slug',
			'url',
			'outlet',
			'section',
			'title',
			'topics[1]',
			'sources[0]',
			'date.value',
			'date.note'
		]);
		expect(n.problems[0]).toMatch(/^m\.json: slug: "nul" is a reserved device name/);
		expect(n.problems[1]).toMatch(/^m\.json: url: must not hold a user name or password/);
		expect(n.problems[2]).toMatch(/^m\.json: outlet: must be one line/);
	});

	it('leaves values of the wrong type, and non-objects, to the shape check', () => {
		expect(normalizeMeta({ outlet: 3, url: null, topics: 'x' }, 'm.json')).toEqual({
			value: { outlet: 3, url: null, topics: 'x' },
			problems: [],
			paths: []
		});
		expect(normalizeMeta([1], 'm.json').value).toEqual([1]);
		expect(normalizeMeta(null, 'm.json').problems).toEqual([]);
	});
});
