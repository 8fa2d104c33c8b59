// The map screen's text follows the page's language: every string of its strings modules is read
// when it is rendered (a getter or a function), never fixed when the module loads, and each one
// has its own Japanese and Russian wording.
import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, getLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';
import type { Locale } from '#lib/i18n/locale.ts';
import { MAP_STRINGS } from './map.ts';
import { MAP_CONTROL_STRINGS } from './map-controls.ts';
import { MEASURE } from './measure.ts';
import { HOME, SEARCH_STRINGS } from './search.ts';
import { PLACE_CARD } from './place-card.ts';
import { RESULT_STRINGS } from './search-results.ts';
import { aroundSlot } from './slot.ts';

/** The same in every language: names, a licence, a key; units as Intl writes them (km in Japanese). */
const UNTRANSLATED = new Set([
	'MAP_STRINGS.attribution',
	'MAP_CONTROL_STRINGS.mapLibreLocale().ScaleControl',
	'SEARCH_STRINGS.hotkeyHint'
]);

/** Every string a value holds, by path; functions are called with plain words for arguments. */
function texts(value: unknown, path: string): [string, string][] {
	if ([...UNTRANSLATED].some((p) => path.startsWith(p))) return [];
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		const out: unknown = (value as (...args: unknown[]) => unknown)('from', 'to', 'to', 'to');
		return typeof out === 'string' ? [[`${path}()`, out]] : texts(out, `${path}()`);
	}
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => texts(child, `${path}.${key}`));
}

const all = () => [
	...texts(MAP_STRINGS, 'MAP_STRINGS'),
	...texts(MAP_CONTROL_STRINGS, 'MAP_CONTROL_STRINGS'),
	...texts(MEASURE, 'MEASURE'),
	...texts(SEARCH_STRINGS, 'SEARCH_STRINGS'),
	...texts(RESULT_STRINGS, 'RESULT_STRINGS'),
	...texts(PLACE_CARD, 'PLACE_CARD'),
	...texts(HOME, 'HOME')
];

function inLocale<T>(locale: Locale, read: () => T): T {
	overwriteGetLocale(() => locale);
	return read();
}

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('the map screen’s text', () => {
	it('is English where no page sets a language (the tests read it so)', () => {
		expect(getLocale()).toBe(baseLocale);
		expect(MAP_STRINGS.drawer.toggle).toBe('Layers, viewpoint & timeline');
		expect(SEARCH_STRINGS.count(3)).toBe('3 results. Enter opens the first; arrow keys move.');
	});

	it('has Japanese and Russian for every string, read in the page’s language', () => {
		const english = new Map(all());
		expect(english.size).toBeGreaterThan(80);
		for (const locale of ['ja', 'ru'] as const) {
			const translated = inLocale(locale, all);
			expect(translated.map(([path]) => path)).toEqual([...english.keys()]);
			for (const [path, text] of translated) {
				expect(text.trim(), `${locale} ${path}`).not.toBe('');
				// Punctuation round the arguments may be the same as English; words may not.
				if (/[A-Za-z]{2}/.test(english.get(path)!.replace(/\b(from|to)\b/g, '')))
					expect(text, `${locale} ${path}`).not.toBe(english.get(path));
			}
		}
	});

	it('counts results with Russian plural forms', () => {
		overwriteGetLocale(() => 'ru');
		expect(SEARCH_STRINGS.count(1)).toMatch(/^Найден 1 результат\./);
		expect(SEARCH_STRINGS.count(3)).toMatch(/^Найдено 3 результата\./);
		expect(SEARCH_STRINGS.count(5)).toMatch(/^Найдено 5 результатов\./);
		expect(SEARCH_STRINGS.count(21)).toMatch(/^Найден 21 результат\./);
	});

	it('puts a link where each language wants it in the sentence', () => {
		const kind = () => PLACE_CARD.kind.settlement;
		expect(aroundSlot((s) => PLACE_CARD.partOf(kind(), s))).toEqual([
			'Settlement on ',
			', one of the disputed island groups.'
		]);
		overwriteGetLocale(() => 'ja');
		expect(aroundSlot((s) => PLACE_CARD.partOf(kind(), s))).toEqual([
			'帰属が争われている島の一つ、',
			'にある集落。'
		]);
	});
});
