import { describe, expect, it } from 'vitest';
import { cleanArticle, datelineOf } from './clean.ts';
import { IngestError } from './errors.ts';
import {
	SEED_CAPTION,
	SEED_CLUTTER,
	SEED_DEK,
	SEED_PARAGRAPHS,
	SEED_RAW,
	SEED_SECTION,
	SEED_TITLE
} from '../../../tests/fixtures/seed.ts';

const seedText = SEED_RAW.toString('utf8');

/** A page with one paragraph per line and blank lines between, as a browser copy gives. */
function page(...lines: string[]): string {
	return lines.join('\n\n');
}

const BODY = [
	'MOSCOW -- Russia opened a new school on Shikotan on Monday, officials said.',
	'The school has room for 300 pupils and a sports hall, the regional government said.',
	'Japan protested, saying the island is Japanese territory under Russian occupation.'
];

describe('the seed article', () => {
	const cleaned = cleanArticle(seedText);

	it('is exactly the article: headline, dek, section, dateline, paragraphs, caption', () => {
		expect(cleaned.title).toBe(SEED_TITLE);
		expect(cleaned.dek).toBe(SEED_DEK);
		expect(cleaned.section).toBe(SEED_SECTION);
		expect(cleaned.dateline).toBe('TOKYO');
		expect(cleaned.byline).toBeNull();
		expect(cleaned.printedDate).toBeNull();
		expect(cleaned.paragraphs).toEqual(SEED_PARAGRAPHS);
		expect(cleaned.captions).toEqual([SEED_CAPTION]);
	});

	it('keeps none of the clutter', () => {
		const kept = [cleaned.title, cleaned.dek, ...cleaned.paragraphs, SEED_CAPTION.text].join('\n');
		for (const clutter of SEED_CLUTTER) {
			expect(seedText).toContain(clutter);
			expect(kept).not.toContain(clutter);
		}
	});

	it('accounts for every line: kept, or removed with a rule', () => {
		const lines = seedText.split('\n');
		const nonBlank = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
		const kept = 3 + SEED_PARAGRAPHS.length + 1; // section, title, dek; the caption line
		expect(cleaned.removed).toHaveLength(nonBlank.length - kept);
		const rules = new Set(cleaned.removed.map((r) => r.rule));
		for (const rule of [
			'icon-sprite',
			'template-placeholder',
			'paywall',
			'offer',
			'sponsored',
			'page-control',
			'outside-article'
		]) {
			expect(rules).toContain(rule);
		}
		expect(cleaned.removed.find((r) => r.line === 1)?.rule).toBe('icon-sprite');
	});

	it('gives the same result with the headline and dek given as hints', () => {
		// Only the recorded reasons differ: the metadata chose the lines.
		const hinted = cleanArticle(seedText, { title: SEED_TITLE, dek: SEED_DEK });
		expect({ ...hinted, heading: [] }).toEqual({ ...cleaned, heading: [] });
		expect(hinted.heading.map((h) => [h.role, h.reason])).toEqual([
			['section', 'a short label above the headline'],
			['title', 'given in the metadata'],
			['dek', 'given in the metadata']
		]);
	});

	it('reads CRLF and CR line ends and a byte-order mark the same way', () => {
		const crlf = cleanArticle('\uFEFF' + seedText.replace(/\n/g, '\r\n'));
		expect({ ...crlf, removed: [] }).toEqual({ ...cleaned, removed: [] });
		expect(cleanArticle(seedText.replace(/\n/g, '\r')).paragraphs).toEqual(SEED_PARAGRAPHS);
	});
});

describe('cleaning rules', () => {
	it('finds headline and dek with no section label, and a byline and printed date', () => {
		const c = cleanArticle(
			page(
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				'By Anna Petrova and Ken Sato',
				'March 20, 2018 14:05 JST',
				...BODY
			)
		);
		expect(c).toMatchObject({
			title: 'Russia opens school on disputed island',
			dek: 'Tokyo protests the move',
			section: null,
			byline: 'By Anna Petrova and Ken Sato',
			printedDate: 'March 20, 2018 14:05 JST',
			dateline: 'MOSCOW',
			paragraphs: BODY
		});
	});

	it('takes a two-word line before the headline as the section, and none as the dek', () => {
		const c = cleanArticle(page('Politics', 'Russia opens school on disputed island', ...BODY));
		expect(c).toMatchObject({
			section: 'Politics',
			title: 'Russia opens school on disputed island',
			dek: null
		});
	});

	it('keeps navigation above the header out of the article', () => {
		const c = cleanArticle(
			page(
				'Home World Asia',
				'Japan-Russia',
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				...BODY
			)
		);
		expect(c.title).toBe('Russia opens school on disputed island');
		expect(c.section).toBe('Japan-Russia');
		expect(c.removed).toEqual([{ line: 1, rule: 'header-extra', text: 'Home World Asia' }]);
	});

	it('removes page controls and an inline advertisement without cutting the article short', () => {
		const c = cleanArticle(
			page(
				'Share',
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				BODY[0] as string,
				'Advertisement',
				BODY[1] as string,
				'Read more',
				BODY[2] as string,
				'Related articles'
			)
		);
		expect(c.paragraphs).toEqual(BODY);
		expect(c.removed.map((r) => r.rule)).toEqual([
			'page-control',
			'page-control',
			'page-control',
			'page-control'
		]);
	});

	it('keeps real paragraphs that use the words of prompts', () => {
		const ps = [
			'The ministry said the subscription list for the visa-free visits had closed, and that the free trial of a ferry service to Kunashir ended in May after complaints from residents of Nemuro.',
			'Former residents asked for unlimited access to family graves.',
			'Sponsored by the foreign ministry, the tour visited Kunashir.',
			'He declined to continue reading the statement.'
		];
		const c = cleanArticle(page('Ferry trial ends', 'Residents complain', ...BODY, ...ps));
		expect(c.paragraphs).toEqual([...BODY, ...ps]);
	});

	it('drops promotional copy after a paywall even when it reads like a sentence', () => {
		const c = cleanArticle(
			page(
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				...BODY,
				'Subscribe now',
				'Our journalism, your edge',
				'Read the stories that matter to Asia.',
				'Anywhere, on any device',
				'Get 3 months for $1'
			)
		);
		expect(c.paragraphs).toEqual(BODY);
	});

	it('takes lines ending in a credit as captions, and a credit line joins the line above', () => {
		const c = cleanArticle(
			page(
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				'The new school in Malokurilskoye (Photo by Ivan Ivanov)',
				BODY[0] as string,
				'Pupils at the opening on Monday',
				'© Sakhalin regional government',
				BODY[1] as string,
				'A view of Shikotan from the sea. Photo: Kyodo',
				BODY[2] as string
			)
		);
		expect(c.paragraphs).toEqual(BODY);
		expect(c.captions).toEqual([
			{
				text: 'The new school in Malokurilskoye',
				credit: '(Photo by Ivan Ivanov)',
				afterParagraph: -1
			},
			{
				text: 'Pupils at the opening on Monday',
				credit: '© Sakhalin regional government',
				afterParagraph: 0
			},
			{ text: 'A view of Shikotan from the sea.', credit: 'Photo: Kyodo', afterParagraph: 1 }
		]);
	});

	it('does not take prose ending with "a photo by ..." as a caption', () => {
		const p = 'The exhibition in Nemuro opened with a photo by a former resident of Shikotan.';
		const c = cleanArticle(page('Exhibition opens', 'Old photos of the islands', p, ...BODY));
		expect(c.paragraphs[0]).toBe(p);
		expect(c.captions).toEqual([]);
	});

	it('removes template placeholders and icon sprites anywhere', () => {
		const c = cleanArticle(
			page(
				'IconFacebookIconTwitterIconLinkedinIconMail',
				'Russia opens school on disputed island',
				'Tokyo protests the move',
				BODY[0] as string,
				'Hello {{user.firstName}}, you have read ${count} stories.',
				...BODY.slice(1)
			)
		);
		expect(c.paragraphs).toEqual(BODY);
		expect(c.removed.map((r) => r.rule)).toEqual(['icon-sprite', 'template-placeholder']);
	});

	it('keeps paragraphs verbatim: quotes, non-breaking spaces and inner spacing untouched', () => {
		const p = '“We will not give up,”\u00a0 she said  — twice.';
		const c = cleanArticle(page('Residents vow to stay', 'A small protest', `  ${p}\t`, ...BODY));
		expect(c.paragraphs[0]).toBe(p);
	});

	it('uses the first line of the body as headline when nothing precedes it', () => {
		const c = cleanArticle(page('Russia opens school on Shikotan.', ...BODY));
		expect(c.title).toBe('Russia opens school on Shikotan.');
		expect(c.paragraphs).toEqual(BODY);
	});

	it('refuses text with no paragraphs', () => {
		const attempt = () => cleanArticle(page('Subscribe now', 'Menu', 'Share', 'Island row'));
		expect(attempt).toThrow(IngestError);
		expect(attempt).toThrow(/no article paragraphs/);
	});

	it('refuses a headline hint that is not a line of the text', () => {
		expect(() => cleanArticle(seedText, { title: 'Putin wins' })).toThrow(
			expect.objectContaining({ code: 'BAD_META' })
		);
	});

	it('reads datelines in the usual forms', () => {
		expect(datelineOf('TOKYO -- Abe said')).toBe('TOKYO');
		expect(datelineOf('MOSCOW (Reuters) - Russia said')).toBe('MOSCOW');
		expect(datelineOf('YUZHNO-KURILSK, Russia — The mayor')).toBe('YUZHNO-KURILSK');
		expect(datelineOf('NEW YORK – The UN')).toBe('NEW YORK');
		expect(datelineOf('Abe said -- again')).toBeNull();
		expect(datelineOf('AI - the future')).toBeNull();
	});
});

// Pages as outlets in the three languages print them, with the clutter that once became the
// headline or the article: cookie notices, the page's own title, comments, footers, paywalls.
describe('pages as the world prints them', () => {
	it('removes a cookie notice in any language, however long, and its buttons', () => {
		const notices = [
			'We use cookies to give you the best experience on our website. By clicking "Accept all", you agree to the storing of cookies on your device. Cookie Policy',
			'朝日新聞デジタルは、Cookieを利用しています。サイトの利用を続けることで、Cookieの利用に同意したものとみなします。',
			'Мы используем файлы cookie, чтобы сделать сайт удобнее для вас. Продолжая пользоваться сайтом, вы соглашаетесь с политикой конфиденциальности.'
		];
		for (const notice of notices) {
			const c = cleanArticle(
				page(notice, 'Принять', 'Accept all', 'Russia opens school on disputed island', ...BODY)
			);
			expect(c.title, notice).toBe('Russia opens school on disputed island');
			expect(c.paragraphs).toEqual(BODY);
			expect(c.removed.map((r) => r.text)).toEqual([notice, 'Принять', 'Accept all']);
		}
	});

	it("takes the headline, not the page's title that repeats it with the site's name", () => {
		for (const [pageTitle, headline] of [
			['Шикотан получит новый причал - РИА Новости, 03.09.2024', 'Шикотан получит новый причал'],
			['北方領土墓参、今年も見送り：北海道新聞デジタル', '北方領土墓参、今年も見送り'],
			['Kuril Islands: families still waiting - BBC News', 'Kuril Islands: families still waiting']
		] as const) {
			const c = cleanArticle(page(pageTitle, 'Menu', 'World', headline, ...BODY));
			expect(c.title).toBe(headline);
			expect(c.heading.find((h) => h.text === pageTitle)?.reason).toMatch(/page's title/);
		}
	});

	it('ends the article at the comments or the footer: readers’ sentences are not the article’s', () => {
		for (const end of [
			'Comments (3)',
			'Комментарии',
			'コメント(12)',
			'Copyright © The Yomiuri Shimbun.'
		]) {
			const c = cleanArticle(
				page(
					'Russia opens school on disputed island',
					...BODY,
					end,
					'kunashir_local | 3 сентября 2024',
					'So sad. My grandmother was born on Shikotan and never went back.',
					'I hope the talks resume soon, for the families.'
				)
			);
			expect(c.paragraphs, end).toEqual(BODY);
		}
		// Above the article (a comment count beside the headline) it ends nothing.
		const c = cleanArticle(page('Russia opens school on disputed island', 'Comments (3)', ...BODY));
		expect(c.paragraphs).toEqual(BODY);
	});

	it('removes the Russian, Japanese and English paywall lines it once kept', () => {
		for (const prompt of [
			'Полная версия доступна подписчикам',
			'Оформите подписку, чтобы читать все материалы без ограничений.',
			'Subscribe to The Japan Times to keep reading unlimited articles.',
			'残り：0文字/全文：1234文字'
		]) {
			const c = cleanArticle(page('Russia opens school on disputed island', ...BODY, prompt));
			expect(c.removed.find((r) => r.text === prompt)?.rule, prompt).toBe('paywall');
		}
	});

	it('keeps a headline that has 拡大 (expansion) and a paragraph that starts "Related"', () => {
		const related =
			'Related talks on joint economic activities, agreed by the two leaders in 2016, have stalled since 2022.';
		const c = cleanArticle(page('ロシア軍　北方領土で演習拡大　政府が抗議', ...BODY, related));
		expect(c.title).toBe('ロシア軍　北方領土で演習拡大　政府が抗議');
		expect(c.paragraphs).toEqual([...BODY, related]);
		expect(cleanArticle(page('写真を拡大', 'Russia opens school', ...BODY)).title).toBe(
			'Russia opens school'
		);
	});

	it('reads dates as each language prints them, and no menu word as a month', () => {
		for (const date of [
			'2024年9月3日 15:20（9月3日 16:40更新）',
			'14:05 03.09.2024 (обновлено: 15:12 03.09.2024)'
		]) {
			const c = cleanArticle(page('Russia opens school on disputed island', date, ...BODY));
			expect(c.printedDate).toBe(date);
		}
		const c = cleanArticle(page('Markets', 'Russia opens school on disputed island', ...BODY));
		expect(c.printedDate).toBeNull();
	});

	it('finds a byline written "by" or «Автор:»', () => {
		for (const byline of ['by Kanako Takahara', 'Автор: Ирина Смирнова, ИА Sakhalin.info']) {
			const c = cleanArticle(page('Russia opens school on disputed island', byline, ...BODY));
			expect(c.byline).toBe(byline);
		}
	});

	it('reads a sentence ending in a footnote mark as a sentence, and a dek above the byline as the dek', () => {
		const body = [
			'When the prime minister spoke to the Diet in January, the passage on Russia was short.[1]',
			'That silence is itself a policy, officials say.²',
			...BODY
		];
		const c = cleanArticle(
			page(
				'Why Tokyo keeps betting on the islands',
				'Japan still speaks of a peace treaty. The islands drift further away.',
				"By RFE/RL's Russian Service",
				'April 16, 2024',
				...body
			)
		);
		expect(c).toMatchObject({
			dek: 'Japan still speaks of a peace treaty. The islands drift further away.',
			byline: "By RFE/RL's Russian Service",
			printedDate: 'April 16, 2024',
			paragraphs: body
		});
	});

	it('keeps a date line a date when a photo credit follows it, and reads credits as agencies print them', () => {
		const c = cleanArticle(
			page(
				'Япония выразила протест из-за учений',
				'Анна Ивушкина',
				'28 марта 2023, 11:47',
				'Фото: РИА Новости/Сергей Кривошеев',
				...BODY,
				'A Russian missile system on Kunashir. (AP Photo/Eugene Hoshiko)',
				'Coast guard ships near Shikotan (Russian Defense Ministry Press Service via AP)',
				'根室港に停泊する漁船（共同）'
			)
		);
		expect(c.printedDate).toBe('28 марта 2023, 11:47');
		expect(c.byline).toBe('Анна Ивушкина');
		expect(c.captions.map((x) => x.credit)).toEqual([
			'(AP Photo/Eugene Hoshiko)',
			'(Russian Defense Ministry Press Service via AP)',
			'（共同）'
		]);
	});

	it('reads Japanese dates with the weekday or the era, and a site name with «и» as a label', () => {
		for (const date of ['2024年3月26日(火)', '3/26(火) 19:42配信', '令和6年7月19日']) {
			const c = cleanArticle(page('Russia opens school on disputed island', date, ...BODY));
			expect(c.printedDate, date).toBe(date);
		}
		const c = cleanArticle(
			page('Новости Сахалина и Курил', 'На Кунашире отремонтировали дорогу', ...BODY)
		);
		expect(c.title).toBe('На Кунашире отремонтировали дорогу');
	});

	it('leaves out a line of only a zero-width space', () => {
		const c = cleanArticle(
			page('Russia opens school on disputed island', BODY[0] as string, '\u200b', ...BODY.slice(1))
		);
		expect(c.paragraphs).toEqual(BODY);
	});
});
