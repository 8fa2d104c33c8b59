// Link-preview images: real PNGs of the right size, drawn from the geodata, with every script's
// glyphs, escaped text, quotes that fit, and the same bytes on every build.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	buildOgImages,
	cardKey,
	fillCache,
	removeStale,
	siteCards
} from '../../scripts/og/build.ts';
import { articleCards, cardDate } from '../../scripts/og/articles.ts';
import { readArticles } from '#lib/content/article-files.ts';
import { LOCALES } from '#lib/i18n/locale.ts';
import {
	cardDrawing,
	cardPixels,
	cardSvg,
	drawingPixels,
	HEIGHT,
	mapDocument,
	PANEL_BG,
	PANEL_RIGHT,
	renderCard,
	WIDTH,
	type Card
} from '../../scripts/og/card.ts';
import { subsetFonts, svgText } from '../../scripts/og/subset.ts';
import {
	escapeXml,
	FONT_FAMILY,
	FONT_FILES,
	metrics,
	textUnits,
	wrapText
} from '../../scripts/og/text.ts';
import { previewImageFile, previewImagePath } from '#lib/data/preview-images.ts';
import { ISLAND_IDS } from '#lib/data/types.ts';
import { COLORS } from '#lib/data/colors.ts';

const LONG_EN =
	'Japan and Russia agreed on Thursday to start talks on joint economic activities on four disputed islands off Hokkaido, a step that both leaders described as an important move toward a peace treaty, although officials on both sides cautioned that the legal framework for such projects remained unresolved and that the talks could take years before producing any concrete result for the residents of Kunashir and Iturup, or for the former Japanese residents who hope to visit their family graves.';
const LONG_RU =
	'Острова Итуруп, Кунашир, Шикотан и гряда Хабомаи являются неотъемлемой частью территории Российской Федерации, и вопрос об их принадлежности не подлежит обсуждению, заявил представитель министерства, добавив, что совместная хозяйственная деятельность возможна только по российским законам.';
const LONG_JA =
	'日本政府は、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、ロシアとの間で粘り強く交渉を続けていく考えである。島民の自由訪問や共同経済活動などの取組も進められているが、交渉の見通しは立っていない。元島民の高齢化も進んでいる。';

function rasterise(svg: string) {
	return new Resvg(svg, {
		font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
	}).render();
}

function countColour(pixels: Buffer, hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (let i = 0; i < pixels.length; i += 4)
		if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
	return n;
}

/** The chunk types of a PNG, in order. */
function chunks(png: Buffer): string[] {
	const types: string[] = [];
	for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at))
		types.push(png.toString('latin1', at + 4, at + 8));
	return types;
}

/** Peak signal-to-noise ratio of RGB pixels (3 bytes each) against RGBA ones (4 bytes each). */
function psnr(rgba: Buffer, rgb: Buffer): number {
	let squares = 0;
	for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3)
		for (let c = 0; c < 3; c++) squares += ((rgba[i + c] ?? 0) - (rgb[j + c] ?? 0)) ** 2;
	return 10 * Math.log10((255 * 255) / (squares / ((rgba.length / 4) * 3)));
}

function quoteLines(svg: string): string[] {
	return [...svg.matchAll(/<text [^>]*class="quote"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

// Rasterising a card takes about a second alone and several on a busy machine: the limit is there
// to catch a hang, not to time the renderer.
describe('renderCard', { timeout: 120_000 }, () => {
	it('writes a 1200×630 palette PNG of a few dozen KB that looks like the full-colour card', async () => {
		const card: Card = {
			title: 'Iturup / Etorofu',
			subtitle: '択捉島 · Итуруп',
			quote: LONG_JA,
			attribution: 'Nikkei Asian Review, about 19–20 March 2018',
			islands: ['iturup']
		};
		const png = await renderCard(card);
		expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([WIDTH, HEIGHT]);
		// Bit depth 4, colour type 3: 16 indexed colours, with the palette before the image data.
		expect([png[24], png[25]]).toEqual([4, 3]);
		expect(chunks(png).indexOf('PLTE')).toBeGreaterThan(0);
		expect(chunks(png).indexOf('PLTE')).toBeLessThan(chunks(png).indexOf('IDAT'));
		expect(png.length).toBeGreaterThan(10_000);
		expect(png.length).toBeLessThan(60_000);
		// What a reader sees: above 40 dB PSNR against the card before its colours were reduced
		// (41.8 dB for this one; a full-colour PNG of the card is about four times the bytes).
		const decoded = await sharp(png).removeAlpha().raw().toBuffer();
		expect(psnr(cardPixels(card), decoded)).toBeGreaterThan(40);
	});

	it('lays the map over the panel with exactly the pixels of the whole card drawn at once', () => {
		const cards: Card[] = [
			{ title: 'Kurils', islands: [] },
			{ title: '国後島', subtitle: 'Кунашир · Kunashiri', islands: ['kunashir'], locale: 'ja' },
			{ title: 'Итуруп', quote: LONG_RU, islands: ['shikotan', 'habomai'], locale: 'ru' },
			{ title: 'Kunashir', quote: LONG_EN, islands: ['iturup', 'kunashir', 'iturup'] }
		];
		for (const card of cards)
			expect(cardPixels(card).equals(rasterise(cardSvg(card)).pixels), card.title).toBe(true);
	});

	it('draws the same pixels with the fonts cut to the text as with the whole fonts', async () => {
		const drawings = [
			{ title: 'A long headline about the islands, “quoted” & <escaped>', quote: LONG_EN },
			{ title: '北方領土の交渉', subtitle: 'Южные Курилы · 北方領土', quote: LONG_JA },
			{ title: 'Курилы', quote: LONG_RU, attribution: 'ТАСС, 7 февраля 2019 г.' }
		].map((c, i) =>
			cardDrawing({ ...c, islands: i ? ['iturup', 'kunashir'] : [], locale: LOCALES[i] })
		);
		const text = drawings
			.map((d) => svgText(d.panel) + svgText(mapDocument(d.islands, d.locale)))
			.join('');
		// Unescaped: the fonts are cut to the characters drawn, not to their XML spelling.
		expect(text).toContain('“quoted” &');
		expect(text).toContain('<escaped>');
		expect(text).not.toContain('&amp;');
		const fonts = await subsetFonts(text, mkdtempSync(join(tmpdir(), 'og-fonts-')));
		// A cut holds a small part of the 4.5 MB files, and only what was asked for.
		for (const file of fonts) expect(readFileSync(file).length).toBeLessThan(400_000);
		for (const d of drawings)
			expect(drawingPixels(d, fonts).equals(drawingPixels(d)), d.locale).toBe(true);
		// The comparison sees a glyph the cut lacks.
		const lacking = cardDrawing({ title: '猫', islands: [] });
		expect(drawingPixels(lacking, fonts).equals(drawingPixels(lacking))).toBe(false);
	});

	it.each(ISLAND_IDS)('draws %s from the geodata, visible beside the sea', (id) => {
		const svg = cardSvg({ title: id, islands: [id] });
		// Every island is drawn, and only the requested one is highlighted.
		for (const other of ISLAND_IDS) expect(svg).toContain(`data-island="${other}"`);
		expect(svg.match(/class="highlight"/g)).toHaveLength(1);
		expect(svg).toMatch(new RegExp(`data-island="${id}" d="M[^"]{200,}" class="highlight"`));

		const pixels = rasterise(svg).pixels;
		// Habomai's islets are a few kilometres across (about 200 pixels on a map of all four): the
		// view zooms until they are plain to see.
		expect(countColour(pixels, COLORS.islandSelected)).toBeGreaterThan(4000);
		expect(countColour(pixels, COLORS.sea)).toBeGreaterThan(50_000);
	});

	it('credits OpenStreetMap on the map', () => {
		expect(cardSvg({ title: 'x', islands: [] })).toContain('© OpenStreetMap contributors');
	});

	it('escapes every text it is given', () => {
		const nasty = '<script>alert("x")</script> & \'co\'';
		const svg = cardSvg({
			title: nasty,
			subtitle: nasty,
			quote: nasty,
			attribution: nasty,
			footer: nasty,
			islands: ['kunashir']
		});
		expect(svg.includes('<script>')).toBe(false);
		expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
		expect(escapeXml('a\u0000b\u001Fc')).toBe('abc');
		expect(() => rasterise(svg)).not.toThrow();
	});

	it('rejects an unknown island', () => {
		expect(() => cardSvg({ title: 'x', islands: ['urup' as never] })).toThrow(/urup/);
	});

	it.each([
		['English', LONG_EN],
		['Russian', LONG_RU],
		['Japanese', LONG_JA]
	])('shortens a long %s quote with an ellipsis and keeps it inside the card', (_, quote) => {
		const card: Card = {
			title: 'A long headline about the islands that needs two lines or more to be read whole',
			quote,
			attribution: 'Nikkei Asian Review, about 19–20 March 2018',
			islands: ['iturup', 'kunashir']
		};
		const svg = cardSvg(card);
		const lines = quoteLines(svg);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.length).toBeLessThanOrEqual(8);
		expect(lines.at(-1)).toMatch(/…$/);
		expect(svg.includes('>— Nikkei Asian Review, about 19–20 March 2018<')).toBe(true);

		// Measured independently of the wrapping: no ink in the right margin of the rendered card.
		const image = rasterise(svg);
		// `pixels` is a getter that copies the whole image: read it once.
		const pixels = image.pixels;
		const bg = [1, 3, 5].map((i) => parseInt(PANEL_BG.slice(i, i + 2), 16));
		let inked = 0;
		for (let y = 0; y < image.height; y++)
			for (let x = PANEL_RIGHT + 8; x < image.width; x++) {
				const i = (y * image.width + x) * 4;
				if ([0, 1, 2].some((c) => pixels[i + c] !== bg[c])) inked++;
			}
		expect(inked).toBe(0);
	});

	it('draws Japanese and Cyrillic with real glyphs, not boxes', () => {
		for (const file of FONT_FILES) expect(existsSync(file)).toBe(true);
		const png = (text: string) =>
			rasterise(
				`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80" font-family="${FONT_FAMILY}"><text x="10" y="60" font-size="48">${text}</text></svg>`
			).asPng();
		const tofu = (text: string) => png([...text].map(() => '\uE000').join(''));
		for (const text of ['択捉島', 'えとろふ', 'Итуруп', 'Iturup']) {
			expect(png(text).equals(tofu(text)), text).toBe(false);
		}
		// The private-use code point really is missing, or the comparison above would prove nothing.
		expect(png('\uE000\uE000').equals(png('\uE001\uE001'))).toBe(true);
	});

	it('gives the same bytes for the same card', async () => {
		const card: Card = { title: 'Shikotan', subtitle: '色丹島 · Шикотан', islands: ['shikotan'] };
		expect((await renderCard(card)).equals(await renderCard(card))).toBe(true);
	});
});

describe('wrapText', () => {
	it('returns short text as one line', () => {
		expect(wrapText('  Iturup   /  Etorofu ', 40, 3)).toEqual(['Iturup / Etorofu']);
	});

	it('breaks at word boundaries and ends a cut with an ellipsis', () => {
		const lines = wrapText(LONG_EN, 40, 3);
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(40);
		expect(lines.at(-1)).toMatch(/\S…$/);
		const shown = lines.join(' ').replace(/…$/, '');
		expect(LONG_EN.startsWith(shown)).toBe(true);
		// The cut falls between words, not inside one.
		expect(LONG_EN.charAt(shown.length)).toMatch(/[\s,]/);
	});

	it('counts CJK wider and never starts a line with closing punctuation', () => {
		expect(textUnits('択捉')).toBeGreaterThan(1.5 * textUnits('Et'));
		const lines = wrapText(LONG_JA, 30, 20);
		expect(lines.join('')).toBe(LONG_JA);
		for (const line of lines) {
			expect(textUnits(line)).toBeLessThanOrEqual(30);
			expect(line).not.toMatch(/^[、。」）]/);
		}
	});

	it('splits a word longer than a line', () => {
		const lines = wrapText('Supercalifragilisticexpialidocious', 10, 10);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
	});
});

describe('buildOgImages', () => {
	it('writes the default and one card per island, identically on a rebuild', async () => {
		const dirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'og-')));
		const first = await Promise.all(
			dirs.map((outDir) => buildOgImages({ outDir, cards: siteCards(['en']) }))
		);
		const dir = dirs[0] ?? '';
		expect(readdirSync(join(dir, 'islands')).sort()).toEqual(
			ISLAND_IDS.map((id) => `${id}.png`).sort()
		);
		expect(existsSync(join(dir, 'default.png'))).toBe(true);
		for (const r of first[0] ?? []) {
			expect(
				readFileSync(join(dir, r.path)).equals(readFileSync(join(dirs[1] ?? '', r.path)))
			).toBe(true);
		}
		const again = await buildOgImages({ outDir: dir, cards: siteCards(['en']) });
		expect(again.map((r) => r.written)).toEqual(again.map(() => false));
	}, 300_000);

	it('draws only the cards its cache lacks, with the same bytes as a fresh drawing', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
		const [a, b] = siteCards();
		if (!a || !b) throw new Error('siteCards() gives the default and the islands');
		const first = await buildOgImages({
			outDir: mkdtempSync(join(tmpdir(), 'og-')),
			cards: [a],
			cacheDir
		});
		expect(first.map((r) => r.drawn)).toEqual([true]);
		// One card added: only it is drawn; the other comes from the cache, byte for byte.
		const outDir = mkdtempSync(join(tmpdir(), 'og-'));
		const second = await buildOgImages({ outDir, cards: [a, b], cacheDir });
		expect(second.map((r) => r.drawn)).toEqual([false, true]);
		const fresh = mkdtempSync(join(tmpdir(), 'og-'));
		await buildOgImages({ outDir: fresh, cards: [a] });
		expect(readFileSync(join(outDir, a.path)).equals(readFileSync(join(fresh, a.path)))).toBe(true);
		// Nothing left to draw, and a changed text is another card.
		expect(await fillCache(cacheDir, [a, b])).toBe(0);
		expect(cardKey({ ...a.card, title: `${a.card.title}.` })).not.toBe(cardKey(a.card));
	}, 300_000);

	it('fills the cache on two threads with cut fonts, byte for byte what one card alone draws', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
		// Fifteen cards in three languages: enough for the worker thread to take half.
		const cards = siteCards();
		expect(await fillCache(cacheDir, cards)).toBe(cards.length);
		for (const entry of [cards[0], cards[6], cards.at(-1)]) {
			const card = entry?.card;
			if (!card) throw new Error('siteCards() gives five cards per language');
			const cached = readFileSync(join(cacheDir, `${cardKey(card)}.png`));
			expect(cached.equals(await renderCard(card)), card.title).toBe(true);
		}
		// The cut fonts were working files only.
		expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.png'))).toEqual([]);
	}, 300_000);

	it('removes the cards no longer built, and the folders they leave empty, and nothing else', () => {
		const outDir = mkdtempSync(join(tmpdir(), 'og-'));
		const files = [
			'default.png',
			'articles/kept.png',
			'articles/gone.png',
			'articles/gone/passages/1.png',
			'ja/articles/gone/passages/2.png',
			'notes/readme.txt'
		];
		for (const f of files) {
			mkdirSync(dirname(join(outDir, f)), { recursive: true });
			writeFileSync(join(outDir, f), f);
		}
		const removed = removeStale(outDir, new Set(['default.png', 'articles/kept.png']));
		expect(removed).toEqual([
			'articles/gone.png',
			'articles/gone/passages/1.png',
			'ja/articles/gone/passages/2.png'
		]);
		expect(existsSync(join(outDir, 'articles/kept.png'))).toBe(true);
		expect(existsSync(join(outDir, 'notes/readme.txt'))).toBe(true);
		expect(existsSync(join(outDir, 'articles/gone'))).toBe(false);
		expect(existsSync(join(outDir, 'ja'))).toBe(false);
		expect(removeStale(join(outDir, 'absent'), new Set())).toEqual([]);
	});

	it('refuses paths outside the output folder and duplicates', async () => {
		const outDir = mkdtempSync(join(tmpdir(), 'og-'));
		const card: Card = { title: 'x', islands: [] };
		await expect(buildOgImages({ outDir, cards: [{ path: '../x.png', card }] })).rejects.toThrow();
		await expect(
			buildOgImages({ outDir, cards: [{ path: '/tmp/x.png', card }] })
		).rejects.toThrow();
		await expect(
			buildOgImages({
				outDir,
				cards: [
					{ path: 'a.png', card },
					{ path: 'a.png', card }
				]
			})
		).rejects.toThrow(/two og cards/);
	});
});

describe('preview images per language', () => {
	const cards = [...siteCards(), ...articleCards(readArticles())];
	const card = (path: string) => cards.find((c) => c.path === path)?.card;

	it('are the files the build writes and the ones pages link to, one set per language', () => {
		expect(siteCards(['en']).map((c) => c.path)).toEqual([
			previewImageFile({ kind: 'home' }, 'en'),
			...ISLAND_IDS.map((id) => previewImageFile({ kind: 'island', id }, 'en'))
		]);
		expect(previewImageFile({ kind: 'about' }, 'en')).toBe('default.png');
		expect(previewImagePath({ kind: 'island', id: 'habomai' }, 'en')).toBe(
			'og/islands/habomai.png'
		);
		expect(previewImagePath({ kind: 'island', id: 'kunashir' }, 'ja')).toBe(
			'og/ja/islands/kunashir.png'
		);
		expect(previewImagePath({ kind: 'passage', slug: 'a-b', n: 3 }, 'ru')).toBe(
			'og/ru/articles/a-b/passages/3.png'
		);
		// Every view a page can point at has its image in every language.
		const paths = new Set(cards.map((c) => c.path));
		expect(paths.size).toBe(cards.length);
		for (const locale of LOCALES) {
			expect(paths).toContain(previewImageFile({ kind: 'about' }, locale));
			for (const id of ISLAND_IDS)
				expect(paths).toContain(previewImageFile({ kind: 'island', id }, locale));
			for (const a of readArticles()) {
				expect(paths).toContain(previewImageFile({ kind: 'article', slug: a.slug }, locale));
				for (const p of a.passages)
					expect(paths).toContain(
						previewImageFile({ kind: 'passage', slug: a.slug, n: p.n }, locale)
					);
			}
		}
	});

	it('lead with the name and words of their language', () => {
		expect(card('islands/kunashir.png')).toMatchObject({
			title: 'Kunashir / Kunashiri',
			subtitle: '国後島 · Кунашир',
			footer: 'Southern Kurils / Northern Territories explorer'
		});
		expect(card('ja/islands/kunashir.png')?.title).toBe('国後島');
		expect(card('ja/islands/kunashir.png')?.subtitle).toContain('Кунашир');
		expect(card('ru/islands/kunashir.png')?.title).toBe('Кунашир');
		expect(card('ru/islands/kunashir.png')?.subtitle).toContain('国後島');
		expect(card('ru/islands/habomai.png')?.title).toBe('Острова Хабомаи');
		expect(card('default.png')?.subtitle).toBe('Южные Курилы · 北方領土');
		expect(card('ja/default.png')?.footer).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
		expect(card('ru/default.png')?.footer).toMatch(/[а-я]/u);
		// The map names the islands the language's way, and writes its unit so.
		const map = (path: string) => cardSvg(card(path) ?? { title: '', islands: [] });
		expect(map('ja/default.png')).toContain('>択捉島</text>');
		expect(map('ru/default.png')).toContain('>Итуруп</text>');
		expect(map('ru/default.png')).toMatch(/>\d+\s?км</u);
		expect(map('default.png')).toContain('>Iturup / Etorofu</text>');
	});

	it('write the date of an article in the language of the card, and its headline as printed', () => {
		const [article] = readArticles();
		if (!article) throw new Error('the seed article is there');
		const path = (locale: 'en' | 'ja' | 'ru') =>
			previewImageFile({ kind: 'article', slug: article.slug }, locale);
		expect(card(path('en'))?.attribution).toBe('Nikkei Asian Review, about 19–20 March 2018');
		expect(card(path('ja'))?.attribution).toBe('Nikkei Asian Review、2018年3月19～20日頃');
		expect(card(path('ru'))?.attribution).toMatch(
			/^Nikkei Asian Review, примерно 19–20 марта 2018\sг\.$/u
		);
		expect(card(path('ja'))?.title).toBe(article.title);
		expect(cardDate({ value: '2018-03', precision: 'month' }, 'ja')).toBe('2018年3月');
		expect(cardDate({ value: '2018-03-19', precision: 'day', latest: '2018-04-02' }, 'ja')).toBe(
			'2018年3月19日～2018年4月2日'
		);
	});

	it('draw every character of every card in every language from the bundled font', () => {
		const regular = metrics('regular');
		const bold = metrics('bold');
		const lacking = new Set<string>();
		for (const { card: c } of cards)
			for (const [text, font] of [
				[c.title, bold],
				[`${c.subtitle ?? ''}${c.quote ?? ''}${c.attribution ?? ''}${c.footer ?? ''}— “…`, regular]
			] as const)
				for (const ch of text)
					if (!/\s/u.test(ch) && !font.has(ch.codePointAt(0) ?? 0)) lacking.add(ch);
		expect([...lacking]).toEqual([]);
		expect(regular.has(0xe000)).toBe(false);
	});

	it(
		'draws a Japanese and a Russian card with glyphs where the text is',
		{ timeout: 120_000 },
		async () => {
			// The same card with its text swapped for unassigned code points draws other pixels: the
			// real text is not boxes.
			for (const path of ['ja/islands/kunashir.png', 'ru/islands/kunashir.png']) {
				const c = card(path);
				if (!c) throw new Error(`no card ${path}`);
				const boxes = (t: string | undefined) =>
					t && [...t].map((ch) => (/\s/u.test(ch) ? ch : '\uE000')).join('');
				const tofu = await renderCard({
					...c,
					title: boxes(c.title) ?? '',
					subtitle: boxes(c.subtitle),
					footer: boxes(c.footer)
				});
				expect((await renderCard(c)).equals(tofu), path).toBe(false);
			}
		}
	);
});
