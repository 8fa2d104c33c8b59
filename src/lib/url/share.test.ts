import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttribute } from './share.ts';

describe('escapeAttribute', () => {
	it('escapes every character that could end an attribute or start markup', () => {
		expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
	});

	it('leaves a canonical link readable and escapes its query separator', () => {
		expect(escapeAttribute('https://x.test/islands/iturup?view=ja&year=1956#map=8/44/146')).toBe(
			'https://x.test/islands/iturup?view=ja&amp;year=1956#map=8/44/146'
		);
	});

	it('escapes an existing entity again, so it reads back as typed', () => {
		expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
	});
});

describe('embedSnippet', () => {
	it('is one iframe whose attributes hold exactly the given values', () => {
		const src = 'https://x.test/?year=1956&embed=1';
		const html = embedSnippet(src, 'Maps "&" <islands>');
		expect(html).toBe(
			'<iframe src="https://x.test/?year=1956&amp;embed=1" title="Maps &quot;&amp;&quot; &lt;islands&gt;"' +
				' width="100%" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>'
		);
	});

	it('cannot be broken out of by a hostile src or title', () => {
		const hostile = `"><script>alert(1)</script><iframe src="`;
		const html = embedSnippet(hostile, hostile);
		expect(html).not.toMatch(/<script/i);
		expect(html.match(/"/g)?.length).toBe(2 * 6); // six attributes with values, no stray quote
		expect(html.match(/</g)?.length).toBe(2); // <iframe and </iframe>
	});
});
