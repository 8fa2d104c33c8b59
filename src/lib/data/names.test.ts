import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_PROPERTY, labelLines } from './names.ts';
import { ALL_PLACES, ISLANDS } from './places.ts';
import { NAME_LEADS } from './types.ts';

const place = (id: string) => {
	const p = ALL_PLACES.find((q) => q.id === id);
	if (!p) throw new Error(`no place ${id}`);
	return p;
};

describe('labelLines', () => {
	it('writes an island as englishName, the native scripts below', () => {
		expect(labelLines(ISLANDS.iturup, 'both')).toEqual(['Iturup / Etorofu', '択捉島  Итуруп']);
		expect(labelLines(ISLANDS.iturup, 'ja')[0]).toBe('Etorofu (Iturup)');
		expect(labelLines(ISLANDS.iturup, 'ru')[0]).toBe('Iturup (Etorofu)');
	});

	it('writes a settlement under its current name unless the Japanese form leads', () => {
		const town = place('yuzhno-kurilsk');
		const { enRu, enJa } = town.names;
		expect(enRu).not.toBe(enJa);
		expect(labelLines(town, 'both')[0]).toBe(`${enRu} (${enJa})`);
		expect(labelLines(town, 'ru')[0]).toBe(`${enRu} (${enJa})`);
		expect(labelLines(town, 'ja')[0]).toBe(`${enJa} (${enRu})`);
	});

	it('gives one form where both sides write the same', () => {
		expect(labelLines(place('hokkaido'), 'ja')).toEqual(['Hokkaido', '北海道  Хоккайдо']);
	});
});

describe('static/geo/labels.geojson', () => {
	it('carries every name order’s label as labelLines writes it', () => {
		const labels = JSON.parse(readFileSync('static/geo/labels.geojson', 'utf8')) as {
			features: { properties: Record<string, unknown> }[];
		};
		expect(labels.features.length).toBeGreaterThan(20);
		for (const { properties } of labels.features)
			for (const lead of NAME_LEADS)
				expect(properties[LABEL_PROPERTY[lead]], `${String(properties.id)} ${lead}`).toBe(
					labelLines(place(String(properties.id)), lead).join('\n')
				);
	});
});
