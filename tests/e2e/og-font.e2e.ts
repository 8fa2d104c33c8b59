// Each language's pages point their preview at that language's image, and fetch only the font
// faces they draw with: the Japanese-only face (geodata/fonts.ts) on Japanese pages alone.
import { FONT_FACES } from '../../src/lib/data/geodata.generated.ts';
import { expect, test } from './fixtures.ts';

const JA_FACE = 'noto-sans-jp-400-ja.woff2';

for (const [prefix, folder] of [
	['', '/og/'],
	['/ja', '/og/ja/'],
	['/ru', '/og/ru/']
] as const)
	test(`${prefix || '/'} pages link their own language's preview image`, async ({
		request,
		baseURL
	}) => {
		for (const [path, file] of [
			[prefix || '/', 'default.png'],
			[`${prefix}/islands/kunashir`, 'islands/kunashir.png'],
			[`${prefix}/articles`, 'default.png']
		] as const) {
			const html = await (await request.get(new URL(path, baseURL).href)).text();
			const image = /property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(new URL(image).pathname, path).toBe(`${folder}${file}`);
			const png = await (await request.get(new URL(new URL(image).pathname, baseURL).href)).body();
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
		}
	});

for (const [path, japanese] of [
	['/ja/islands/kunashir', true],
	['/ru/islands/kunashir', false],
	['/about', false]
] as const)
	test(`${path} fetches the Japanese-only face ${japanese ? 'once' : 'never'}`, async ({
		page
	}) => {
		const fonts: string[] = [];
		page.on('request', (req) => {
			if (/\.woff2(\?|$)/.test(req.url())) fonts.push(req.url().replace(/^.*\/fonts\//, ''));
		});
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		const expected = [...FONT_FACES.map((f) => f.file), ...(japanese ? [JA_FACE] : [])];
		expect(fonts.sort()).toEqual(expected.sort());
		// Every face the page asked for arrived and is in use, so its text is not boxes.
		const faces = await page.evaluate(() => [...document.fonts].map((f) => f.status));
		expect(faces.filter((s) => s === 'loaded')).toHaveLength(expected.length);
	});
