// The site header on a 360 px phone, the narrowest common screen: on every kind of page the site's
// name shows, every header link is whole, and nothing makes the page wider than the screen.
import { expect, test } from './fixtures.ts';

const PAGES = ['/', '/islands/habomai', '/articles', '/articles/try', '/about'];

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of PAGES) {
	test(`${path} at 360×740: the name shows, every header link is whole, no sideways scroll`, async ({
		page
	}) => {
		await page.goto(path);
		const header = page.locator('header.site-header');
		await expect(header).toBeVisible();
		const brand = header.locator('a.brand');
		await expect(brand).toBeVisible();
		const report = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const links = [...document.querySelectorAll<HTMLAnchorElement>('header.site-header a')];
			return {
				width,
				pageWidth: document.documentElement.scrollWidth,
				links: links.map((a) => {
					const r = a.getBoundingClientRect();
					return {
						name: a.getAttribute('aria-label') ?? a.textContent?.trim() ?? '',
						left: r.left,
						right: r.right,
						width: r.width,
						// Text cut off (ellipsis or overflow) shows as content wider than the box.
						clipped:
							a.scrollWidth > a.clientWidth + 1 ||
							[...a.querySelectorAll('span')].some(
								(s) => s.offsetWidth > 0 && s.scrollWidth > s.clientWidth + 1
							)
					};
				})
			};
		});
		expect(report.pageWidth, 'page wider than the screen').toBeLessThanOrEqual(report.width);
		expect(report.links.length).toBeGreaterThanOrEqual(4);
		for (const link of report.links) {
			expect(link.width, `${link.name} has no width`).toBeGreaterThan(20);
			expect(link.left, `${link.name} starts off screen`).toBeGreaterThanOrEqual(0);
			expect(link.right, `${link.name} ends off screen`).toBeLessThanOrEqual(report.width);
			expect(link.clipped, `${link.name} is cut off`).toBe(false);
		}
		await expect(header.getByRole('link', { name: 'Sources & licences' })).toBeVisible();
	});
}
