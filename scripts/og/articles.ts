// Link-preview cards for every article and passage. The articles come from the one loader
// (src/lib/content/article-files.ts reads the folders for plain Node), so a bad file stops this
// step with the same message as the app build.
import { describeDate, type Article } from '#lib/content/model.ts';
import { previewImageFile } from '#lib/data/preview-images.ts';
import type { OgEntry } from './build.ts';

export function articleCards(articles: readonly Article[]): OgEntry[] {
	return articles.flatMap((a) => {
		const attribution = `${a.outlet}, ${describeDate(a.date)}`;
		const islands = [...new Set(a.passages.flatMap((p) => p.islands))];
		return [
			{
				path: previewImageFile({ kind: 'article', slug: a.slug }),
				card: { title: a.title, subtitle: a.dek ?? undefined, attribution, islands }
			},
			...a.passages.map((p) => ({
				path: previewImageFile({ kind: 'passage', slug: a.slug, n: p.n }),
				card: { title: a.title, quote: p.text, attribution, islands: p.islands }
			}))
		];
	});
}
