// The page policy (scripts/host/csp.ts): exactly the sources the project allows, the basemap's
// origins added to connect-src and img-src only, hostile settings refused, and the route
// announcer's hash still matching the Kit that is installed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ANNOUNCER_STYLE_HASH,
	basemapOrigins,
	contentSecurityPolicy
} from '../../scripts/host/csp.ts';

describe('contentSecurityPolicy', () => {
	it('is the offline policy when no basemap is set', () => {
		expect(contentSecurityPolicy()).toEqual({
			'default-src': ['self'],
			'script-src': ['self'],
			'style-src': ['self'],
			'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
			'img-src': ['self', 'data:'],
			'font-src': ['self'],
			'connect-src': ['self'],
			'worker-src': ['self'],
			'object-src': ['none'],
			'base-uri': ['self'],
			'form-action': ['self']
		});
	});

	it('never allows inline or evaluated script, nor blob: or data: scripts and workers', () => {
		const policy = contentSecurityPolicy({
			PUBLIC_BASEMAP_STYLE_URL: 'https://tiles.example/style.json',
			BASEMAP_ORIGINS: 'https://a.tiles.example'
		});
		for (const directive of ['default-src', 'script-src', 'worker-src'])
			expect(policy[directive], directive).toEqual(['self']);
		expect(JSON.stringify(policy)).not.toMatch(/unsafe-inline|unsafe-eval|blob:|\*/);
	});

	it('adds the basemap origins to connect-src and img-src and nowhere else', () => {
		const offline = contentSecurityPolicy();
		const online = contentSecurityPolicy({
			PUBLIC_BASEMAP_STYLE_URL: 'https://api.maps.example/styles/v1/streets.json?key=abc',
			BASEMAP_ORIGINS: ' https://tiles.maps.example , https://api.maps.example'
		});
		const added = ['https://api.maps.example', 'https://tiles.maps.example'];
		expect(online['connect-src']).toEqual(['self', ...added]);
		expect(online['img-src']).toEqual(['self', 'data:', ...added]);
		for (const directive of Object.keys(offline))
			if (directive !== 'connect-src' && directive !== 'img-src')
				expect(online[directive], directive).toEqual(offline[directive]);
	});
});

describe('basemapOrigins', () => {
	it('keeps only the origin of the style URL (no path, query or key)', () => {
		expect(basemapOrigins('https://Tiles.Example:8443/s/style.json?key=secret#x')).toEqual([
			'https://tiles.example:8443'
		]);
		expect(basemapOrigins('http://localhost:8080/style.json')).toEqual(['http://localhost:8080']);
		expect(basemapOrigins(undefined)).toEqual([]);
		expect(basemapOrigins('  ')).toEqual([]);
	});

	it('refuses values that would smuggle sources or directives into the policy', () => {
		for (const bad of [
			'not a url',
			'http://tiles.example/style.json', // plain http off this machine
			'javascript:alert(1)',
			'data:application/json,{}',
			'https://user:pass@tiles.example/style.json',
			"https://tiles.example;script-src 'unsafe-inline'/x",
			'https://a b.example/',
			'https://*.example/style.json'
		])
			expect(() => basemapOrigins(bad), bad).toThrow(/PUBLIC_BASEMAP_STYLE_URL/);
		expect(() => basemapOrigins('https://t.example/s.json', 'https://x.example/path')).toThrow(
			/origins, not URLs/
		);
		expect(() => basemapOrigins('https://t.example/s.json', "'unsafe-eval'")).toThrow(
			/BASEMAP_ORIGINS/
		);
		expect(() =>
			basemapOrigins('https://t.example/s.json', 'https://x.example; img-src *')
		).toThrow();
		expect(() => basemapOrigins(undefined, 'https://x.example')).toThrow(
			/PUBLIC_BASEMAP_STYLE_URL is not/
		);
	});
});

describe('the route announcer hash', () => {
	it("matches the inline style of the installed Kit's announcer", () => {
		const root = readFileSync(
			new URL('../../node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
			'utf8'
		);
		const style = /id="svelte-announcer"[^>]*\sstyle="([^"]*)"/.exec(root)?.[1];
		expect(style, 'the announcer still has an inline style').toBeDefined();
		const hash = `sha256-${createHash('sha256')
			.update(style ?? '')
			.digest('base64')}`;
		expect(hash).toBe(ANNOUNCER_STYLE_HASH);
	});
});
