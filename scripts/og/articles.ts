// Link-preview cards for every article and passage under content/articles/. Read with fs here (the
// app's loader uses Vite's import.meta.glob), through the same joinArticle check, so a bad file
// stops this step with the same message as the app build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeDate, joinArticle, type Article } from '../../src/lib/content/model.ts';
import type { OgEntry } from './build.ts';

export function readArticles(root: string): Article[] {
	const dir = join(root, 'content/articles');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((slug) => existsSync(join(dir, slug, 'article.json')))
		.sort()
		.map((slug) => {
			const files = {
				article: `content/articles/${slug}/article.json`,
				meta: `content/articles/${slug}/meta.json`
			};
			const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as unknown;
			return joinArticle(read(files.article), read(files.meta), files, slug);
		});
}

export function articleCards(articles: Article[]): OgEntry[] {
	return articles.flatMap((a) => {
		const attribution = `${a.outlet}, ${describeDate(a.date)}`;
		const islands = [...new Set(a.passages.flatMap((p) => p.islands))];
		return [
			{
				path: `articles/${a.slug}.png`,
				card: { title: a.title, subtitle: a.dek ?? undefined, attribution, islands }
			},
			...a.passages.map((p) => ({
				path: `articles/${a.slug}/passages/${p.n}.png`,
				card: { title: a.title, quote: p.text, attribution, islands: p.islands }
			}))
		];
	});
}
