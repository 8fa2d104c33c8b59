// `npm run messages`: writes every data prose text (src/lib/data/prose.ts) into messages/en.json
// under its key (src/lib/i18n/prose.ts), drops the keys of texts that are gone from all three files,
// and lists the keys ja.json and ru.json still lack. Interface messages (every key without a prose
// domain's prefix) are left as they are. Keys are written sorted, so two changes to the messages
// merge line by line.
import { readFileSync, writeFileSync } from 'node:fs';
import { PROSE } from '../../src/lib/data/prose.ts';
import { PROSE_DOMAINS, proseKey, type ProseDomain } from '../../src/lib/i18n/prose.ts';

type Messages = Record<string, unknown>;
const file = (locale: string) => `messages/${locale}.json`;
const read = (locale: string): Messages =>
	JSON.parse(readFileSync(file(locale), 'utf8')) as Messages;

/** Every data prose text by its key; throws on two texts with one key. */
export function proseMessages(): Map<string, string> {
	const out = new Map<string, string>();
	for (const domain of PROSE_DOMAINS as readonly ProseDomain[]) {
		PROSE[domain]((english) => {
			const key = proseKey(domain, english);
			const had = out.get(key);
			if (had !== undefined && had !== english)
				throw new Error(`Two texts share the key ${key}:\n${had}\n${english}`);
			out.set(key, english);
			return english;
		});
	}
	return out;
}

export const isProseKey = (key: string): boolean => key.startsWith('prose_');

/** The messages in a stable order: the schema first, then every key sorted. */
export function sortedMessages(messages: Messages): Messages {
	const { $schema, ...rest } = messages;
	const sorted: Messages = $schema === undefined ? {} : { $schema };
	for (const key of Object.keys(rest).sort()) sorted[key] = rest[key];
	return sorted;
}

export const writeMessages = (locale: string, messages: Messages): void =>
	writeFileSync(file(locale), `${JSON.stringify(sortedMessages(messages), null, '\t')}\n`);

if (import.meta.main) {
	const prose = proseMessages();
	const en = read('en');
	for (const key of Object.keys(en)) if (isProseKey(key) && !prose.has(key)) delete en[key];
	for (const [key, text] of prose) en[key] = text;
	writeMessages('en', en);
	for (const locale of ['ja', 'ru']) {
		const messages = read(locale);
		const stale = Object.keys(messages).filter((k) => isProseKey(k) && !prose.has(k));
		for (const key of stale) delete messages[key];
		writeMessages(locale, messages);
		const missing = [...prose.keys()].filter((k) => !(k in messages));
		console.log(
			`${locale}: ${missing.length} prose texts to translate${stale.length ? `, ${stale.length} stale removed` : ''}`
		);
	}
	console.log(`en: ${prose.size} prose texts`);
}
