// The labelled page captures of tests/fixtures/world/ (Japanese, Russian, English), cleaned and linked
// as `npm run ingest` does: the goals per language, and the rules they exercise one by one.

import { describe, expect, it } from 'vitest';
import { CAPTURES, captureText } from '../fixtures/world/captures.ts';
import { scoreCaptures } from '../../src/lib/content/capture.score.ts';
import { formatScore } from '../../src/lib/content/gazetteer.score.ts';
import { cleanArticle, isTimestamp } from '../../src/lib/content/clean.ts';
import { linkArticle } from '../../src/lib/content/gazetteer.ts';
import { ingest } from '../../src/lib/content/ingest.ts';
import { islandsOf } from '../../src/lib/content/model.ts';

const ALL = ['iturup', 'kunashir', 'shikotan', 'habomai'];

describe('the labelled captures', () => {
	const scores = scoreCaptures(CAPTURES, captureText);

	it('cover Japanese, Russian and English', () => {
		expect(scores.map((s) => s.lang).sort()).toEqual(['en', 'ja', 'ru']);
		for (const s of scores) expect(s.captures).toBeGreaterThanOrEqual(4);
	});

	it.each(['ja', 'ru', 'en'])('meet the goals in %s', (lang) => {
		const s = scores.find((x) => x.lang === lang);
		if (!s) throw new Error(`no captures in ${lang}`);
		console.info(`captures, ${lang}:\n${formatScore(s.kinds)}`);
		expect(s.kinds.all.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.kinds.named.recall).toBeGreaterThanOrEqual(0.95);
		expect(s.kinds.group.recall).toBeGreaterThanOrEqual(0.85);
		for (const o of s.outcomes) {
			expect(o.error, o.file).toBeNull();
			expect(o.lost, o.file).toEqual([]);
			expect(o.clutter, o.file).toEqual([]);
			expect(o.lostCaptions, o.file).toEqual([]);
			expect(o.title.got, o.file).toBe(o.title.want);
			expect(o.dek.got, o.file).toBe(o.dek.want);
		}
	});

	it('finds each capture’s language', () => {
		for (const c of CAPTURES) {
			const r = ingest(new TextEncoder().encode(captureText(c)), { name: c.file });
			expect(r.lang, c.file).toBe(c.lang);
		}
	});
});

describe('ingesting a Japanese and a Russian capture', () => {
	const run = (file: string) => {
		const c = CAPTURES.find((x) => x.file === file);
		if (!c) throw new Error(file);
		return ingest(new TextEncoder().encode(captureText(c)), { name: file });
	};

	it('gives the Japanese headline, no clutter, and the islands per paragraph', () => {
		const r = run('ja-nhk-grave-visits.txt');
		expect(r.article.title).toBe('北方領土の墓参り　今年も見送り　元島民「一日も早く」');
		expect(r.lang).toBe('ja');
		expect(r.date).toBe('2023-08-20');
		expect(r.article.printedDate).toBe('2023年8月20日 18時12分');
		expect(r.article.paragraphs.map((p) => p.islands)).toEqual([
			ALL,
			ALL,
			['kunashir'],
			['kunashir'],
			ALL,
			['kunashir']
		]);
		// 同島 refers back to Kunashiri, named in the paragraph before.
		expect(
			r.article.paragraphs[3]?.links.filter((l) => l.via === 'reference').map((l) => l.match)
		).toEqual(['同島']);
		expect(r.article.captions.map((c) => [c.text, c.credit, c.islands])).toEqual([
			['納沙布岬から望む歯舞群島（根室市）', '©NHK', ['habomai']]
		]);
		const rules = new Map(r.article.removed.map((x) => [x.text, x.rule]));
		expect(rules.get('シェア')).toBe('page-control');
		expect(rules.get('関連記事')).toBe('page-control');
	});

	it('gives the Russian headline and dek, no appeal, and the Kurils as a kind of their own', () => {
		const r = run('ru-indie-drills.txt');
		expect(r.article.title).toBe('Япония выразила протест в связи с учениями на Курилах');
		expect(r.article.dek).toBe('Токио называет маневры «неприемлемыми»');
		expect(r.lang).toBe('ru');
		expect(r.date).toBe('2022-03-03');
		const first = r.article.paragraphs[0]?.links ?? [];
		expect(new Set(first.map((l) => l.via))).toEqual(new Set(['kurils']));
		expect(islandsOf(first)).toEqual(ALL);
		// The appeal glued to the fourth paragraph is removed with its own text; the paragraph stays.
		expect(r.article.paragraphs[3]?.text).toBe(
			'Российское Минобороны заявило, что в учениях участвовали более 1500 военнослужащих.'
		);
		expect(r.article.removed).toContainEqual({
			line: 12,
			rule: 'appeal',
			text: 'Поддержите независимую журналистику.'
		});
		expect(r.article.removed.filter((x) => x.rule === 'appeal').length).toBe(5);
		expect(r.heading.find((h) => h.role === 'title')?.reason).toMatch(/not a label/);
	});

	it('takes the language from the metadata when it is given', () => {
		const c = CAPTURES.find((x) => x.file === 'ru-tass-peace-treaty.txt');
		if (!c) throw new Error('capture');
		const meta = {
			outlet: 'TASS',
			url: 'https://tass.ru/politika/1',
			date: { value: '2019-12-18', precision: 'day' as const },
			lang: 'ru-RU'
		};
		const r = ingest(new TextEncoder().encode(captureText(c)), { meta, name: c.file });
		expect(r.lang).toBe('ru-RU');
		expect(r.meta?.lang).toBe('ru-RU');
		const plain = ingest(new TextEncoder().encode(captureText(c)), {
			meta: { ...meta, lang: undefined },
			name: c.file
		});
		expect(plain.meta?.lang).toBe('ru');
	});
});

describe('the Russian side’s way of writing', () => {
	const about = 'Japan claims the four islands it calls the Northern Territories.';
	const links = (...texts: string[]) => linkArticle([about, ...texts]).slice(1);

	it('reads the Kuril Islands as the four in an article about the dispute', () => {
		const [a, b] = links(
			'Former residents may not visit graves on the Kurile Islands this year.',
			'Moscow says the Kurils are Russian.'
		);
		expect(islandsOf(a ?? [])).toEqual(ALL);
		expect(a?.[0]?.via).toBe('kurils');
		expect(islandsOf(b ?? [])).toEqual(ALL);
	});

	it('does not where the text means the chain or its north', () => {
		for (const text of [
			'The Kuril chain stretches from Kamchatka to Hokkaido.',
			'Matua lies in the middle of the Kuril island chain.',
			'Flights to the northern Kurils were cancelled.',
			'Paramushir is the largest island of the Kuril Islands north of Iturup.',
			'Шумшу — самый северный из Курильских островов.'
		]) {
			const got = links(text)[0] ?? [];
			expect(
				got.filter((l) => l.via === 'kurils'),
				text
			).toEqual([]);
		}
	});

	it('does not in an article that is not about the dispute', () => {
		const got = linkArticle([
			'A kindergarten opened on Kunashir.',
			'It was built under a programme for the Kuril Islands.'
		]);
		expect(got[1]).toEqual([]);
	});

	it('links four of the southernmost islands, a disputed chain of islands, the island issue', () => {
		const got = linkArticle([
			'Japan claims four of the southernmost islands of the chain.',
			'Talks on fishing near a disputed chain of islands off Hokkaido resumed.',
			'Officials said the island issue would not be discussed, and the dispute goes on.'
		]);
		expect(islandsOf(got[0] ?? [])).toEqual(ALL);
		expect(islandsOf(got[1] ?? [])).toEqual(ALL);
		expect(new Set(got[2]?.map((l) => l.via))).toEqual(new Set(['reference']));
		expect(got[2]?.map((l) => l.match)).toContain('the dispute');
	});
});

describe('Japanese and Russian names and their traps', () => {
	const islands = (text: string) => islandsOf(linkArticle([text])[0] ?? []);

	it('finds names by characters in Japanese, and not inside other words', () => {
		expect(islands('国後島と択捉島、色丹島、歯舞群島を北方四島と呼ぶ。')).toEqual(ALL);
		expect(islands('首相は帰国後、記者団に語った。')).toEqual([]);
		expect(islands('竹島と尖閣諸島をめぐる問題。')).toEqual([]);
		expect(islands('歯舞漁協の組合員が根室市の歯舞地区で会合を開いた。')).toEqual([]);
		expect(islands('羅臼町と納沙布岬を訪れた。')).toEqual([]);
	});

	it('takes Russian case endings, and keeps Yuzhno-Sakhalinsk and the northern Kurils out', () => {
		expect(islands('На Кунашире и Итурупе, у Шикотана и Южных Курил.')).toEqual(ALL);
		expect(islands('Южнокурильский пролив')).toEqual([]);
		expect(islands('В Южно-Сахалинске прошло совещание.')).toEqual([]);
		expect(islands('В Северо-Курильске на Парамушире и на Урупе, Матуа и Шумшу.')).toEqual([]);
		expect(islands('В Южно-Курильске открыли школу.')).toEqual(['kunashir']);
		// The districts: Iturup's, and Kunashir's with Shikotan and the Habomais, by their adjectives.
		expect(islands('В Курильском районе прошли учения.')).toEqual(['iturup']);
		expect(islands('Южнокурильский рыбокомбинат открылся.')).toEqual([
			'kunashir',
			'shikotan',
			'habomai'
		]);
	});
});

describe('headlines and clutter by shape', () => {
	it('takes the headline under a time stamp, a masthead and a section, and says why', () => {
		const c = cleanArticle(
			[
				'Some Outlet',
				'World',
				'Russia and Japan trade protests over island drills',
				'September 23, 2:44 UTC+3 TOKYO',
				'Russia held drills on Iturup on Monday, the defence ministry said.',
				'Japan protested through diplomatic channels, officials said.'
			].join('\n')
		);
		expect(c.title).toBe('Russia and Japan trade protests over island drills');
		expect(c.printedDate).toBe('September 23, 2:44 UTC+3 TOKYO');
		expect(c.heading.map((h) => h.role)).toEqual(['left', 'section', 'title', 'printedDate']);
	});

	it('knows date and time stamps in three languages', () => {
		for (const t of [
			'September 23, 2:44 UTC+3 TOKYO',
			'2019年12月18日 19:30',
			'Обновлено 18 декабря 2019, 11:30',
			'Wednesday 1 December 2021 12:03 GMT'
		])
			expect(isTimestamp(t), t).toBe(true);
		expect(isTimestamp('Russia moves missiles to Matua')).toBe(false);
	});

	it('removes a run of appeals and keeps a paragraph that reports support', () => {
		const text = [
			'Japan seeks support for talks on the islands',
			'Tokyo asked Washington to support its position on Kunashir, officials said.',
			'"Thank you for your support," the prime minister told former residents.',
			'Support The Moscow Times!',
			'Now is the time to support independent reporting from Russia!',
			'Contribute Today'
		].join('\n');
		const c = cleanArticle(text);
		expect(c.paragraphs).toEqual([
			'Tokyo asked Washington to support its position on Kunashir, officials said.',
			'"Thank you for your support," the prime minister told former residents.'
		]);
		expect(c.removed.map((r) => r.rule)).toEqual(['appeal', 'appeal', 'appeal']);
	});

	it('removes a long appeal paragraph, page furniture in three languages, and reads a breadcrumb as a label', () => {
		const appeal =
			'Since you are here, we have a small favour to ask. More people than ever are reading our reporting, and we rely on readers like you: every contribution, however big or small, keeps our journalism open to everyone, so please consider supporting us today if you can.';
		const text = [
			'Home > World > Asia',
			'Japan and Russia agree to talk about fishing near Kunashir',
			'2 hours ago',
			'Japan and Russia agreed to hold fishing talks near Kunashir, officials said on Monday.',
			'Story continues below advertisement',
			'写真を拡大',
			'Материалы по теме',
			'The talks will begin next month in Moscow, the foreign ministry said.',
			appeal
		].join('\n');
		const c = cleanArticle(text);
		expect(c.title).toBe('Japan and Russia agree to talk about fishing near Kunashir');
		expect(c.printedDate).toBe('2 hours ago');
		expect(c.paragraphs).toEqual([
			'Japan and Russia agreed to hold fishing talks near Kunashir, officials said on Monday.',
			'The talks will begin next month in Moscow, the foreign ministry said.'
		]);
		expect(c.removed.find((r) => r.text === appeal)?.rule).toBe('appeal');
		expect(c.removed.find((r) => r.text === '写真を拡大')?.rule).toBe('page-control');
	});
});
