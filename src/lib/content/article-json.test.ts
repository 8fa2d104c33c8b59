import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles.ts';
import { packArticle, unpackArticle } from './article-json.ts';

describe('an article as its JSON file carries it', () => {
	it('leaves out the text links and passages repeat, and gets every article back whole', () => {
		expect(ARTICLES.length).toBeGreaterThan(0);
		for (const article of ARTICLES) {
			const packed = packArticle(article);
			const file = JSON.stringify(packed);
			for (const p of packed.passages) expect(p).not.toHaveProperty('text');
			expect(file).not.toContain('"match"');
			expect(file.length).toBeLessThan(JSON.stringify(article).length);
			expect(unpackArticle(JSON.parse(file))).toEqual(article);
		}
	});
});
