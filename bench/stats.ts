// Small helpers shared by the benchmark's parts: medians, byte formatting, Markdown tables.

export function median(xs: readonly number[]): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** "1234 ms (1100–1400)": the median and the full range, since the spread is part of the result. */
export function msSpread(xs: readonly number[]): string {
	if (!xs.length) return '–';
	return `${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
}

export function kb(n: number): string {
	return `${(n / 1024).toFixed(1)} KB`;
}

/**
 * A Markdown table with padded columns: readable in a terminal and pasteable into the README as is.
 * Columns whose cells are all numeric-looking are right-aligned.
 */
export function table(head: string[], rows: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length), 3));
	const numeric = head.map((_, i) => rows.every((r) => /^[-+×≤≥~]?\s?[\d.,]/.test(r[i] ?? '')));
	const cell = (s: string, i: number) =>
		numeric[i] ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0);
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
	return [line(head), rule, ...rows.map(line)].join('\n');
}
