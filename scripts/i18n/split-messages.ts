// A Vite plugin: in the browser, each page carries its interface messages in the base language only,
// and a reader of another language downloads that language's messages once, as one chunk.
//
// Paraglide compiles each message into a module holding the message in every language
// (src/lib/paraglide/messages/<key>.js), so a page's JavaScript would carry the three languages of
// every message it shows. For the client build (never the server's, which prerenders every
// language), this plugin takes the other languages' functions out of each message module, and
// serves them together as `virtual:kuril-messages/<locale>`, which src/lib/i18n/messages.ts loads
// before the page hydrates. Data prose (prose_ keys) is never in a page's JavaScript, so it is left
// out. If a language's chunk has not arrived, a message falls back to the base language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const MESSAGES = 'src/lib/paraglide/messages';
const INDEX = 'virtual:kuril-messages';
const VIRTUAL = `${INDEX}/`;

/** The source of `const <locale>_<key> = …;` in a compiled message module, or null. */
export function localeFunction(code: string, locale: string, key: string): string | null {
	const start = code.indexOf(`const ${locale}_${key} = `);
	if (start < 0) return null;
	const end = code.indexOf('\n};', start);
	return end < 0 ? null : code.slice(start, end + 3);
}

/**
 * The message module as the browser gets it: `base`'s function only, and every other language read
 * from the loaded table. Null when the module is not in the shape Paraglide writes (it is then left
 * as it is: every language inline, as before).
 */
export function baseOnly(
	code: string,
	key: string,
	index: number,
	base: string,
	others: readonly string[]
): string | null {
	let out = code;
	for (const locale of others) {
		const fn = localeFunction(out, locale, key);
		const call = `\tif (locale === "${locale}") return ${locale}_${key}(inputs)\n`;
		if (!fn || !out.includes(call) || !localeFunction(out, base, key)) return null;
		out = out.replace(fn, '').replace(call, '');
	}
	const dispatch = `\treturn ${base}_${key}(inputs)`;
	if (!out.includes(dispatch)) return null;
	return (
		`import { loaded as __loaded } from '/src/lib/i18n/messages.ts';\n` +
		out.replace(
			dispatch,
			`\tconst __other = locale === "${base}" ? undefined : __loaded[locale]?.[${index}]\n` +
				`\tif (__other) return __other(inputs)\n${dispatch}`
		)
	);
}

export function splitMessages(locales: readonly string[], base: string): Plugin {
	const others = locales.filter((l) => l !== base);
	let root = process.cwd();
	// Each language's chunk is an array in the order of the message files, so it carries no keys;
	// a message finds its own by its place in that order.
	const keys = (): string[] =>
		readdirSync(join(root, MESSAGES))
			.filter((f) => f.endsWith('.js') && !f.startsWith('_') && !f.startsWith('prose_'))
			.map((f) => f.slice(0, -3))
			.sort();
	return {
		name: 'kuril:split-messages',
		enforce: 'post',
		configResolved(config) {
			root = config.root;
		},
		resolveId(id) {
			return id === INDEX || id.startsWith(VIRTUAL) ? `\0${id}` : undefined;
		},
		load(id) {
			// The index: one loader per language, each its own chunk.
			if (id === `\0${INDEX}`)
				return `export default { ${others.map((l) => `${JSON.stringify(l)}: () => import('${VIRTUAL}${l}')`).join(', ')} };`;
			if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
			const locale = id.slice(VIRTUAL.length + 1);
			if (!others.includes(locale)) throw new Error(`${id}: not one of ${others.join(', ')}`);
			const dir = join(root, MESSAGES);
			const fns = keys().map((key) => ({
				key,
				fn: localeFunction(readFileSync(join(dir, `${key}.js`), 'utf8'), locale, key)
			}));
			return [
				`import * as registry from '/src/lib/paraglide/registry.js';`,
				...fns.flatMap((f) => (f.fn ? [f.fn] : [])),
				`export default [${fns.map((f) => (f.fn ? `${locale}_${f.key}` : 'undefined')).join(', ')}];`
			].join('\n');
		},
		transform(code, id, options) {
			if (options?.ssr) return undefined;
			const match = /\/src\/lib\/paraglide\/messages\/([a-z0-9_]+)\.js$/.exec(
				id.split('?')[0] ?? ''
			);
			const key = match?.[1];
			if (!key || key.startsWith('_')) return undefined;
			const index = keys().indexOf(key);
			if (index < 0) return undefined;
			const out = baseOnly(code, key, index, base, others);
			return out === null ? undefined : { code: out, map: null };
		}
	};
}
