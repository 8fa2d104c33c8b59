// The site's own voice uses the glossary's neutral terms. Every text the site says in its own voice
// is walked here and checked for the loaded terms of glossary.ts; a side's words are exempt only
// where the data marks them as that side's (a position's case, an event's accounts, quotes). The
// rendered pages get the same check in tests/e2e/neutral.e2e.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseKey } from '../i18n/prose.ts';
import * as strings from '../strings/dispute.ts';
import * as disputePageStrings from '../strings/dispute-pages.ts';
import * as articleStrings from '../strings/articles.ts';
import * as articleIndexStrings from '../strings/article-index.ts';
import * as articleTryStrings from '../strings/article-try.ts';
import * as linkStrings from '../strings/links.ts';
import * as errorStrings from '../strings/error.ts';
import * as embedStrings from '../strings/embed.ts';
import * as mapStrings from '../strings/map.ts';
import * as mapControlStrings from '../strings/map-controls.ts';
import * as measureStrings from '../strings/measure.ts';
import * as readerStrings from '../strings/reader.ts';
import * as searchStrings from '../strings/search.ts';
import * as resultStrings from '../strings/search-results.ts';
import * as placeCardStrings from '../strings/place-card.ts';
import * as siteStrings from '../strings/site.ts';
import {
	GLOSSARY,
	LOADED_TERMS,
	loadedTermsIn,
	loadedTermsInLanguage,
	TREATIES,
	type Cite
} from './glossary.ts';
import { ISLAND_FACTS } from './island-facts.ts';
import { MEASURE_PRESETS } from './measure-presets.ts';
import { OVERLAY_TEXT } from './overlays.ts';
import { ALL_PLACES } from './places.ts';
import { POSITIONS } from './positions.ts';
import { SOURCES } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import { TIMELINE_STEPS } from './timeline-steps.ts';

/** Every string in a value, with the path it was found at; `skip` names keys not to enter. */
function texts(
	value: unknown,
	path: string,
	skip: ReadonlySet<string> = new Set()
): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		// Formatting functions: try them with plain arguments, so their fixed words are checked too.
		try {
			const out: unknown = (value as (...args: unknown[]) => unknown)(1855, 1945, 2);
			return typeof out === 'string' ? [[`${path}()`, out]] : [];
		} catch {
			return [];
		}
	}
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) =>
		skip.has(key) ? [] : texts(child, `${path}.${key}`, skip)
	);
}

/** The site's own voice, everywhere the data and the strings hold it. */
function ownVoice(): [string, string][] {
	// A side's case and an event's accounts are that side's words, marked data-side on the page.
	const sideOnly = new Set(['accounts']);
	return [
		...texts(TIMELINE, 'TIMELINE', sideOnly),
		...TIMELINE_STEPS.flatMap((s) => texts(s.holderText, `TIMELINE_STEPS[${s.year}].holderText`)),
		...texts(OVERLAY_TEXT, 'OVERLAY_TEXT'),
		...texts(POSITIONS.neutral, 'POSITIONS.neutral'),
		...(['ja', 'ru'] as const).flatMap((side) => [
			...texts(POSITIONS[side].label, `POSITIONS.${side}.label`),
			...texts(POSITIONS[side].mapNote, `POSITIONS.${side}.mapNote`)
		]),
		...texts(ISLAND_FACTS, 'ISLAND_FACTS'),
		...texts(MEASURE_PRESETS, 'MEASURE_PRESETS'),
		...ALL_PLACES.flatMap((p) => texts({ note: p.note, pointSource: p.pointSource }, p.id)),
		// Source titles are others' words (shown in <cite>); who published them, the note on them and
		// a title the site wrote (`described`) are the site's.
		...Object.values(SOURCES).flatMap((s) =>
			texts(
				{
					publisher: s.publisher,
					via: s.via,
					note: s.note,
					title: s.described ? s.title : undefined
				},
				s.id
			)
		),
		...GLOSSARY.flatMap((g) => texts({ concept: g.concept, neutral: g.neutral }, g.id)),
		...texts(strings, 'strings/dispute'),
		...texts(disputePageStrings, 'strings/dispute-pages'),
		...texts(articleStrings, 'strings/articles'),
		...texts(articleIndexStrings, 'strings/article-index'),
		...texts(articleTryStrings, 'strings/article-try'),
		...texts(linkStrings, 'strings/links'),
		...texts(errorStrings, 'strings/error'),
		...texts(embedStrings, 'strings/embed'),
		...texts(mapStrings, 'strings/map'),
		...texts(mapControlStrings, 'strings/map-controls'),
		...texts(measureStrings, 'strings/measure'),
		...texts(readerStrings, 'strings/reader'),
		...texts(searchStrings, 'strings/search'),
		...texts(resultStrings, 'strings/search-results'),
		...texts(placeCardStrings, 'strings/place-card'),
		...texts(siteStrings, 'strings/site')
	];
}

describe('the glossary', () => {
	it('recognises each loaded term, in any form the site might write it', () => {
		const samples: Record<string, string> = {
			occupied: 'the islands occupied since 1945; the Soviet occupation',
			illegal: 'an illegally held island',
			'inherent territory': 'Japan’s inherent territory',
			'return of the islands': 'calls for the return of the four islands',
			liberated: 'the islands were liberated',
			annexed: 'the USSR annexed the Kurils',
			'integral part': 'an integral part of Russia'
		};
		for (const term of LOADED_TERMS)
			expect(loadedTermsIn(samples[term.id] ?? '')).toContain(term.id);
		expect(
			loadedTermsIn('Soviet forces took the islands in 1945; Russia administers them')
		).toEqual([]);
	});

	it('gives every concept a neutral term in three languages and each side’s own term', () => {
		expect(GLOSSARY.map((g) => g.id)).toEqual([...new Set(GLOSSARY.map((g) => g.id))]);
		for (const g of GLOSSARY) {
			for (const text of [g.neutral.en, g.neutral.ja, g.neutral.ru, g.ja.term, g.ru.term])
				expect(text.trim()).not.toBe('');
			expect(loadedTermsIn(g.neutral.en)).toEqual([]);
		}
	});
});

describe('the site’s own voice', () => {
	it('reaches the texts it is meant to check', () => {
		const all = ownVoice();
		expect(all.length).toBeGreaterThan(300);
		expect(all.some(([path]) => path.startsWith('TIMELINE.') && path.endsWith('.summary'))).toBe(
			true
		);
		// The accounts are side voice: left out, or Japan's quoted words would fail the check.
		expect(all.some(([path]) => path.includes('.accounts'))).toBe(false);
	});

	it('uses no loaded term outside a side’s attributed words', () => {
		const found = ownVoice()
			.map(([path, text]) => [path, loadedTermsIn(text)] as const)
			.filter(([, terms]) => terms.length > 0);
		expect(found).toEqual([]);
	});

	it('keeps a side’s own term inside that side’s case', () => {
		// Japan's case quotes its own words; the check above would catch them anywhere else.
		const jaCase = JSON.stringify(POSITIONS.ja.arguments);
		expect(loadedTermsIn(jaCase)).toEqual(expect.arrayContaining(['illegal', 'occupied']));
	});
});

// The translations (messages/ja.json and ru.json) against the glossary: the site's own voice uses
// its neutral wording and no side's words, and every text names the treaties by their official
// Japanese and Russian names. A text still untranslated is left to the completeness check
// (src/lib/i18n/messages.test.ts), which names it.
type Lang = 'ja' | 'ru';
const LANGS: Lang[] = ['ja', 'ru'];
const readMessages = (locale: string): Record<string, unknown> =>
	JSON.parse(readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), 'utf8'));
const MESSAGES = { en: readMessages('en'), ja: readMessages('ja'), ru: readMessages('ru') };

/** A message's text, its variants joined: enough to look for words in. */
const textOf = (value: unknown): string | undefined =>
	typeof value === 'string'
		? value
		: Array.isArray(value)
			? texts(value, '')
					.map(([, t]) => t)
					.join('\n')
			: undefined;

/**
 * The keys of data prose a side says: a timeline event's accounts and a side's case (its
 * statement and its arguments, with the other side's answers). Every other message is the site's
 * own voice: titles, summaries, notes, overlays, labels, the interface (src/lib/data/prose.ts lists
 * the translated fields).
 */
function attributedKeys(): Set<string> {
	const keys = new Set<string>();
	for (const event of TIMELINE)
		for (const side of ['ja', 'ru'] as const) {
			const account = event.accounts?.[side];
			if (account) keys.add(proseKey('timeline', account.text));
		}
	for (const side of ['ja', 'ru'] as const) {
		const { statement, arguments: args } = POSITIONS[side];
		for (const [, text] of texts({ statement, args }, '', new Set(['quote', 'sources'])))
			keys.add(proseKey('positions', text));
	}
	return keys;
}

/**
 * Messages always shown together, read as one text: the site's name gives both sides' names, one
 * message each (src/lib/strings/site.ts).
 */
const SHOWN_TOGETHER = [['site_name_first', 'site_name_second']];

/** Every translated message of the site's own voice, with its English. */
function neutralTranslations(lang: Lang): { key: string; en: string; text: string }[] {
	const attributed = attributedKeys();
	const together = new Map(SHOWN_TOGETHER.flatMap((group) => group.map((k) => [k, group])));
	const joined = (keys: string[], messages: Record<string, unknown>) => {
		const parts = keys.map((k) => textOf(messages[k]));
		return parts.every((p) => p !== undefined) ? parts.join(' / ') : undefined;
	};
	return Object.keys(MESSAGES.en)
		.filter((key) => key !== '$schema' && !attributed.has(key))
		.flatMap((key) => {
			const keys = together.get(key) ?? [key];
			const en = joined(keys, MESSAGES.en);
			const text = joined(keys, MESSAGES[lang]);
			return en !== undefined && text !== undefined ? [{ key, en, text }] : [];
		});
}

const isCite = (c: Cite): boolean =>
	typeof c === 'string'
		? c in SOURCES
		: /^https?:\/\/\S+$/.test(c.url) && c.title.trim() !== '' && /^(ja|ru|en)$/.test(c.lang);

describe('the glossary in Japanese and Russian', () => {
	it('shows each side’s term in use, or says why it cannot yet', () => {
		for (const g of GLOSSARY)
			for (const side of ['ja', 'ru'] as const) {
				const term = g[side];
				expect(term.sources.every(isCite), `${g.id}.${side}`).toBe(true);
				expect(term.sources.length > 0 || !!term.unconfirmed?.trim(), `${g.id}.${side}`).toBe(true);
			}
		// Most terms are confirmed on both sides; the rest wait for a government page (see the note).
		const confirmed = GLOSSARY.filter((g) => g.ja.sources.length && g.ru.sources.length);
		expect(confirmed.length * 2).toBeGreaterThanOrEqual(GLOSSARY.length);
	});

	it('names the dispute’s treaties officially, each name with a source', () => {
		const names = TREATIES.flatMap((t) => [t.ja, t.ru]);
		expect(names).toEqual(
			expect.arrayContaining([
				'日露和親条約',
				'Симодский трактат',
				'樺太・千島交換条約',
				'Петербургский договор',
				'サンフランシスコ平和条約',
				'Сан-Францисский мирный договор',
				'日ソ共同宣言',
				'Советско-японская декларация 1956 года',
				'東京宣言',
				'Токийская декларация',
				'イルクーツク声明',
				'Иркутское заявление'
			])
		);
		for (const t of TREATIES) {
			expect(t.ruPattern.test(t.ru), t.id).toBe(true);
			expect(t.sources.ja.length && t.sources.ru.length, t.id).toBeTruthy();
			expect([...t.sources.ja, ...t.sources.ru].every(isCite), t.id).toBe(true);
		}
		// A Russian sentence declines the name; the check must still find it.
		const declared = TREATIES.find((t) => t.id === 'joint-declaration-1956')!;
		expect(declared.ruPattern.test('в Советско-японской декларации 1956 года')).toBe(true);
	});

	it('recognises each side’s words in Japanese and Russian, and lets a neutral text name both', () => {
		expect(loadedTermsInLanguage('ロシアによる不法占拠が続いている', 'ja')).toEqual(['不法占拠']);
		expect(loadedTermsInLanguage('日本固有の領土である', 'ja')).toEqual(['固有の領土']);
		expect(loadedTermsInLanguage('四島は北方領土である', 'ja')).toEqual(['北方領土']);
		expect(loadedTermsInLanguage('北方領土 / 南クリル諸島', 'ja')).toEqual([]);
		expect(loadedTermsInLanguage('ロシアが実効支配し、日本が領有権を主張する四島', 'ja')).toEqual(
			[]
		);
		expect(
			loadedTermsInLanguage('острова принадлежат России по итогам Второй мировой войны', 'ru')
		).toEqual(['итоги Второй мировой войны']);
		expect(loadedTermsInLanguage('Южные Курилы', 'ru')).toEqual(['Южные Курилы']);
		expect(loadedTermsInLanguage('Россия управляет ими как Южными Курилами', 'ru')).toEqual([]);
		expect(loadedTermsInLanguage('включают и северные, и южные Курилы', 'ru')).toEqual([]);
		expect(
			loadedTermsInLanguage('находятся под управлением России, на которые претендует Япония', 'ru')
		).toEqual([]);
	});
});

describe('messages/ja.json and ru.json', () => {
	it('tell the site’s own voice from a side’s', () => {
		const attributed = attributedKeys();
		// Japan's and Russia's cases and the events' accounts: dozens of texts, all in en.json.
		expect(attributed.size).toBeGreaterThan(40);
		expect([...attributed].every((k) => k in MESSAGES.en)).toBe(true);
		const neutral = Object.keys(MESSAGES.en).filter((k) => !attributed.has(k));
		expect(neutral).toContain(proseKey('timeline', TIMELINE[0]!.summary));
		expect(neutral).toContain(proseKey('positions', POSITIONS.neutral.statement));
	});

	for (const lang of LANGS) {
		it(`use no side’s words in the site’s own voice (${lang})`, () => {
			const found = neutralTranslations(lang)
				.map(({ key, text }) => ({ key, terms: loadedTermsInLanguage(text, lang), text }))
				.filter((f) => f.terms.length > 0);
			expect(found).toEqual([]);
		});

		it(`use the glossary’s neutral wording where the English does (${lang})`, () => {
			const rules = GLOSSARY.flatMap((g) => (g.usage ?? []).map((u) => ({ id: g.id, ...u })));
			const found = neutralTranslations(lang).flatMap(({ key, en, text }) =>
				rules
					.filter((r) => r.en.test(en) && !r[lang].test(text))
					.map((r) => ({ key, glossary: r.id, wants: String(r[lang]), text }))
			);
			expect(found).toEqual([]);
		});

		it(`name each treaty officially wherever the English names it (${lang})`, () => {
			const found = Object.keys(MESSAGES.en).flatMap((key) => {
				const en = textOf(MESSAGES.en[key]);
				const text = textOf(MESSAGES[lang][key]);
				if (en === undefined || text === undefined) return [];
				return TREATIES.filter((t) => t.en.test(en))
					.filter((t) => (lang === 'ja' ? !text.includes(t.ja) : !t.ruPattern.test(text)))
					.map((t) => ({ key, wants: t[lang], text }));
			});
			expect(found).toEqual([]);
		});
	}

	it('name every treaty of the glossary in Japanese and Russian', () => {
		const all = (lang: Lang) =>
			Object.values(MESSAGES[lang])
				.map((v) => textOf(v) ?? '')
				.join('\n');
		const [ja, ru] = [all('ja'), all('ru')];
		const missing = TREATIES.flatMap((t) => [
			...(ja.includes(t.ja) ? [] : [`ja: ${t.ja}`]),
			...(t.ruPattern.test(ru) ? [] : [`ru: ${t.ru}`])
		]);
		expect(missing, 'not in messages/ja.json or ru.json yet (untranslated?)').toEqual([]);
	});
});
