// Writes an ingested article into its folder. Used by scripts/ingest.ts only (it needs node:fs).
//
// The folder changes all at once or not at all as far as a reader of the repository can tell:
// every file is first written complete into a temporary folder beside the target, then moved
// into place with rename, which replaces a file atomically on the same file system. Everything
// that can refuse the input (decoding, cleaning, metadata, a different raw.txt already stored) is
// decided before the first byte is written, and the temporary folder is removed on any failure.

import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { IngestError } from './errors.ts';
import type { IngestResult } from './ingest.ts';
import { checkMeta } from '#lib/data/schema.ts';
import type { ArticleMetaInput } from './model.ts';

export const FILES = { raw: 'raw.txt', meta: 'meta.json', article: 'article.json' } as const;

export interface WriteOutcome {
	slug: string;
	dir: string;
	status: 'created' | 'updated' | 'unchanged';
	/** The files whose bytes changed. */
	changed: string[];
}

// Stored JSON is formatted exactly as the repository's Prettier check wants it, so `npm run lint`
// passes on freshly ingested content without a separate format step.
const PROJECT_FILE = fileURLToPath(
	new URL('../../../content/articles/_/article.json', import.meta.url)
);

export async function formatJson(value: unknown): Promise<string> {
	const config = (await resolveConfig(PROJECT_FILE)) ?? {};
	return format(JSON.stringify(value), {
		parser: 'json',
		useTabs: config.useTabs ?? true,
		tabWidth: config.tabWidth ?? 2,
		printWidth: config.printWidth ?? 100,
		endOfLine: 'lf'
	});
}

/** The slug of a stored article whose raw.txt has exactly these bytes, if any. */
export function findByRaw(outDir: string, bytes: Uint8Array): string | null {
	if (!existsSync(outDir)) return null;
	for (const slug of readdirSync(outDir).sort()) {
		if (slug.startsWith('.')) continue;
		const file = join(outDir, slug, FILES.raw);
		if (existsSync(file) && Buffer.compare(readFileSync(file), bytes) === 0) return slug;
	}
	return null;
}

/** The stored meta.json of an article, checked, or null when there is none. */
export function readStoredMeta(outDir: string, slug: string): ArticleMetaInput | null {
	const file = join(outDir, slug, FILES.meta);
	if (!existsSync(file)) return null;
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		throw new IngestError('BAD_META', `${file}: not JSON: ${(e as Error).message}`);
	}
	const { meta, problems } = checkMeta(value, file);
	if (!meta) throw new IngestError('BAD_META', problems.join('; '));
	return meta;
}

/**
 * Writes raw.txt, meta.json and article.json under outDir/<slug>/. Refuses, changing nothing, when
 * the folder holds a different raw.txt (unless `force`) or the same text is stored under another
 * slug. Writing the same result twice leaves every byte as it was.
 */
export async function writeArticle(
	outDir: string,
	result: IngestResult,
	options: { force?: boolean } = {}
): Promise<WriteOutcome> {
	if (!result.meta) {
		throw new IngestError(
			'BAD_META',
			'no metadata: pass --meta <file.json> with outlet, url and date (see src/lib/content/model.ts) the first time an article is ingested'
		);
	}
	const dir = join(outDir, result.slug);
	const other = findByRaw(outDir, result.raw);
	if (other !== null && other !== result.slug) {
		throw new IngestError(
			'DUPLICATE',
			`this text is already stored as ${join(outDir, other)}/; keep that slug, or remove that folder first`
		);
	}
	if (existsSync(dir) && !options.force) {
		const raw = join(dir, FILES.raw);
		if (!existsSync(raw) || Buffer.compare(readFileSync(raw), result.raw) !== 0) {
			throw new IngestError(
				'EXISTS_DIFFERENT',
				`${dir}/ already holds a different article; choose another slug in the metadata, or pass --force to replace it`
			);
		}
	}

	const files: Record<string, Uint8Array> = {
		[FILES.raw]: result.raw,
		[FILES.meta]: Buffer.from(await formatJson(result.meta)),
		[FILES.article]: Buffer.from(await formatJson(result.article))
	};
	const changed = Object.keys(files).filter((name) => {
		const file = join(dir, name);
		return !existsSync(file) || Buffer.compare(readFileSync(file), files[name] as Uint8Array) !== 0;
	});
	const existed = existsSync(dir);
	if (existed && changed.length === 0)
		return { slug: result.slug, dir, status: 'unchanged', changed };

	let tmp: string | null = null;
	try {
		mkdirSync(outDir, { recursive: true });
		// mkdtemp would make the folder private (0700) and the rename would keep that; mkdir
		// honours the umask like every other folder in the repository.
		tmp = join(outDir, `.ingest-${result.slug}-${process.pid}-${randomBytes(4).toString('hex')}`);
		mkdirSync(tmp);
		for (const [name, bytes] of Object.entries(files)) writeFileSync(join(tmp, name), bytes);
		if (!existed) {
			renameSync(tmp, dir);
			tmp = null;
		} else {
			for (const name of changed) renameSync(join(tmp, name), join(dir, name));
		}
	} catch (e) {
		throw new IngestError('WRITE_FAILED', `could not write ${dir}/: ${(e as Error).message}`);
	} finally {
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	}
	return { slug: result.slug, dir, status: existed ? 'updated' : 'created', changed };
}
