// `npm run check:messages`: whether messages/ja.json and ru.json translate everything
// messages/en.json says, in the same shape, and whether en.json's data prose matches the data (see
// src/lib/i18n/completeness.ts for what is checked). Prints a report by kind and language, each key
// with what is wrong, and exits 1 on any problem. src/lib/i18n/messages.test.ts runs the same check
// inside `npm test`.
import { readFileSync } from 'node:fs';
import { checkMessages, formatReport, unusedSameInAll } from '../../src/lib/i18n/completeness.ts';
import { SAME_IN_ALL } from '../../src/lib/i18n/same-in-all.ts';
import { proseMessages } from './extract.ts';

const ROOT = new URL('../../', import.meta.url);

/** The message files by locale, in the order project.inlang/settings.json lists the locales. */
export function readMessageFiles(): {
	base: string;
	files: Record<string, Record<string, unknown>>;
} {
	const settings = JSON.parse(
		readFileSync(new URL('project.inlang/settings.json', ROOT), 'utf8')
	) as { baseLocale: string; locales: string[] };
	const files: Record<string, Record<string, unknown>> = {};
	for (const locale of settings.locales)
		files[locale] = JSON.parse(
			readFileSync(new URL(`messages/${locale}.json`, ROOT), 'utf8')
		) as Record<string, unknown>;
	return { base: settings.baseLocale, files };
}

if (import.meta.main) {
	const { base, files } = readMessageFiles();
	const problems = checkMessages({ files, base, sameInAll: SAME_IN_ALL, prose: proseMessages() });
	console.log(formatReport(problems));
	const unused = unusedSameInAll(files[base] ?? {}, SAME_IN_ALL);
	if (unused.length)
		console.log(
			`\nNote: ${unused.length} entries of src/lib/i18n/same-in-all.ts match no English message: ${unused.map((s) => s.key ?? s.en).join(', ')}`
		);
	process.exitCode = problems.length ? 1 : 0;
}
