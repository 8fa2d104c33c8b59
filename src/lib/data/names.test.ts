import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '#lib/i18n/locale.ts';
import { overwriteGetLocale, getLocale } from '#lib/paraglide/runtime.js';
import {
	effectiveLead,
	labelLeads,
	labelLineParts,
	labelLines,
	labelProperty,
	LOCALE_SIDE,
	nameParts,
	placeName,
	sentenceName
} from './names.ts';
import { ALL_PLACES, ISLANDS, type Place } from './places.ts';
import { NAME_LEADS, VIEWPOINTS } from './types.ts';

const place = (id: string) => {
	const p = ALL_PLACES.find((q) => q.id === id);
	if (!p) throw new Error(`no place ${id}`);
	return p;
};

/** A place as if places.ts had no Russian form for it: every real place now has one. */
const withoutRussian = (p: Place): Place => {
	const { enRu, enJa, ja } = p.names;
	return { ...p, names: ja ? { enRu, enJa, ja } : { enRu, enJa } };
};

describe('labelLines', () => {
	it('writes an island as placeName, the native scripts below', () => {
		expect(labelLines(ISLANDS.iturup, 'both', 'en')).toEqual([
			'Iturup / Etorofu',
			'択捉島  Итуруп'
		]);
		expect(labelLines(ISLANDS.iturup, 'ja', 'en')[0]).toBe('Etorofu (Iturup)');
		expect(labelLines(ISLANDS.iturup, 'ru', 'en')[0]).toBe('Iturup (Etorofu)');
	});

	it('writes a settlement under its current name unless the Japanese form leads', () => {
		const town = place('yuzhno-kurilsk');
		const { enRu, enJa } = town.names;
		expect(enRu).not.toBe(enJa);
		expect(labelLines(town, 'both', 'en')[0]).toBe(`${enRu} (${enJa})`);
		expect(labelLines(town, 'ru', 'en')[0]).toBe(`${enRu} (${enJa})`);
		expect(labelLines(town, 'ja', 'en')[0]).toBe(`${enJa} (${enRu})`);
	});

	it('gives one form where both sides write the same', () => {
		expect(labelLines(place('hokkaido'), 'ja', 'en')).toEqual(['Hokkaido', '北海道  Хоккайдо']);
		expect(labelLines(place('hokkaido'), 'ru', 'ja')).toEqual(['北海道']);
		expect(labelLines(place('hokkaido'), 'ja', 'ru')).toEqual(['Хоккайдо']);
	});

	it('leads with the page language’s own form, the other side’s below it', () => {
		expect(labelLines(ISLANDS.kunashir, 'both', 'ja')).toEqual(['国後島', 'Kunashir']);
		expect(labelLines(ISLANDS.kunashir, 'both', 'ru')).toEqual(['Кунашир', 'Kunashiri']);
		// The reader's (or the viewpoint's) order still wins.
		expect(labelLines(ISLANDS.kunashir, 'ru', 'ja')).toEqual(['Kunashir', '国後島']);
		expect(labelLines(ISLANDS.kunashir, 'ja', 'ru')).toEqual(['Kunashiri', 'Кунашир']);
	});
});

describe('placeName', () => {
	it('keeps the English rule on English pages', () => {
		expect(placeName(ISLANDS.iturup, 'both', 'en')).toBe('Iturup / Etorofu');
		expect(placeName(ISLANDS.iturup, 'ja', 'en')).toBe('Etorofu (Iturup)');
		expect(placeName(ISLANDS.iturup, 'ru', 'en')).toBe('Iturup (Etorofu)');
		expect(placeName(ISLANDS.shikotan, 'both', 'en')).toBe('Shikotan');
	});

	it('leads with the Japanese name on Japanese pages and the Russian on Russian ones', () => {
		expect(placeName(ISLANDS.iturup, 'both', 'ja')).toBe('択捉島 / Iturup');
		expect(placeName(ISLANDS.iturup, 'both', 'ru')).toBe('Итуруп / Etorofu');
		expect(placeName(ISLANDS.kunashir, 'both', 'ja')).toMatch(/^国後島/);
		expect(placeName(ISLANDS.kunashir, 'both', 'ru')).toMatch(/^Кунашир/);
		expect(placeName(ISLANDS.habomai, 'both', 'ru')).toBe('острова Хабомаи');
	});

	it('lets the reader put the other side’s name first in any language', () => {
		expect(placeName(ISLANDS.iturup, 'ru', 'ja')).toBe('Iturup / 択捉島');
		expect(placeName(ISLANDS.iturup, 'ja', 'ru')).toBe('Etorofu / Итуруп');
		expect(placeName(ISLANDS.iturup, 'ja', 'ja')).toBe(placeName(ISLANDS.iturup, 'both', 'ja'));
	});

	it('falls back to the English form where a place has none in the page’s script', () => {
		expect(placeName(place('krabozavodskoye'), 'both', 'ja')).toBe('Krabozavodskoye');
		expect(placeName(withoutRussian(place('yururi')), 'both', 'ru')).toBe('Yururi');
	});

	it('writes the Japanese places in Cyrillic on Russian pages', () => {
		expect(placeName(place('yururi'), 'both', 'ru')).toBe('Юрури');
		expect(placeName(place('shiretoko'), 'both', 'ru')).toBe('полуостров Сиретоко');
	});

	it('tells the two unnamed islets off Shikotan apart in every language', () => {
		for (const locale of ['en', 'ja', 'ru'] as const) {
			const east = placeName(place('shikotan-islet-east'), 'both', locale);
			const west = placeName(place('shikotan-islet-west'), 'both', locale);
			expect(east).not.toBe(west);
			if (locale !== 'en') expect(east).not.toMatch(/[A-Za-z]/);
		}
	});

	it('marks each part with the language it is written in', () => {
		expect(nameParts(ISLANDS.iturup, 'both', 'ja')).toEqual([
			{ text: '択捉島', lang: 'ja' },
			{ text: 'Iturup', lang: 'en' }
		]);
		expect(nameParts(ISLANDS.iturup, 'both', 'ru')).toEqual([
			{ text: 'Итуруп', lang: 'ru' },
			{ text: 'Etorofu', lang: 'en' }
		]);
		expect(nameParts(ISLANDS.iturup, 'ja', 'en')).toEqual([
			{ text: 'Etorofu (Iturup)', lang: 'en' }
		]);
	});

	it('is placeName joined, for every place, order and language', () => {
		for (const p of ALL_PLACES)
			for (const lead of NAME_LEADS)
				for (const locale of LOCALES)
					expect(placeName(p, lead, locale)).toBe(
						nameParts(p, lead, locale)
							.map((part) => part.text)
							.join(' / ')
					);
	});
});

describe('effectiveLead', () => {
	const pageLocale = getLocale;
	afterEach(() => overwriteGetLocale(pageLocale));

	it("is the reader's choice, else the page language's, else the viewpoint's", () => {
		for (const locale of LOCALES)
			for (const viewpoint of VIEWPOINTS) {
				expect(effectiveLead('ja', viewpoint, locale)).toBe('ja');
				expect(effectiveLead('ru', viewpoint, locale)).toBe('ru');
			}
		expect(effectiveLead('both', 'neutral', 'en')).toBe('both');
		expect(effectiveLead('both', 'neutral', 'ja')).toBe('ja');
		expect(effectiveLead('both', 'neutral', 'ru')).toBe('ru');
	});

	// Names follow the language; the viewpoint does not (README.md, Languages).
	it('follows the viewpoint on English pages only', () => {
		expect(effectiveLead('both', 'ja', 'en')).toBe('ja');
		expect(effectiveLead('both', 'ru', 'en')).toBe('ru');
		for (const viewpoint of VIEWPOINTS) {
			expect(effectiveLead('both', viewpoint, 'ja')).toBe('ja');
			expect(effectiveLead('both', viewpoint, 'ru')).toBe('ru');
		}
	});

	it('reads the page’s language when none is given', () => {
		expect(getLocale()).toBe('en');
		expect(effectiveLead('both', 'neutral')).toBe('both');
		overwriteGetLocale(() => 'ru');
		expect(effectiveLead('both', 'neutral')).toBe('ru');
		expect(placeName(ISLANDS.kunashir)).toBe('Кунашир / Kunashiri');
	});

	it('knows a side (or none) for every language', () => {
		expect(Object.keys(LOCALE_SIDE).sort()).toEqual([...LOCALES].sort());
	});
});

describe('static/geo/labels.geojson', () => {
	it('carries every language’s label in every name order as labelLines writes it', () => {
		const labels = JSON.parse(readFileSync('static/geo/labels.geojson', 'utf8')) as {
			features: { properties: Record<string, unknown> }[];
		};
		expect(labels.features.length).toBeGreaterThan(20);
		for (const { properties } of labels.features)
			for (const locale of LOCALES)
				for (const lead of NAME_LEADS) {
					const key = labelProperty(lead, locale);
					expect(properties[key], `${String(properties.id)} ${locale} ${lead}`).toBe(
						labelLines(place(String(properties.id)), lead, locale).join('\n')
					);
				}
	});

	it('needs no label of its own for a language’s own order', () => {
		expect(labelLeads('en')).toEqual(['both', 'ja', 'ru']);
		expect(labelLeads('ja')).toEqual(['ja', 'ru']);
		expect(labelProperty('both', 'ja')).toBe(labelProperty('ja', 'ja'));
		expect(labelProperty('both', 'en')).toBe('labelBoth');
	});
});

describe('sentenceName', () => {
	it('is the one name in the page’s script, whatever the order chosen', () => {
		for (const lead of NAME_LEADS) {
			expect(sentenceName(ISLANDS.kunashir, lead, 'ja')).toEqual({ text: '国後島', lang: 'ja' });
			expect(sentenceName(ISLANDS.kunashir, lead, 'ru')).toEqual({ text: 'Кунашир', lang: 'ru' });
		}
	});

	it('keeps English pages’ names as placeName writes them', () => {
		for (const lead of NAME_LEADS)
			expect(sentenceName(ISLANDS.iturup, lead, 'en')).toEqual({
				text: placeName(ISLANDS.iturup, lead, 'en'),
				lang: 'en'
			});
	});

	it('falls back to the side’s English form, marked English, where the page’s script has none', () => {
		expect(sentenceName(withoutRussian(place('shiretoko')), 'both', 'ru')).toEqual({
			text: 'Shiretoko Peninsula',
			lang: 'en'
		});
	});

	// The island lists and links put the text in a sentence without a `lang` of its own.
	it('has every island in each language’s own script', () => {
		for (const island of Object.values(ISLANDS))
			for (const locale of ['ja', 'ru'] as const)
				expect(sentenceName(island, 'both', locale).lang).toBe(locale);
	});
});

describe('labelLineParts', () => {
	it('gives each line of a label on /ja and /ru its language', () => {
		expect(labelLineParts(ISLANDS.kunashir, 'both', 'ja')).toEqual([
			{ text: '国後島', lang: 'ja' },
			{ text: 'Kunashir', lang: 'en' }
		]);
		expect(labelLineParts(ISLANDS.kunashir, 'ja', 'ru')).toEqual([
			{ text: 'Kunashiri', lang: 'en' },
			{ text: 'Кунашир', lang: 'ru' }
		]);
	});

	it('leaves English pages’ line of two scripts without one language', () => {
		const [first, native] = labelLineParts(place('hokkaido'), 'ja', 'en');
		expect(first).toEqual({ text: 'Hokkaido', lang: 'en' });
		expect(native).toEqual({ text: '北海道  Хоккайдо' });
	});
});
