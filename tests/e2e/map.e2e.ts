import { ISLAND_IDS, type IslandId } from '../../src/lib/data/types.ts';
import { FONT_FACES } from '../../src/lib/data/geodata.generated.ts';
import { labelField } from '../../src/lib/map/overlays.ts';
import { COLORS, FONT, LAYER_IDS, islandFillColor } from '../../src/lib/map/style.ts';
import { expect, test } from './fixtures.ts';
import {
	islandScreenPoint,
	onMap,
	twins,
	waitForMap,
	waitForMapIdle,
	waitForMapSettled,
	webglContext
} from './map.ts';

const NAMES: Record<IslandId, RegExp> = {
	iturup: /Iturup \/ Etorofu/,
	kunashir: /Kunashir \/ Kunashiri/,
	shikotan: /Shikotan/,
	habomai: /Habomai Islands/
};

function hex(color: string): [number, number, number] {
	return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

test('the home page draws the four islands from the geodata, in the island colour', async ({
	page
}) => {
	const start = Date.now();
	await page.goto('/');
	await waitForMapIdle(page);
	const idleMs = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0];
		const idle = performance.getEntriesByName('map-idle')[0];
		return idle && nav ? Math.round(idle.startTime - nav.startTime) : null;
	});
	test.info().annotations.push({ type: 'map-idle-ms', description: String(idleMs) });
	console.log(`load to first map idle: ${idleMs} ms (test wall clock ${Date.now() - start} ms)`);
	await waitForMapSettled(page);

	// Labels sit on the islands at this scale; hide them so the pixels show the island fill itself.
	await onMap(page, (map) => {
		for (const layer of map?.getStyle().layers ?? [])
			if (layer.type === 'symbol') map?.setLayoutProperty(layer.id, 'visibility', 'none');
	});
	await waitForMapSettled(page);
	const points = [];
	for (const id of ISLAND_IDS) points.push({ id, ...(await islandScreenPoint(page, id)) });
	// Read the pixels of a real screenshot (what the reader sees), decoded in the page.
	const shot = await page.screenshot();
	const pixels = await page.evaluate(
		async ({ b64, at }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d');
			if (!ctx) throw new Error('no 2d context');
			ctx.drawImage(img, 0, 0);
			return at.map(({ x, y }) =>
				Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data)
			);
		},
		{ b64: shot.toString('base64'), at: points }
	);
	const [r, g, b] = hex(COLORS.island);
	points.forEach(({ id, x, y }, i) => {
		const block = pixels[i] ?? [];
		let matching = 0;
		for (let k = 0; k < block.length; k += 4) {
			const diff =
				Math.abs((block[k] ?? 0) - r) +
				Math.abs((block[k + 1] ?? 0) - g) +
				Math.abs((block[k + 2] ?? 0) - b);
			if (diff < 30) matching++;
		}
		const share = matching / (block.length / 4);
		expect(
			share,
			`${id} around ${x},${y}: ${Math.round(share * 100)}% island colour ${COLORS.island}`
		).toBeGreaterThan(0.6);
	});
	// The interactive map's own attribution (the still map underneath carries its own copy).
	await expect(
		page.locator('.maplibregl-ctrl-attrib').getByText('OpenStreetMap contributors')
	).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
});

for (const id of ISLAND_IDS) {
	test(`clicking ${id} opens its panel and sets /islands/${id}`, async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		await waitForMapSettled(page);
		const { x, y } = await islandScreenPoint(page, id);
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(new RegExp(`/islands/${id}(#.*)?$`));
		const panel = page.locator(`article.island-panel[data-island="${id}"]`);
		await expect(panel.locator('#island-title')).toHaveText(NAMES[id]);
		await expect(panel).toContainText('km²');
		await expect(panel.locator('a[data-source]').first()).toHaveAttribute('href', /^https?:\/\//);
	});
}

test('/islands/shikotan opened directly shows its panel with the map fitted to the island', async ({
	page
}) => {
	await page.goto('/islands/shikotan');
	await expect(page.locator('#island-title')).toHaveText('Shikotan');
	await waitForMapIdle(page);
	await waitForMapSettled(page);
	const view = await onMap(page, (map) => {
		const b = map?.getBounds();
		return {
			zoom: map?.getZoom() ?? 0,
			w: b?.getWest(),
			e: b?.getEast(),
			s: b?.getSouth(),
			n: b?.getNorth()
		};
	});
	expect(view.zoom).toBeGreaterThan(8);
	// Shikotan spans about 146.6–146.9°E, 43.7–43.9°N.
	expect(view.w).toBeLessThan(146.6);
	expect(view.e).toBeGreaterThan(146.9);
	expect(view.s).toBeLessThan(43.73);
	expect(view.n).toBeGreaterThan(43.88);
	await expect(page.getByTestId('computed-area')).toContainText('248.76 km²');
});

test('the panel closes with Escape and with its close button, back to /', async ({ page }) => {
	await page.goto('/islands/kunashir');
	await waitForMapIdle(page);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/(#.*)?$/);
	await expect(page.locator('article.island-panel')).toHaveCount(0);
	await page.getByRole('link', { name: 'Kunashir / Kunashiri' }).click();
	await expect(page).toHaveURL(/\/islands\/kunashir(#.*)?$/);
	await page.getByRole('link', { name: 'Close the island panel' }).click();
	await expect(page).toHaveURL(/\/(#.*)?$/);
});

test('keyboard alone: the island list opens a panel and focus moves to its heading', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const link = page
		.getByRole('navigation', { name: 'Islands' })
		.getByRole('link', { name: 'Habomai Islands' });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/islands\/habomai(#.*)?$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Habomai Islands' })).toBeFocused();
	await expect(page.locator('article.island-panel')).toContainText('Zelyony / Shibotsu');
});

test('on a 390 px phone the panel is a bottom sheet below the map', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/islands/iturup');
	await waitForMapIdle(page);
	const box = await page.locator('main.panel').boundingBox();
	expect(box?.width).toBeGreaterThan(380);
	expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(844, -1);
	expect(box?.y ?? 0).toBeGreaterThan(844 * 0.4);
});

test('the font is preloaded, each face downloaded once, and is the one the map draws its labels with', async ({
	page
}) => {
	const fontRequests: string[] = [];
	page.on('request', (req) => {
		if (req.resourceType() === 'font' || /\.woff2?(\?|$)/.test(req.url()))
			fontRequests.push(req.url());
	});
	await page.goto('/islands/kunashir');
	await waitForMapIdle(page);
	await waitForMapSettled(page);
	// The Latin and names faces (geodata/fonts.ts); an English page never fetches the Japanese one.
	const files = FONT_FACES.map((f) => f.file);
	expect(files).toHaveLength(2);
	for (const file of files)
		await expect(page.locator(`head link[rel="preload"][as="font"][href$="/${file}"]`)).toHaveCount(
			1
		);
	expect(
		fontRequests.map((url) => url.replace(/^.*\/fonts\//, '')).sort(),
		fontRequests.join('\n')
	).toEqual([...files].sort());
	const faces = await page.evaluate(() =>
		[...document.fonts].map((f) => ({ family: f.family.replace(/["']/g, ''), status: f.status }))
	);
	// The page's own faces, the Japanese one left unloaded; MapLibre registers none of its own (it
	// would if the style had font-faces).
	expect(faces).toEqual([
		{ family: FONT, status: 'unloaded' },
		{ family: FONT, status: 'loaded' },
		{ family: FONT, status: 'loaded' }
	]);
	const labels = await onMap(
		page,
		(map, ids) =>
			map
				.queryRenderedFeatures({ layers: ids.filter((id) => map.getLayer(id)) })
				.map((f) => `${String(f.properties.ja)} ${String(f.properties.ru)}`),
		twins(LAYER_IDS.islandLabels)
	);
	expect(labels).toContain('国後島 Кунашир');
});

test('labels wait for their font: a late names face still draws the Japanese and Cyrillic names', async ({
	page
}) => {
	// The face with the kana, kanji and Cyrillic arrives 3 s late, after the map would have laid its
	// labels out; drawn then in a system font, they were boxes on a machine without a Japanese font.
	await page.route('**/fonts/*names*.woff2', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await route.continue();
	});
	await page.goto('/');
	await waitForMapIdle(page);
	// At the map's first idle, the face CSS draws 国 and К with (the last declared whose range has
	// them: the names face) is loaded; without the wait it was still loading then.
	const state = await page.evaluate((family) => {
		const inRange = (range: string, cp: number) =>
			range.split(',').some((part) => {
				const [lo = '', hi] = part.trim().replace(/^U\+/i, '').split('-');
				return cp >= parseInt(lo, 16) && cp <= parseInt(hi ?? lo, 16);
			});
		const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family);
		const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
		return {
			faces: ['国', 'К'].map(
				(ch) => faces.findLast((f) => inRange(f.unicodeRange, ch.codePointAt(0) ?? 0))?.status
			),
			fontFirst: mark('map-label-font') >= 0 && mark('map-label-font') < mark('map-idle')
		};
	}, FONT);
	expect(state).toEqual({ faces: ['loaded', 'loaded'], fontFirst: true });
});

test('with reduced motion the camera jumps to an island instead of flying there', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await waitForMapSettled(page);
	// Frames drawn by each camera move, from movestart to moveend.
	await onMap(page, (map) => {
		const w = window as unknown as { moveFrames: number[] };
		w.moveFrames = [];
		let frames = 0;
		map?.on('movestart', () => (frames = 0));
		map?.on('move', () => frames++);
		map?.on('moveend', () => w.moveFrames.push(frames));
	});
	/** Frames of the camera moves since the last call, once at least one move has ended. */
	const frames = async () => {
		const ended = () =>
			page.evaluate(() => (window as unknown as { moveFrames: number[] }).moveFrames.length);
		await expect.poll(ended).toBeGreaterThan(0);
		await waitForMapSettled(page);
		return page.evaluate(() =>
			(window as unknown as { moveFrames: number[] }).moveFrames.splice(0)
		);
	};
	const islands = page.getByRole('navigation', { name: 'Islands' });

	// Without the preference the camera flies (the same journey, as a control).
	await islands.getByRole('link', { name: 'Shikotan' }).click();
	await expect(page).toHaveURL(/\/islands\/shikotan(#.*)?$/);
	expect(Math.max(...(await frames()))).toBeGreaterThan(1);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await islands.getByRole('link', { name: 'Iturup / Etorofu' }).click();
	await expect(page).toHaveURL(/\/islands\/iturup(#.*)?$/);
	const moves = await frames();
	for (const n of moves) expect(n, `a camera move drew ${n} frames`).toBeLessThanOrEqual(1);
});

test('after a lost WebGL context the map comes back as the reader left it', async ({ page }) => {
	await page.goto('/islands/shikotan');
	await waitForMapIdle(page);
	await webglContext(page, 'lose');
	// MapLibre 6 drops the style while the context is gone (its type says it cannot be null).
	await waitForMap(page, ({ map }) => (map.style as unknown) === null);
	// The viewpoint changes while the map has no style: nothing is applied yet.
	await page.getByLabel('As Japan depicts it').check();
	await expect(page).toHaveURL(/view=ja/);
	await expect(page.locator('.map')).toHaveAttribute('data-viewpoint', 'neutral');
	await webglContext(page, 'restore');
	await expect(page.locator('.map')).toHaveAttribute('data-viewpoint', 'ja');
	await waitForMapSettled(page);
	const shown = await onMap(
		page,
		(map, { fills, labels }) => {
			const fill = fills.find((l) => map?.getLayer(l)) ?? '';
			const label = labels.find((l) => map?.getLayer(l)) ?? '';
			const source = map?.getLayer(fill)?.source ?? '';
			return {
				fill: map?.getPaintProperty(fill, 'fill-color'),
				label: map?.getLayoutProperty(label, 'text-field'),
				selected: map?.getFeatureState({ source, id: 'shikotan' })?.selected
			};
		},
		{ fills: twins(LAYER_IDS.islandsFill), labels: twins(LAYER_IDS.islandLabels) }
	);
	expect(shown).toEqual({
		fill: islandFillColor('ja'),
		label: labelField('ja'),
		selected: true
	});
});
