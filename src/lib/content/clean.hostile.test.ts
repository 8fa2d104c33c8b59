// The cleaner against input made to be slow, and against its own former rules.
//
// Each hostile input is one line of about a megabyte (just under MAX_RAW_BYTES) shaped to make a
// backtracking rule try every start against every end: before the rules were rewritten a 144 KB
// cookie-cookie- line took 6.7 s and a megabyte more than two minutes. The bound of 2 s per step
// is the one the issue set; linear code takes a few tens of milliseconds, so the bound only fails
// for a rule that has gone quadratic again, not for a busy machine.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINES, MAX_PROMPT_CHARS, classifyLine, cleanArticle, datelineOf } from './clean.ts';
import { oldClassify, oldDatelineOf } from '../../../tests/fixtures/clean.oracle.ts';
import { IngestError } from './errors.ts';
import { MAX_PARAGRAPH_CHARS, MAX_RAW_BYTES, ingest } from './ingest.ts';
import type { CleanRule } from './model.ts';

const BOUND_MS = 2000;
const SIZE = MAX_RAW_BYTES - 64;

/** `unit` repeated to at most `size` bytes (UTF-8), between a prefix and a suffix. */
function line(unit: string, prefix = '', suffix = ''): (size: number) => string {
	return (size) => {
		const room = size - Buffer.byteLength(prefix + suffix);
		return prefix + unit.repeat(Math.floor(room / Buffer.byteLength(unit))) + suffix;
	};
}

const HOSTILE: [string, (size: number) => string][] = [
	// The three the issue measured, and the other gaps of the same kind.
	['cookie-cookie-…', line('cookie-')],
	['cookie notice with no verb', line('cookies-', 'Cookie ', 'x')],
	['trial-trial-…', line('trial-')],
	['trial period-…', line('trial-period-', 'trial period ')],
	['access-access-…', line('access-')],
	['access, never "has expired"', line('access-has-', '', 'x')],
	['free articles, never "left"', line('free-', 'free articles ')],
	['"try" and a megabyte of digits', line('1', 'try ')],
	['"try" and currency signs without digits', line('$', 'try ')],
	['a price with a megabyte of digits', line('1,', '$1')],
	['prices glued together', line('$1')],
	['"Sponsored by" and a long name', line('a', 'Sponsored by ')],
	['"Sponsored by" and a megabyte of spaces', line(' ', 'Sponsored by', 'x.')],
	['"More from" and trailing marks', line('.', 'More from NHK', 'x')],
	['share buttons without end', line('share|', '', '?')],
	['share-button names glued', line('linkedin', '', '?')],
	['x, x, x…', line('x', '', '!')],
	// One long word, many spaces, glued words.
	['one megabyte-long word', line('a')],
	['a megabyte of spaces inside a line', line(' ', 'A', 'b c.')],
	['tabs and non-breaking spaces', line('\t\u00a0', 'A', 'b c.')],
	['glued lower-upper case', line('aA')],
	['"Created with Sketch" far in', line('ab ', '', 'Created with Sketch')],
	// Templates, credits, sentence ends, bylines, datelines, printed dates.
	['{{{{…', line('{{')],
	['{%{%…', line('{%')],
	['<%<%…', line('<%')],
	['${${…', line('${')],
	['%%a%%a…', line('%%a')],
	['closing brackets without end', line(')', 'A b c.', 'x')],
	['"Photo by" and a megabyte of spaces', line(' ', 'Photo by', 'x.')],
	['a/a/a… before "Getty Image"', line('a/', '', ' Getty Image')],
	['© and a megabyte of spaces', line(' ', '© ', 'x')],
	['"By" and a megabyte-long name', line('a', 'By A', '!')],
	['"By" and hyphens', line('-A', 'By A', ' in x')],
	['a dateline place with a megabyte of spaces', line(' ', 'AA', 'is a sentence.')],
	['a dateline of capitals', line('A', '', ' x is a sentence.')],
	['a dateline of "A -"', line('A -', '', ' x')],
	['a printed date with a long weekday', line('a', 'Mon')],
	// Long prose that reaches island linking if nothing stops it.
	['a megabyte-long sentence naming Kunashir', line('Kunashir ', 'The ', 'said.')],
	['a megabyte-long sentence of "Yuri"', line('Yuri ', 'The ', 'said.')]
];

/** Rules a line over MAX_PROMPT_CHARS must never be removed by. */
const PROMPT_RULES: CleanRule[] = ['paywall', 'offer', 'sponsored', 'page-control'];

/** Milliseconds a call takes, and what it returned or the IngestError it threw. */
function timed<T>(run: () => T): { ms: number; value?: T; error?: IngestError } {
	const start = performance.now();
	try {
		const value = run();
		return { ms: performance.now() - start, value };
	} catch (e) {
		// Anything but a refusal (a RangeError from a blown stack, say) fails the test.
		if (!(e instanceof IngestError)) throw e;
		return { ms: performance.now() - start, error: e };
	}
}

const ARTICLE_HEAD =
	'Island row\n\nRussia opened a school on Shikotan on Monday, officials said.\n\n';
const ARTICLE_TAIL = '\n\nJapan protested the move on Tuesday, the foreign ministry said.\n';

// One case per shape; the limit is the test runner's, not the bound under test.
describe('hostile single lines of a megabyte', { timeout: 60_000 }, () => {
	it.each(HOSTILE)('%s: cleaned and ingested in under 2 s each', (_name, make) => {
		const text = make(SIZE);
		expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_RAW_BYTES);
		const cleaned = timed(() => cleanArticle(text));
		expect(cleaned.ms).toBeLessThan(BOUND_MS);
		// Never removed as a prompt: a line over the cap stays text.
		for (const r of cleaned.value?.removed ?? []) expect(PROMPT_RULES).not.toContain(r.rule);

		const alone = timed(() => ingest(Buffer.from(text)));
		expect(alone.ms).toBeLessThan(BOUND_MS);
		expect(alone.value).toBeUndefined();

		// Inside an article the line is kept, and refused as too long, unless a rule that reads
		// any line in one pass removes it: it is never dropped without a reason.
		const page = ARTICLE_HEAD + make(SIZE - 200) + ARTICLE_TAIL;
		expect(Buffer.byteLength(page)).toBeLessThanOrEqual(MAX_RAW_BYTES);
		const inArticle = timed(() => ingest(Buffer.from(page)));
		expect(inArticle.ms).toBeLessThan(BOUND_MS);
		if (inArticle.error) {
			expect(inArticle.error.code).toBe('PARAGRAPH_TOO_LONG');
			expect(inArticle.error.message).toMatch(
				new RegExp(`over the limit of ${MAX_PARAGRAPH_CHARS}: is the text missing its line breaks`)
			);
		} else {
			const { paragraphs, removed } = (inArticle.value as ReturnType<typeof ingest>).article;
			expect(paragraphs).toHaveLength(2);
			expect(removed).toEqual([
				{
					line: 5,
					rule: expect.stringMatching(/^(?:template-placeholder|icon-sprite)$/),
					text: expect.any(String)
				}
			]);
		}
	});
});

describe('hostile pages of many lines', { timeout: 60_000 }, () => {
	it.each([
		['one-word lines', 'Island row\n' + 'a\n'.repeat(SIZE / 2 - 8)],
		['short and page-control lines', 'Island row\n' + 'Short line\nShare\n'.repeat(SIZE / 17 - 2)],
		['CR-only line ends', 'A real sentence is here.\r'.repeat(SIZE / 25)]
	])('%s: refused as too many lines in under 2 s', (_name, text) => {
		const r = timed(() => ingest(Buffer.from(text)));
		expect(r.ms).toBeLessThan(BOUND_MS);
		expect(r.error?.code).toBe('TOO_MANY_LINES');
		expect(r.error?.message).toMatch(`more than ${MAX_LINES} non-blank lines`);
	});
});

describe('the rewritten rules', () => {
	// Words each rule looks for, and the characters between them that decide a match.
	const token = fc.constantFrom(
		...['cookie', 'cookies', 'Cookie', 'accept', 'consent', 'policy', 'settings'],
		...['trial', 'Trial', 'period', 'trial period', 'has', 'expired', 'ended', 'ends', 'end'],
		...['access', 'has expired', 'free', 'free articles', 'free article', 'stories', 'reads'],
		...['left', 'remaining', 'Try', 'try', 'Get', 'save', 'join', '$', '£', '€', '1', '9'],
		...['0.99', '%', '% off', 'off', 'per', 'a', 'month', 'year', '/', 'Offer ends', 'offer'],
		...['sponsored', 'Sponsored by', 'Sponsored', 'content', 'post', 'links', 'commissioned'],
		...['This content was', 'paid', 'partner', 'more from', 'More on', 'more in', 'follow us'],
		...['Follow us', 'share', 'Share on', 'share this', 'article', 'on', 'Facebook', 'x', 'X'],
		...['line', 'linkedin', 'e-mail', 'email', 'print', 'copy link', 'Read more', 'Related'],
		...['Advertisement', 'ad', 'subscribe', 'now', 'subscription', 'You need a', 'See all offers'],
		...['already a subscriber', 'unlimited access', 'paywall', 'sign in to read', '{{n}}'],
		...['|', '·', '•', ',', '.', '…', '»', '>', ':', '!', '?', '"', "'", ')', ']', '”', '。'],
		...['©', '(c)', 'Copyright', '2018', 'Photo', 'Photo by', 'Photos:', '(Photo by', 'Image:'],
		...['AFP/Getty Images', 'Getty Images', 'Reuters', 'Kyodo', 'The', 'Abe', 'said', 'islands'],
		...['IconFacebook', 'IconTwitterIconMail', 'Shikotan.', 'Kunashir', 'the', 'Ministry'],
		...[
			'The ministry said the talks ended.',
			'Abe met Putin.',
			'択捉島',
			'Курилы',
			'Sponsored content'
		]
	);
	const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\u00a0', '\t', '-', '\u2028', ' | ');
	const tokens = (maxLength: number) =>
		fc
			.array(fc.tuple(token, separator), { minLength: 1, maxLength })
			.map((parts) =>
				parts
					.map(([t, s]) => t + s)
					.join('')
					.trim()
			)
			.filter((l) => l !== '' && l.length <= MAX_PROMPT_CHARS);
	// Few tokens reach the rules anchored at both ends (labels, share rows); many reach the rest.
	const shortLine = fc.oneof(tokens(4), tokens(30));

	// Two divergences were found and decided: "IconFacebook 。" is two Latin words and a full stop, so
	// a short line as before (the rule now wants a Japanese letter, not only CJK punctuation, before
	// it counts characters instead of words); "try 1<U+2028>% off cookie" is no offer now (a line
	// separator ends the phrase, as `.` never crossed it), and the oracle says so too.
	/**
	 * What the rules do since the oracle was taken, on purpose: appeals ("Your support ..."), an
	 * appeal glued to a paragraph, Japanese and Russian controls and paywalls, English controls the
	 * oracle lacked ("Back to Main page", "Read also"), a rights notice, and captions in Japanese or
	 * credited "Name / AGENCY". Any other difference is a regression.
	 */
	function newSinceOracle(
		l: string,
		now: ReturnType<typeof classifyLine>,
		oldKind: string,
		oldRule?: string
	): boolean {
		// "Related talks ... ended." is a paragraph now, not a "Related" link.
		if (oldKind === 'hard')
			return oldRule === 'page-control' && now.kind === 'prose' && /^related\b/i.test(l);
		if (now.rule === 'appeal' || now.head) return true;
		const local = /[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
		if (now.kind === 'caption' && now.caption)
			return local.test(now.caption.text) || (now.caption.credit ?? '').includes('/');
		if (now.rule === 'paywall') return local.test(l);
		if (now.rule === 'page-control')
			return (
				local.test(l) ||
				/all rights reserved|back to|read also|see also|read more|also read|related|recommended|most read|show more|more about|remind me later|maybe later|not now|continue|support now|donate|tags|main page|^pr\b|cookie|^copyright\b|^(?:©|\(c\))|comments?\b|^(?:accept|agree|ok|reject)\b/i.test(
					l
				)
			);
		return false;
	}
	const isEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

	it('classify every short line exactly as the rules they replace', () => {
		const seen = new Map<string, number>();
		fc.assert(
			fc.property(shortLine, (l) => {
				const { kind, rule, caption } = oldClassify(0, l);
				const { tail, ...now } = classifyLine(l);
				if (tail) {
					// New since the oracle: prose with an agency after its last sentence ("... ended.
					// Reuters") was a short line, and is now prose with a credit.
					expect(kind).toBe('short');
					expect(oldClassify(0, tail.body).kind).toBe('prose');
					seen.set('tail', (seen.get('tail') ?? 0) + 1);
					return;
				}
				if (!isEqual(now, { kind, rule, caption }) && newSinceOracle(l, now, kind, rule)) {
					seen.set('new', (seen.get('new') ?? 0) + 1);
					return;
				}
				expect(now).toEqual({ kind, rule, caption });
				const key = rule ?? kind;
				seen.set(key, (seen.get(key) ?? 0) + 1);
			}),
			{ numRuns: 5000 }
		);
		// Every outcome must come up often, or the comparison says little about it.
		for (const key of [
			...PROMPT_RULES,
			'template-placeholder',
			'icon-sprite',
			'caption',
			'prose'
		]) {
			expect(seen.get(key) ?? 0, key).toBeGreaterThan(10);
		}
	});

	it('classify the two decided divergences as decided', () => {
		expect(classifyLine('IconFacebook 。').kind).toBe('short');
		expect(classifyLine('東京で会見した。').kind).toBe('short');
		expect(classifyLine('政府は北方四島での共同経済活動を進める。').kind).toBe('prose');
		for (const l of ['try 1\u2028% off cookie', 'try $\u20289', 'Get 1\u2029% off']) {
			expect(classifyLine(l).rule, l).toBeUndefined();
			expect(oldClassify(0, l).rule, l).toBeUndefined();
		}
		expect(classifyLine('try 1 % off cookie').rule).toBe('offer');
		// Found later by the same comparison: "^" is the start of the line, not of a part after U+2028.
		expect(classifyLine('cookie\u2028Try £ 9').rule).toBeUndefined();
		expect(oldClassify(0, 'cookie\u2028Try £ 9').rule).toBeUndefined();
	});

	it('classify the seed-like clutter lines as before', () => {
		for (const l of [
			'Your trial period has expired',
			'You have 3 free articles left this month',
			'Your full access to Nikkei Asia has expired',
			'We use cookies. Accept all',
			'Try 3 months for $9',
			'Get 50% off today',
			'$9.99 / month',
			'Sponsored by Acme Corp',
			'Sponsored by   Acme Corp',
			'More from Asia »',
			'More from …',
			'Follow us on X',
			'Share on Facebook | Twitter | LinkedIn',
			'share online',
			'Read more...',
			'Photo by   Ivan Ivanov',
			'(Photo by Ivan Ivanov)',
			'AFP/Getty Images'
		]) {
			const { kind, rule, caption } = oldClassify(0, l);
			expect(classifyLine(l), l).toEqual({ kind, rule, caption });
		}
	});

	const upper = fc.constantFrom('TOKYO', 'NEW YORK', 'YUZHNO-KURILSK', 'A', 'AB', 'U.S.', 'É');
	const datelineish = fc
		.tuple(
			fc.array(fc.tuple(upper, fc.constantFrom(' ', '', '-', "'", '  ')), { maxLength: 4 }),
			fc.constantFrom('', ', Russia', ', March 20', ',  x'),
			fc.constantFrom('', ' ', '  ', '\u00a0'),
			fc.constantFrom('', '(Reuters)', '(AP) ', '( )'),
			fc.constantFrom('', ' ', '   '),
			fc.constantFrom('--', '—', '–', '-', ''),
			fc.constantFrom(' ', '', '  '),
			fc.constantFrom('The mayor said.', 'x', '')
		)
		.map(([place, ...rest]) => place.map(([p, s]) => p + s).join('') + rest.join(''));

	it('find the same datelines as the rule they replace', () => {
		fc.assert(
			fc.property(datelineish, (p) => {
				expect(datelineOf(p)).toBe(oldDatelineOf(p));
			}),
			{ numRuns: 3000 }
		);
	});

	it('leave a line over the cap as text, whatever its words', () => {
		const prompt = 'Subscribe now: your free articles are left for this month';
		expect(classifyLine(prompt).rule).toBe('paywall');
		const long = `${prompt} ${'x'.repeat(MAX_PROMPT_CHARS)}`;
		expect(classifyLine(long)).toEqual({ kind: 'short', rule: undefined, caption: undefined });
		// The linear rules still read it.
		expect(classifyLine(`${long} {{user}}`).rule).toBe('template-placeholder');
		// A cookie notice is read up to twice the cap: consent dialogs run long.
		const cookie = `We use cookies to improve the site. ${'More text. '.repeat(50)}By continuing you agree.`;
		expect(cookie.length).toBeGreaterThan(MAX_PROMPT_CHARS);
		expect(classifyLine(cookie).rule).toBe('page-control');
		expect(classifyLine(`${cookie} ${'x'.repeat(1000)}`).rule).toBeUndefined();
	});
});
