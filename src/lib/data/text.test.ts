import { describe, expect, it } from 'vitest';
import { ellipsize, hasCjk, shorten } from './text.ts';

describe('shorten', () => {
	it('leaves a text that fits as it is', () => {
		expect(shorten('Let us advance together.', 40)).toBe('Let us advance together.');
	});

	it('cuts at a word boundary and marks the cut with an ellipsis', () => {
		const out = shorten(
			'Abe urged further progress in talks with Russia to resolve the dispute',
			30
		);
		expect(out).toBe('Abe urged further progress in…');
		expect([...out].length).toBeLessThanOrEqual(30);
	});

	it('drops trailing punctuation before the ellipsis and counts characters, not UTF-16 units', () => {
		expect(shorten('One, two, three, four, five', 11)).toBe('One, two…');
		expect([...shorten('択捉島 国後島 色丹島 歯舞群島 北方領土', 9)].length).toBeLessThanOrEqual(9);
	});

	it('cuts inside a long word rather than returning almost nothing', () => {
		expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
	});
});

describe('ellipsize', () => {
	it('drops the punctuation a cut leaves, in any script', () => {
		expect(ellipsize('the islands, ')).toBe('the islands…');
		expect(ellipsize('北方四島の帰属、')).toBe('北方四島の帰属…');
		expect(ellipsize('1956 —')).toBe('1956…');
	});
});

describe('hasCjk', () => {
	it('finds kanji, kana and the punctuation written with them, and nothing else', () => {
		for (const text of ['択捉島', 'えとろふ', 'エトロフ', '。', '「', 'ー', '㎞', 'Ａ', '𠮷'])
			expect(hasCjk(text), text).toBe(true);
		for (const text of ['Iturup', 'Итуруп', '·', '—', '«»', '123'])
			expect(hasCjk(text), text).toBe(false);
	});
});
