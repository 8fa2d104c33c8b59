// Reads a `_headers` file (the Netlify / Cloudflare Pages format) and answers which headers a host
// sends for a path. vite.config.ts applies it in `vite preview`, so the e2e tests see the headers a
// static host would send. Pure: no file or network access.
//
// Only the syntax both hosts accept is taken; anything else is refused with its line number, so the
// preview never quietly differs from the host:
//   # comment
//   /path/with/*/or/:placeholder      a rule: a path starting with "/", at most one "*"
//     Header-Name: value               its headers, indented
// Refused: absolute-URL rules (the preview cannot see the host name), Cloudflare's "! Name" detach
// lines (Netlify rejects them), a header before any rule, a rule without headers, a line over
// 2,000 characters (Cloudflare's limit), more than 100 rules (Cloudflare's limit).

export interface HeaderRule {
	/** The path pattern as written. */
	path: string;
	/** 1-based line of the path, for messages. */
	line: number;
	headers: { name: string; value: string }[];
	/** The pattern as an anchored regular expression over the request's path. */
	matcher: RegExp;
}

// No parameter property: plain `node` (scripts/host/serve.ts) runs this file by stripping types.
export class HeadersSyntaxError extends Error {
	readonly line: number;
	constructor(line: number, reason: string) {
		super(`_headers line ${line}: ${reason}`);
		this.name = 'HeadersSyntaxError';
		this.line = line;
	}
}

const MAX_LINE = 2000;
const MAX_RULES = 100;
// RFC 9110 token: the characters a header name may use.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Visible ASCII, spaces and tabs: no control characters can reach a response header.
const HEADER_VALUE = /^[\t\x20-\x7e]+$/;

/** Compiles a rule path: "*" matches anything (slashes too), ":name" one path segment. */
export function pathMatcher(path: string): RegExp {
	let source = '';
	for (const part of path.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
		if (part === '*') source += '.*';
		else if (part.startsWith(':') && part.length > 1) source += '[^/]+';
		else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}

/** Parses a `_headers` file; throws HeadersSyntaxError naming the line on anything it does not know. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (raw.length > MAX_LINE)
			throw new HeadersSyntaxError(line, `longer than ${MAX_LINE} characters`);
		const text = raw.trimEnd();
		const trimmed = text.trim();
		if (!trimmed || trimmed.startsWith('#')) return;
		const indented = /^\s/.test(text);
		if (!indented) {
			if (/^https?:\/\//i.test(trimmed))
				throw new HeadersSyntaxError(line, 'absolute-URL rules are not supported; use a path');
			if (!trimmed.startsWith('/'))
				throw new HeadersSyntaxError(
					line,
					`a rule must start with "/" (or indent a header under one): ${JSON.stringify(trimmed)}`
				);
			if (/\s/.test(trimmed))
				throw new HeadersSyntaxError(line, `a path has no spaces: ${JSON.stringify(trimmed)}`);
			if ((trimmed.match(/\*/g) ?? []).length > 1)
				throw new HeadersSyntaxError(line, 'at most one "*" per path');
			const previous = rules.at(-1);
			if (previous && previous.headers.length === 0)
				throw new HeadersSyntaxError(previous.line, `rule ${previous.path} has no headers`);
			if (rules.length === MAX_RULES)
				throw new HeadersSyntaxError(line, `more than ${MAX_RULES} rules`);
			rules.push({ path: trimmed, line, headers: [], matcher: pathMatcher(trimmed) });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new HeadersSyntaxError(line, 'a header before any path');
		if (trimmed.startsWith('!'))
			throw new HeadersSyntaxError(
				line,
				'"! Name" (detach) is Cloudflare-only; Netlify rejects it'
			);
		const colon = trimmed.indexOf(':');
		if (colon <= 0)
			throw new HeadersSyntaxError(line, `expected "Name: value": ${JSON.stringify(trimmed)}`);
		const name = trimmed.slice(0, colon).trim();
		const value = trimmed.slice(colon + 1).trim();
		if (!HEADER_NAME.test(name))
			throw new HeadersSyntaxError(line, `not a header name: ${JSON.stringify(name)}`);
		if (!value) throw new HeadersSyntaxError(line, `${name} has no value`);
		if (!HEADER_VALUE.test(value))
			throw new HeadersSyntaxError(line, `${name}: only printable ASCII in a value`);
		rule.headers.push({ name, value });
	});
	const last = rules.at(-1);
	if (last && last.headers.length === 0)
		throw new HeadersSyntaxError(last.line, `rule ${last.path} has no headers`);
	return rules;
}

/**
 * The headers sent for a request path (no query: hosts match the path alone), in file order. A
 * header named by several matching rules, or twice in one, is sent once with the values joined by
 * ", ", as Cloudflare Pages does; names keep the case of their first appearance.
 */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
	const merged = new Map<string, [string, string]>();
	for (const rule of rules) {
		if (!rule.matcher.test(pathname)) continue;
		for (const { name, value } of rule.headers) {
			const key = name.toLowerCase();
			const seen = merged.get(key);
			merged.set(key, seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
		}
	}
	return [...merged.values()];
}

/**
 * Header names set by more than one rule that all match `pathname`. Netlify and Cloudflare differ
 * there (Netlify keeps the most specific rule's value, Cloudflare joins them), so the project's
 * file keeps them apart; tests/unit/headers.test.ts checks it.
 */
export function overlappingHeaders(rules: HeaderRule[], pathname: string): string[] {
	const owner = new Map<string, HeaderRule>();
	const overlaps = new Set<string>();
	for (const rule of rules) {
		if (!rule.matcher.test(pathname)) continue;
		for (const { name } of rule.headers) {
			const key = name.toLowerCase();
			const first = owner.get(key);
			if (first && first !== rule) overlaps.add(key);
			else owner.set(key, rule);
		}
	}
	return [...overlaps];
}

/**
 * The file with every rule's path under `base` (a BASE_PATH such as '/kuril-explorer'; '' leaves
 * it as it is). Hosts match `_headers` paths from the host's root, so a site built for a sub-path
 * needs its rules there too; scripts/host/adapter.ts rewrites the built copy with it. Comments,
 * headers and line numbers stay as written.
 */
export function withBasePath(text: string, base: string): string {
	if (!base) return text;
	if (!/^\/[^\s?#*:]*[^/\s?#*:]$/.test(base))
		throw new Error(
			`a base path starts with "/" and does not end with one: ${JSON.stringify(base)}`
		);
	return text
		.split('\n')
		.map((line) => (line.startsWith('/') ? `${base}${line}` : line))
		.join('\n');
}
