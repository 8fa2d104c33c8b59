// npm run ingest -- <raw.txt> [--meta <meta.json>] [--out <dir>] [--dry-run] [--json] [--force]
//
// Cleans a news page copied as text and stores it under <out>/<slug>/ (raw.txt byte for byte,
// meta.json, article.json). The logic lives in src/lib/content/; this file only reads arguments and
// files and reports. Exit status: 0 done, 1 input refused or the write failed (stderr gives the error
// code of src/lib/content/errors.ts, then a message that says why; the stored article is as it was),
// 2 wrong usage, 3 an update failed and the old article could not be moved back into its folder (the
// message names the folder that holds it; the next run moves it back).

import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '#lib/content/errors.ts';
import { MAX_RAW_BYTES, ingest, parseMeta } from '#lib/content/ingest.ts';
import { checkRawSize } from '#lib/content/raw.ts';
import { findByRaw, readStoredMeta, removeStale, writeArticle } from '#lib/content/store.ts';
import type { ArticleMetaInput } from '#lib/content/model.ts';

const USAGE = `usage: npm run ingest -- <raw.txt> [options]

  --meta <file>   editor metadata (outlet, url, date; lang when the text's own is not wanted; see
                  src/lib/content/model.ts); needed the first time, later runs on the same text
                  reuse the stored meta.json
  --out <dir>     where article folders go (default: content/articles)
  --dry-run       write nothing
  --json          print the ingested article as JSON on stdout
  --force         replace a folder that holds a different raw.txt
  --help          show this text`;

class UsageError extends Error {}

function readInput(path: string, what: 'input' | 'metadata'): Buffer {
	const code = what === 'input' ? 'READ_FAILED' : 'BAD_META';
	const fail = (why: string) => new IngestError(code, `cannot read ${what} file ${path}: ${why}`);
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) throw fail('not a file');
		size = stat.size;
	} catch (e) {
		if (e instanceof IngestError) throw e;
		throw fail(
			(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message
		);
	}
	// Checked before reading, so a multi-gigabyte file is refused without loading it; an input file
	// in the same words as the browser's try page (src/lib/content/raw.ts).
	if (what === 'input') checkRawSize(size, path);
	else if (size > MAX_RAW_BYTES) {
		throw new IngestError(
			'BAD_META',
			`${path} is ${size} bytes, over the ${MAX_RAW_BYTES}-byte limit`
		);
	}
	try {
		return readFileSync(path);
	} catch (e) {
		throw fail((e as Error).message);
	}
}

async function main(argv: string[]): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				meta: { type: 'string' },
				out: { type: 'string', default: 'content/articles' },
				'dry-run': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	const { values, positionals } = args;
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (positionals.length !== 1) {
		throw new UsageError(
			positionals.length === 0
				? 'no input file given'
				: `one input file expected, got ${positionals.length}`
		);
	}
	const input = positionals[0] as string;
	const outDir = resolve(values.out);

	const bytes = readInput(input, 'input');
	// Before looking for stored text: an interrupted update may have left an article aside.
	if (!values['dry-run']) {
		for (const note of removeStale(outDir)) process.stderr.write(`ingest: ${note}\n`);
	}
	let meta: ArticleMetaInput | null = null;
	if (values.meta !== undefined) {
		meta = parseMeta(readInput(values.meta, 'metadata').toString('utf8'), values.meta);
	} else {
		// Re-ingesting stored text keeps its metadata, so the result (and its slug) stays the same.
		const stored = findByRaw(outDir, bytes);
		if (stored !== null) meta = readStoredMeta(outDir, stored);
	}

	const result = ingest(bytes, { meta, name: input });
	const a = result.article;
	const summary = `${a.paragraphs.length} paragraphs, ${a.captions.length} caption${a.captions.length === 1 ? '' : 's'}, ${a.passages.length} passages, ${a.removed.length} lines removed`;

	// With --json: the article as stored, then what the text told about itself (its language, the
	// printed date read as a day, why each header line was taken) and the metadata.
	const json = () =>
		JSON.stringify(
			{ ...a, lang: result.lang, date: result.date, heading: result.heading, meta: result.meta },
			null,
			2
		) + '\n';
	if (values['dry-run']) {
		if (values.json) process.stdout.write(json());
		else
			process.stdout.write(
				`ingest: dry run, would write ${relative(process.cwd(), resolve(outDir, result.slug))}/ (${summary})\n`
			);
		return 0;
	}
	const outcome = await writeArticle(outDir, result, { force: values.force });
	for (const note of outcome.notes) process.stderr.write(`ingest: ${note}\n`);
	if (values.json) process.stdout.write(json());
	else
		process.stdout.write(
			`ingest: ${outcome.status} ${relative(process.cwd(), outcome.dir)}/ (${summary})\n`
		);
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	if (e instanceof UsageError) {
		process.stderr.write(`ingest: ${e.message}\n${USAGE}\n`);
		process.exitCode = 2;
	} else if (e instanceof IngestError) {
		// The code first, for scripts; the message says what to do.
		process.stderr.write(`ingest: ${e.code}: ${e.message}\n`);
		process.exitCode = e.code === 'RESTORE_FAILED' ? 3 : 1;
	} else {
		process.stderr.write(`ingest: internal error: ${(e as Error).stack ?? String(e)}\n`);
		process.exitCode = 1;
	}
}
