// The cards' words in each language, read from messages/*.json themselves: every message a card
// uses is a plain string with {placeholders}, no plural variants, so the compiled functions'
// machinery is not needed to draw them.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '#lib/i18n/locale.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every language gets its cards. */
export const CARD_LOCALES: readonly Locale[] = LOCALES;

const files = new Map<Locale, Record<string, unknown>>();

/** A message in a language with its {placeholders} filled; a missing one stops the build. */
export function message(locale: Locale, key: string, params: Record<string, string> = {}): string {
	let messages = files.get(locale);
	if (!messages) {
		messages = JSON.parse(readFileSync(`${ROOT}messages/${locale}.json`, 'utf8')) as Record<
			string,
			unknown
		>;
		files.set(locale, messages);
	}
	const text = messages[key];
	if (typeof text !== 'string')
		throw new Error(`messages/${locale}.json: ${key} is missing or not a plain string`);
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${locale} ${key}: no value for {${name}}`);
		return value;
	});
}
