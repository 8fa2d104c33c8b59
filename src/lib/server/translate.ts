// The data endpoints' translator: the page's language (Paraglide reads it from the request's URL,
// src/hooks.server.ts) and the message files. Server-only (src/lib/server/), so no page's
// JavaScript carries every language's prose.
import en from '../../../messages/en.json' with { type: 'json' };
import ja from '../../../messages/ja.json' with { type: 'json' };
import ru from '../../../messages/ru.json' with { type: 'json' };
import { getLocale, type Locale } from '#lib/i18n/locale.ts';
import { proseKey, type ProseDomain, type Translate } from '#lib/i18n/prose.ts';

const MESSAGES: Record<Locale, Record<string, unknown>> = { en, ja, ru };

/**
 * English stays English; a text with no translation stays English too (the completeness check in
 * `npm test` fails first, so a build never ships one).
 */
export function translator(domain: ProseDomain, locale: Locale = getLocale()): Translate {
	const table = MESSAGES[locale];
	return (english) => {
		if (locale === 'en') return english;
		const text = table[proseKey(domain, english)];
		return typeof text === 'string' ? text : english;
	};
}
