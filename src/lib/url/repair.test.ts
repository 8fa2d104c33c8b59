import { describe, expect, it } from 'vitest';
import { decodeHash, decodePath, readableHash, routablePath } from './repair.ts';

// What Kit's router does with the path (node_modules/@sveltejs/kit/src/utils/url.js).
const kitDecode = (path: string) => path.split('%25').map(decodeURI).join('%25');

describe('decodePath', () => {
	it("decodes as Kit's router does, keeping %25 for the params", () => {
		expect(decodePath('/a%20b/%25E0/%E6%8A%9E')).toBe('/a b/%25E0/択');
		expect(decodePath('/%E0%A4%A')).toBeNull();
		expect(decodePath('/%')).toBeNull();
	});
});

describe('routablePath', () => {
	it('leaves every path that decodes alone', () => {
		for (const path of [
			'/',
			'/islands/iturup',
			'/articles/a-b/passages/3',
			'/%25',
			'/islands/%25FF',
			'/%E6%8A%9E%E6%8D%89%E5%B3%B6',
			'/a%20b'
		])
			expect(routablePath(path), path).toBeUndefined();
	});

	it('makes a path with a broken escape decodable, to the text that was typed', () => {
		const cases: Record<string, string> = {
			'/%': '/%',
			'/islands/%FF': '/islands/%FF',
			'/articles/%E0%A4%A': '/articles/%E0%A4%A',
			'/islands/iturup%': '/islands/iturup%',
			'/a%20b/%zz': '/a%20b/%zz',
			'/%25/%': '/%25/%'
		};
		for (const [path, typed] of Object.entries(cases)) {
			expect(() => kitDecode(path), path).toThrow(URIError);
			const routed = routablePath(path);
			expect(routed, path).toBeDefined();
			expect(kitDecode(routed as string).replaceAll('%25', '%'), path).toBe(typed);
		}
	});

	it('never gives a path that names an island, article or passage', () => {
		for (const path of ['/islands/iturup%', '/articles/ok%E0', '/about%', '/%/islands/iturup'])
			expect(routablePath(path)).toMatch(/%25/);
	});
});

describe('readableHash', () => {
	it('leaves a hash Kit can decode alone', () => {
		for (const hash of ['', '#', '#map=5/43/146', '#passage-2', '#%25', '#a%20b', '#<x>'])
			expect(readableHash(hash), hash).toBeUndefined();
	});

	it('replaces one Kit cannot decode by the camera it holds, or nothing', () => {
		expect(readableHash('#%')).toBe('');
		expect(readableHash('#%E0%A4%A')).toBe('');
		expect(readableHash('#map=5/43/146&x=%')).toBe('#map=5/43/146');
		expect(readableHash('#x=%ZZ&map=7.5/44/146/10/20')).toBe('#map=7.5/44/146/10/20');
		for (const hash of ['#%', '#map=5/43/146&x=%', '#%FF&map=1/2/3'])
			expect(decodeHash(readableHash(hash) ?? ''), hash).not.toBeNull();
	});
});
