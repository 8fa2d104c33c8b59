// Link-preview cards for every article and passage, in every language. The articles come from the
// one loader (src/lib/content/article-files.ts reads the folders for plain Node), so a bad file
// stops this step with the same message as the app build. A headline, dek and quote stay in the
// article's own language on every card; the date, the attribution's punctuation and the footer
// follow the card's.
import type { Article, ArticleDate } from '#lib/content/model.ts';
import { parseIsoDate, type DateParts } from '#lib/data/format.ts';
import { previewImageFile } from '#lib/data/preview-images.ts';
import { intlLocale, type Locale } from '#lib/i18n/locale.ts';
import type { OgEntry } from './build.ts';
import { CARD_LOCALES, message } from './messages.ts';

/**
 * An article's date as a reader of the language writes it: "about 19–20 March 2018",
 * "2018年3月19～20日頃", "примерно 19–20 марта 2018 г.". A range is built from the parts of single
 * dates, because Node's ICU writes a Japanese one with slashes (2018/03/19～2018/03/20).
 */
export function cardDate(date: ArticleDate, locale: Locale): string {
	const parse = (value: string) => {
		const parts = parseIsoDate(value);
		if (!parts) throw new RangeError(`Not a date written yyyy, yyyy-mm or yyyy-mm-dd: "${value}"`);
		return parts;
	};
	const first = parse(date.value);
	const last = date.latest ? parse(date.latest) : first;
	const fields: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
	if (first.month !== undefined) fields.month = 'long';
	if (first.day !== undefined) fields.day = 'numeric';
	const format = new Intl.DateTimeFormat(intlLocale(locale), fields);
	const utc = (p: DateParts) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
	let text = format.format(utc(first));
	if (date.latest && date.latest !== date.value) {
		const sameMonth = first.year === last.year && first.month === last.month;
		text =
			sameMonth && first.day !== undefined && last.day !== undefined
				? format
						.formatToParts(utc(first))
						.map((p) =>
							p.type === 'day'
								? message(locale, 'og_date_days', {
										first: String(first.day),
										last: String(last.day)
									})
								: p.value
						)
						.join('')
				: message(locale, 'og_date_span', { first: text, last: format.format(utc(last)) });
	}
	return date.precision === 'approximate' ? message(locale, 'og_date_about', { date: text }) : text;
}

export function articleCards(
	articles: readonly Article[],
	locales: readonly Locale[] = CARD_LOCALES
): OgEntry[] {
	return locales.flatMap((locale) => {
		const footer = message(locale, 'site_title');
		return articles.flatMap((a) => {
			const attribution = message(locale, 'og_attribution', {
				outlet: a.outlet,
				date: cardDate(a.date, locale)
			});
			const islands = [...new Set(a.passages.flatMap((p) => p.islands))];
			return [
				{
					path: previewImageFile({ kind: 'article', slug: a.slug }, locale),
					card: {
						title: a.title,
						subtitle: a.dek ?? undefined,
						attribution,
						islands,
						footer,
						locale
					}
				},
				...a.passages.map((p) => ({
					path: previewImageFile({ kind: 'passage', slug: a.slug, n: p.n }, locale),
					card: {
						title: a.title,
						quote: p.text,
						attribution,
						islands: p.islands,
						footer,
						locale
					}
				}))
			];
		});
	});
}
