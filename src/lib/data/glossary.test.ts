// The site's own voice uses the glossary's neutral terms. Every text the site says in its own voice
// is walked here and checked for the loaded terms of glossary.ts; a side's words are exempt only
// where the data marks them as that side's (a position's case, an event's accounts, quotes). The
// rendered pages get the same check in tests/e2e/neutral.e2e.ts.
import { describe, expect, it } from 'vitest';
import * as strings from '../strings/dispute.ts';
import * as articleStrings from '../strings/articles.ts';
import * as linkStrings from '../strings/links.ts';
import * as mapStrings from '../strings/map.ts';
import * as measureStrings from '../strings/measure.ts';
import * as readerStrings from '../strings/reader.ts';
import * as searchStrings from '../strings/search.ts';
import * as siteStrings from '../strings/site.ts';
import { GLOSSARY, LOADED_TERMS, loadedTermsIn } from './glossary.ts';
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
		// Source titles are others' words (shown in <cite>); who published them is the site's.
		...Object.values(SOURCES).flatMap((s) => texts({ publisher: s.publisher, via: s.via }, s.id)),
		...GLOSSARY.flatMap((g) => texts({ concept: g.concept, neutral: g.neutral }, g.id)),
		...texts(strings, 'strings/dispute'),
		...texts(articleStrings, 'strings/articles'),
		...texts(linkStrings, 'strings/links'),
		...texts(mapStrings, 'strings/map'),
		...texts(measureStrings, 'strings/measure'),
		...texts(readerStrings, 'strings/reader'),
		...texts(searchStrings, 'strings/search'),
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
