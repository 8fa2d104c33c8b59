// PUBLIC_SITE_ORIGIN: a build needs a real origin, or LOCAL_PREVIEW to say it is for this machine.
import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_ORIGIN, checkSiteOrigin, localPreview } from '../../src/lib/site-origin.ts';

describe('checkSiteOrigin', () => {
	it('accepts an origin and returns it in the URL parser form', () => {
		expect(checkSiteOrigin('https://example.org', undefined)).toEqual({
			ok: true,
			origin: 'https://example.org',
			local: false
		});
		expect(checkSiteOrigin(' https://Example.ORG/ ', undefined)).toMatchObject({
			origin: 'https://example.org'
		});
		expect(checkSiteOrigin('https://example.org:443', undefined)).toMatchObject({
			origin: 'https://example.org'
		});
		expect(checkSiteOrigin('http://intranet.local:8080', undefined)).toMatchObject({
			origin: 'http://intranet.local:8080'
		});
	});

	it('refuses to build without it unless LOCAL_PREVIEW is on, and says how to set it', () => {
		for (const value of [undefined, '', '   ']) {
			const check = checkSiteOrigin(value, undefined);
			expect(check.ok).toBe(false);
			if (!check.ok) {
				expect(check.message).toMatch(/PUBLIC_SITE_ORIGIN is not set/);
				expect(check.message).toMatch(/PUBLIC_SITE_ORIGIN=https:\/\/example\.org npm run build/);
				expect(check.message).toMatch(/npm run build:local/);
			}
		}
		expect(checkSiteOrigin(undefined, '1')).toEqual({
			ok: true,
			origin: LOCAL_PREVIEW_ORIGIN,
			local: true
		});
		// A real origin wins over LOCAL_PREVIEW.
		expect(checkSiteOrigin('https://example.org', '1')).toMatchObject({ local: false });
	});

	it('refuses anything that is not a plain origin', () => {
		for (const bad of [
			'example.org',
			'localhost:4173',
			'https://example.org/kuril',
			'https://example.org/?x=1',
			'https://example.org#top',
			'https://user:pw@example.org',
			'ftp://example.org',
			'javascript:alert(1)',
			'local'
		]) {
			const check = checkSiteOrigin(bad, '1');
			expect(check.ok, bad).toBe(false);
			if (!check.ok) expect(check.message, bad).toContain(JSON.stringify(bad));
		}
	});
});

describe('localPreview', () => {
	it('is on only for 1 or true', () => {
		expect(['1', 'true'].map(localPreview)).toEqual([true, true]);
		expect(['0', 'false', 'yes', '', undefined].map(localPreview)).toEqual([
			false,
			false,
			false,
			false,
			false
		]);
	});
});
