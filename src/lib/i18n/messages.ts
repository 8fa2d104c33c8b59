// The interface messages of the page's language, in the browser: each page's JavaScript carries the
// base language's only, and this table holds another language's once its chunk has loaded
// (scripts/i18n/split-messages.ts writes both sides). The root layout's load waits for it, so a
// page hydrates in its own language; the language offer loads the language it offers.
import loaders from 'virtual:kuril-messages';
import { BASE_LOCALE, type Locale } from './locale.ts';

/** A language's messages, in the order scripts/i18n/split-messages.ts gives them. */
type Table = readonly (((inputs: never) => string) | undefined)[];

/** Each loaded language's messages; read by every compiled message in the browser. */
export const loaded: Partial<Record<string, Table>> = {};

export async function loadMessages(locale: Locale): Promise<void> {
	if (locale === BASE_LOCALE || loaded[locale]) return;
	const load = loaders[locale];
	if (load) loaded[locale] = (await load()).default;
}
