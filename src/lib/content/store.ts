// Writes an ingested article into its folder. Used by scripts/ingest.ts only (it needs node:fs).
//
// An article folder is replaced whole or not at all. Everything that can refuse the input (decoding,
// cleaning, limits, metadata, a different raw.txt already stored) is decided before the first byte is
// written. Then all three files are written and flushed into a new folder beside the target
// (.ingest-new-<slug>-<pid>-<hex>); a new article is that folder renamed into place. An update moves
// the old folder aside (.ingest-old-<slug>-<pid>-<hex>), renames the new one into place, and only
// then removes the old one. Renaming a folder is atomic on one file system, so the article folder
// always holds one complete article: never a new raw.txt beside an old article.json, whose
// rawSha256 would then disagree with it.
//
// If a step fails, the steps before it are undone: the new folder is removed, and an old folder
// already moved aside is moved back, so the stored article is byte for byte as it was. If the
// process dies between the two renames of an update, the article folder is missing and the old one
// waits under its .ingest-old- name: removeStale, which every write runs first, moves it back. Any
// other .ingest-* folder is left over from a run that was killed and is removed. (Folders whose
// name starts with a dot are not articles: findByRaw and the article loader skip them.)

import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { IngestError } from './errors.ts';
import { MAX_ARTICLE_JSON_BYTES, checkedMeta } from './ingest.ts';
import type { IngestResult } from './ingest.ts';
import type { ArticleMetaInput } from './model.ts';

export const FILES = { raw: 'raw.txt', meta: 'meta.json', article: 'article.json' } as const;

/** The prefix of every folder the ingester makes beside the articles; .gitignore lists it. */
export const WORK_PREFIX = '.ingest-';

/**
 * The file operations the store uses, so that tests can make any one of them fail. Each is
 * synchronous and throws on failure, like its node:fs namesake.
 */
export interface StoreFs {
	exists(path: string): boolean;
	readFile(path: string): Buffer;
	readdir(path: string): string[];
	/** Creates one folder, or with `parents` every missing folder on the path. */
	mkdir(path: string, parents?: boolean): void;
	/** Creates the file and flushes it to disk before returning. */
	writeFile(path: string, bytes: Uint8Array): void;
	rename(from: string, to: string): void;
	/** Removes a folder and everything in it. */
	removeDir(path: string): void;
}

export const NODE_FS: StoreFs = {
	exists: (path) => nodeFs.existsSync(path),
	readFile: (path) => nodeFs.readFileSync(path),
	readdir: (path) => nodeFs.readdirSync(path),
	mkdir: (path, parents = false) => void nodeFs.mkdirSync(path, { recursive: parents }),
	writeFile: (path, bytes) => {
		// Flushed so that a crash after the rename cannot leave an empty or partial file in place.
		const fd = nodeFs.openSync(path, 'wx');
		try {
			nodeFs.writeFileSync(fd, bytes);
			nodeFs.fsyncSync(fd);
		} finally {
			nodeFs.closeSync(fd);
		}
	},
	rename: (from, to) => nodeFs.renameSync(from, to),
	removeDir: (path) => nodeFs.rmSync(path, { recursive: true, force: true })
};

export interface WriteOutcome {
	slug: string;
	dir: string;
	status: 'created' | 'updated' | 'unchanged';
	/** The files whose bytes changed. */
	changed: string[];
	/** What removeStale did before writing, and anything left to tidy after; one line each. */
	notes: string[];
}

export interface StoreOptions {
	force?: boolean;
	fs?: StoreFs;
	/** Whether a process id is running; a folder of a running ingest is not stale. */
	isRunning?: (pid: number) => boolean;
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
export function findByRaw(outDir: string, bytes: Uint8Array, fs: StoreFs = NODE_FS): string | null {
	if (!fs.exists(outDir)) return null;
	for (const slug of fs.readdir(outDir).sort()) {
		if (slug.startsWith('.')) continue;
		const file = join(outDir, slug, FILES.raw);
		if (fs.exists(file) && Buffer.compare(fs.readFile(file), bytes) === 0) return slug;
	}
	return null;
}

/** The stored meta.json of an article, normalised and checked, or null when there is none. */
export function readStoredMeta(
	outDir: string,
	slug: string,
	fs: StoreFs = NODE_FS
): ArticleMetaInput | null {
	const file = join(outDir, slug, FILES.meta);
	if (!fs.exists(file)) return null;
	let value: unknown;
	try {
		value = JSON.parse(fs.readFile(file).toString('utf8'));
	} catch (e) {
		throw new IngestError('BAD_META', `${file}: not JSON: ${(e as Error).message}`);
	}
	return checkedMeta(value, file);
}

/** `.ingest-new-<slug>-<pid>-<hex>` or `.ingest-old-<slug>-<pid>-<hex>`. */
const WORK_NAME = /^\.ingest-(new|old)-([a-z0-9-]+)-(\d+)-[0-9a-f]{8}$/;

function workName(kind: 'new' | 'old', slug: string): string {
	return `${WORK_PREFIX}${kind}-${slug}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

function pidRunning(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: it runs, as another user.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Tidies what interrupted runs left under outDir: an old article moved aside whose folder is missing
 * is moved back, and every other .ingest-* folder is removed, except those of an ingest still
 * running. Returns one line per action, for the CLI to print.
 */
export function removeStale(
	outDir: string,
	options: Pick<StoreOptions, 'fs' | 'isRunning'> = {}
): string[] {
	const fs = options.fs ?? NODE_FS;
	const isRunning = options.isRunning ?? pidRunning;
	if (!fs.exists(outDir)) return [];
	const notes: string[] = [];
	const found = fs
		.readdir(outDir)
		.filter((name) => name.startsWith(WORK_PREFIX))
		.sort()
		.map((name) => ({ name, m: WORK_NAME.exec(name) }));
	// Old articles first, so that one is moved back before anything else is looked at.
	found.sort((a, b) => Number(b.m?.[1] === 'old') - Number(a.m?.[1] === 'old'));
	for (const { name, m } of found) {
		const path = join(outDir, name);
		if (m && isRunning(Number(m[3]))) continue;
		const target = m ? join(outDir, m[2] as string) : '';
		try {
			if (m && m[1] === 'old' && !fs.exists(target)) {
				fs.rename(path, target);
				notes.push(`restored ${target}/ from ${name}/, left by an update that was interrupted`);
			} else {
				fs.removeDir(path);
				notes.push(`removed ${name}/, left by an ingest that was interrupted`);
			}
		} catch (e) {
			throw new IngestError(
				'WRITE_FAILED',
				`could not tidy ${path}/ left by an interrupted ingest: ${(e as Error).message}; nothing else was changed`
			);
		}
	}
	return notes;
}

/**
 * Writes raw.txt, meta.json and article.json under outDir/<slug>/. Refuses, changing nothing, when
 * the folder holds a different raw.txt (unless `force`), files the ingester does not write, or the
 * same text is stored under another slug. Writing the same result twice leaves every byte as it was.
 */
export async function writeArticle(
	outDir: string,
	result: IngestResult,
	options: StoreOptions = {}
): Promise<WriteOutcome> {
	try {
		return await write(outDir, result, options);
	} catch (e) {
		if (e instanceof IngestError) throw e;
		// A read that failed while checking what is stored: nothing had been written yet.
		throw new IngestError(
			'WRITE_FAILED',
			`could not read ${outDir}/: ${(e as Error).message}; nothing was changed`
		);
	}
}

async function write(
	outDir: string,
	result: IngestResult,
	options: StoreOptions
): Promise<WriteOutcome> {
	const fs = options.fs ?? NODE_FS;
	if (!result.meta) {
		throw new IngestError(
			'BAD_META',
			'no metadata: pass --meta <file.json> with outlet, url and date (see src/lib/content/model.ts) the first time an article is ingested'
		);
	}
	const notes = removeStale(outDir, options);
	const dir = join(outDir, result.slug);
	const other = findByRaw(outDir, result.raw, fs);
	if (other !== null && other !== result.slug) {
		throw new IngestError(
			'DUPLICATE',
			`this text is already stored as ${join(outDir, other)}/; keep that slug, or remove that folder first`
		);
	}
	const existed = fs.exists(dir);
	if (existed) {
		const extra = fs.readdir(dir).filter((name) => !Object.values<string>(FILES).includes(name));
		if (extra.length > 0) {
			throw new IngestError(
				'UNKNOWN_FILES',
				`${dir}/ also holds ${extra.sort().join(', ')}, which the ingester does not write and an update would lose; move them out of the folder first`
			);
		}
		if (!options.force) {
			const raw = join(dir, FILES.raw);
			if (!fs.exists(raw) || Buffer.compare(fs.readFile(raw), result.raw) !== 0) {
				throw new IngestError(
					'EXISTS_DIFFERENT',
					`${dir}/ already holds a different article; choose another slug in the metadata, or pass --force to replace it`
				);
			}
		}
	}

	const files: Record<string, Uint8Array> = {
		[FILES.raw]: result.raw,
		[FILES.meta]: Buffer.from(await formatJson(result.meta)),
		[FILES.article]: Buffer.from(await formatJson(result.article))
	};
	const articleBytes = (files[FILES.article] as Uint8Array).byteLength;
	if (articleBytes > MAX_ARTICLE_JSON_BYTES) {
		// ingest() refuses this from a bound that formatting never exceeds; kept in case it ever does.
		throw new IngestError(
			'ARTICLE_TOO_LARGE',
			`its article.json is ${articleBytes} bytes, over the limit of ${MAX_ARTICLE_JSON_BYTES}`
		);
	}
	const changed = Object.keys(files).filter((name) => {
		const file = join(dir, name);
		return !fs.exists(file) || Buffer.compare(fs.readFile(file), files[name] as Uint8Array) !== 0;
	});
	const outcome = (status: WriteOutcome['status']): WriteOutcome => ({
		slug: result.slug,
		dir,
		status,
		changed,
		notes
	});
	if (existed && changed.length === 0) return outcome('unchanged');

	const fresh = join(outDir, workName('new', result.slug));
	const aside = join(outDir, workName('old', result.slug));
	const unchanged = existed
		? `${dir}/ is as it was`
		: `nothing was written (${dir}/ does not exist)`;
	let step = 'create the output folder';
	try {
		if (!fs.exists(outDir)) fs.mkdir(outDir, true);
		// mkdtemp would make the folder private (0700) and the rename would keep that; mkdir
		// honours the umask like every other folder in the repository.
		step = `create ${fresh}/`;
		fs.mkdir(fresh);
		for (const [name, bytes] of Object.entries(files)) {
			step = `write ${join(fresh, name)}`;
			fs.writeFile(join(fresh, name), bytes);
		}
		if (existed) {
			step = `move ${dir}/ aside to ${aside}/`;
			fs.rename(dir, aside);
		}
	} catch (e) {
		removeQuietly(fs, fresh);
		throw new IngestError(
			'WRITE_FAILED',
			`could not ${step}: ${(e as Error).message}; ${unchanged}`
		);
	}
	try {
		fs.rename(fresh, dir);
	} catch (e) {
		const why = `could not move ${fresh}/ to ${dir}/: ${(e as Error).message}`;
		if (existed) {
			try {
				fs.rename(aside, dir);
			} catch (e2) {
				throw new IngestError(
					'RESTORE_FAILED',
					`${why}; then moving the old article back failed too (${(e2 as Error).message}): it is whole in ${aside}/. The next ingest moves it back, or rename that folder to ${dir}/ by hand`
				);
			}
		}
		removeQuietly(fs, fresh);
		throw new IngestError('WRITE_FAILED', `${why}; ${unchanged}`);
	}
	if (existed) {
		try {
			fs.removeDir(aside);
		} catch (e) {
			// The update is done; what remains is a copy of the old article under a dot-name.
			notes.push(
				`could not remove the old copy ${aside}/ (${(e as Error).message}); the next ingest removes it`
			);
		}
	}
	return outcome(existed ? 'updated' : 'created');
}

function removeQuietly(fs: StoreFs, path: string): void {
	try {
		if (fs.exists(path)) fs.removeDir(path);
	} catch {
		// Left for removeStale on the next run; the error already being reported matters more.
	}
}
