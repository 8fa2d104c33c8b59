import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import { articleJsonBound, ingest, parseMeta } from './ingest.ts';
import { SEED_DIR, SEED_PARAGRAPHS, SEED_TITLE } from '../../../tests/fixtures/seed.ts';
import { NODE_FS, formatJson, removeStale, writeArticle } from './store.ts';
import type { StoreFs } from './store.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'scripts/ingest.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const SEED = fileURLToPath(SEED_DIR);

type Snapshot = Record<string, string>;

/** Every file under a folder with a hash of its bytes: equal snapshots mean nothing changed. */
function snapshot(dir: string): Snapshot {
	const out: Record<string, string> = {};
	if (!existsSync(dir)) return out;
	for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
		const file = join(dir, name);
		if (statSync(file).isFile()) {
			out[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
		} else out[name] = 'dir';
	}
	return out;
}

function cli(args: string[]) {
	// process.execPath is the Node vitest runs on (24), which runs .ts files directly.
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
let out: string;
let contentBefore: Record<string, string>;

beforeAll(() => {
	contentBefore = snapshot(join(ROOT, 'content'));
	work = mkdtempSync(join(tmpdir(), 'ingest-test-'));
	out = join(work, 'articles');
	// A stored article the failures below must leave alone.
	cpSync(SEED, join(out, 'nikkei-putin-win-island-row'), { recursive: true });
	writeFileSync(join(work, 'latin1.txt'), Buffer.from('Caf\xe9 society on Shikotan.', 'latin1'));
	writeFileSync(join(work, 'binary.bin'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
	writeFileSync(join(work, 'huge.txt'), Buffer.alloc(1024 * 1024 + 1, 0x61));
	writeFileSync(join(work, 'meta-not-json.json'), '{ "outlet": ');
	// A megabyte-long sentence that made the dateline rule quadratic, and a quote with an override.
	writeFileSync(
		join(work, 'long-line.txt'),
		`Island row\n\nAA${' '.repeat(1024 * 1024 - 40)}is a sentence.\n`
	);
	writeFileSync(
		join(work, 'bidi.txt'),
		'Island row\n\nThe governor said \u202e.sey\u202c to the plan for Kunashir.\n'
	);
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

describe('writeArticle', () => {
	const small = readFileSync(join(FIXTURES, 'small-article.txt'));
	const meta = parseMeta(readFileSync(join(FIXTURES, 'meta-ok.json'), 'utf8'), 'meta-ok.json');

	it('writes raw.txt byte for byte, meta.json and article.json, formatted as the repo wants', async () => {
		const dir = join(work, 'write');
		const outcome = await writeArticle(dir, ingest(small, { meta }));
		expect(outcome).toMatchObject({ slug: 'test-school-on-shikotan', status: 'created' });
		const folder = join(dir, 'test-school-on-shikotan');
		expect(readdirSync(folder).sort()).toEqual(['article.json', 'meta.json', 'raw.txt']);
		expect(Buffer.compare(readFileSync(join(folder, 'raw.txt')), small)).toBe(0);
		for (const name of ['article.json', 'meta.json']) {
			const text = readFileSync(join(folder, name), 'utf8');
			const pretty = await format(text, { parser: 'json', useTabs: true, printWidth: 100 });
			expect(text).toBe(pretty);
		}
		// No temporary folder is left behind.
		expect(readdirSync(dir)).toEqual(['test-school-on-shikotan']);
	});

	it('is idempotent: the same input again changes no byte', async () => {
		const dir = join(work, 'write');
		const before = snapshot(dir);
		const outcome = await writeArticle(dir, ingest(small, { meta }));
		expect(outcome.status).toBe('unchanged');
		expect(snapshot(dir)).toEqual(before);
	});

	it('updates only the files that change when the metadata changes', async () => {
		const dir = join(work, 'write');
		const outcome = await writeArticle(dir, ingest(small, { meta: { ...meta, topics: [] } }));
		expect(outcome).toMatchObject({ status: 'updated', changed: ['meta.json'] });
	});

	it('refuses a different text under an existing slug, and the same text under a new one', async () => {
		const dir = join(work, 'write');
		const before = snapshot(dir);
		const other = Buffer.concat([small, Buffer.from('\nOne more sentence for the record here.\n')]);
		await expect(writeArticle(dir, ingest(other, { meta }))).rejects.toMatchObject({
			code: 'EXISTS_DIFFERENT'
		});
		await expect(
			writeArticle(dir, ingest(small, { meta: { ...meta, slug: 'another-slug' } }))
		).rejects.toMatchObject({ code: 'DUPLICATE' });
		expect(snapshot(dir)).toEqual(before);
		const forced = await writeArticle(dir, ingest(other, { meta: { ...meta, topics: [] } }), {
			force: true
		});
		expect(forced.changed).toEqual(['raw.txt', 'article.json']);
	});

	it('refuses to write without metadata', async () => {
		const dir = join(work, 'no-meta');
		await expect(writeArticle(dir, ingest(small))).rejects.toBeInstanceOf(IngestError);
		expect(existsSync(dir)).toBe(false);
	});
});

describe('an update that fails or is killed part way', () => {
	const small = readFileSync(join(FIXTURES, 'small-article.txt'));
	const meta = parseMeta(readFileSync(join(FIXTURES, 'meta-ok.json'), 'utf8'), 'meta-ok.json');
	const slug = 'test-school-on-shikotan';
	const changed = Buffer.concat([small, Buffer.from('\nOne more sentence for the record here.\n')]);
	const notRunning = () => false;
	let n = 0;

	/** A folder holding the small article, and what it holds after a successful forced update. */
	async function stored(): Promise<{ dir: string; before: Snapshot; after: Snapshot }> {
		const dir = join(work, `fault-${n++}`);
		await writeArticle(dir, ingest(small, { meta }));
		const probe = join(work, `fault-${n++}`);
		cpSync(dir, probe, { recursive: true });
		await writeArticle(probe, ingest(changed, { meta }), { force: true });
		return { dir, before: snapshot(dir), after: snapshot(probe) };
	}

	/**
	 * NODE_FS whose `nth` call of `op` fails with EIO, or, with `die`, whose every call from that one
	 * on fails, as if the process had been killed there: nothing after it reaches the disk.
	 */
	function faulty(op: keyof StoreFs | 'any', nth: number, die = false): StoreFs {
		let seen = 0;
		let dead = false;
		const wrap = (name: keyof StoreFs) =>
			((...args: unknown[]) => {
				if (dead || ((op === 'any' || op === name) && ++seen === nth)) {
					dead ||= die;
					throw Object.assign(new Error(`injected ${name} failure`), { code: 'EIO' });
				}
				return (NODE_FS[name] as (...a: unknown[]) => unknown)(...args);
			}) as never;
		return Object.fromEntries(
			(Object.keys(NODE_FS) as (keyof StoreFs)[]).map((name) => [name, wrap(name)])
		) as unknown as StoreFs;
	}

	// The update's steps in order: make the new folder, write its three files, move the old folder
	// aside, move the new one in. A failure at any of them leaves the old article as it was.
	it.each([
		['mkdir', 1, 'could not create'],
		['writeFile', 1, 'could not write'],
		['writeFile', 2, 'could not write'],
		['writeFile', 3, 'could not write'],
		['rename', 1, 'could not move'],
		['rename', 2, 'could not move']
	] as const)(
		'a failing %s (call %d) leaves the old article byte for byte, and says so',
		async (op, nth, says) => {
			const { dir, before } = await stored();
			const write = writeArticle(dir, ingest(changed, { meta }), {
				force: true,
				fs: faulty(op, nth)
			});
			await expect(write).rejects.toMatchObject({ code: 'WRITE_FAILED' });
			await expect(write).rejects.toThrow(
				new RegExp(`^${says} .*injected ${op} failure; .*${slug}/ is as it was$`)
			);
			expect(snapshot(dir)).toEqual(before);
		}
	);

	it('when moving the old article back fails too, says where it is, and the next run restores it', async () => {
		const { dir, before } = await stored();
		const write = writeArticle(dir, ingest(changed, { meta }), {
			force: true,
			fs: faulty('rename', 2, true)
		});
		await expect(write).rejects.toMatchObject({ code: 'RESTORE_FAILED' });
		await expect(write).rejects.toThrow(/it is whole in .*\/\.ingest-old-test-school-on-shikotan-/);
		expect(existsSync(join(dir, slug))).toBe(false);
		const notes = removeStale(dir, { isRunning: notRunning });
		expect(notes).toEqual([
			expect.stringMatching(/^restored .*test-school-on-shikotan\/ from \.ingest-old-/),
			expect.stringMatching(
				/^removed \.ingest-new-test-school-on-shikotan-\d+-[0-9a-f]{8}\/, left by/
			)
		]);
		expect(snapshot(dir)).toEqual(before);
	});

	it('a failure removing the old copy after the swap leaves the update done, with a note', async () => {
		const { dir, after } = await stored();
		const outcome = await writeArticle(dir, ingest(changed, { meta }), {
			force: true,
			fs: faulty('removeDir', 1)
		});
		expect(outcome.status).toBe('updated');
		expect(outcome.notes).toEqual([
			expect.stringMatching(/^could not remove the old copy .*the next ingest removes it$/)
		]);
		removeStale(dir, { isRunning: notRunning });
		expect(snapshot(dir)).toEqual(after);
	});

	it('killed at any step, the next run leaves either the old article or the new one, whole', async () => {
		const { dir: template, before, after } = await stored();
		let ended = false;
		let step = 1;
		for (; !ended; step++) {
			const dir = join(work, `killed-${step}`);
			cpSync(template, dir, { recursive: true });
			try {
				await writeArticle(dir, ingest(changed, { meta }), {
					force: true,
					fs: faulty('any', step, true),
					isRunning: notRunning
				});
				ended = true; // no step left to kill
			} catch (e) {
				expect((e as IngestError).code).toMatch(/^(?:WRITE_FAILED|RESTORE_FAILED)$/);
			}
			removeStale(dir, { isRunning: notRunning });
			expect([before, after], `killed at step ${step}`).toContainEqual(snapshot(dir));
			expect(step).toBeLessThan(100);
		}
		// Reads, three writes, two renames and a removal: every one of them was a place to die.
		expect(step).toBeGreaterThan(15);
	});

	it("removes what killed runs left, keeps a running ingest's folders, and restores a moved-aside article", async () => {
		const { dir, before } = await stored();
		mkdirSync(join(dir, '.ingest-new-test-school-on-shikotan-99999999-0123abcd'));
		writeFileSync(join(dir, '.ingest-new-test-school-on-shikotan-99999999-0123abcd/raw.txt'), 'x');
		mkdirSync(join(dir, '.ingest-test-school-on-shikotan-4242-cafef00d')); // an older naming
		const running = join(dir, `.ingest-new-other-${process.pid}-00000000`);
		mkdirSync(running);
		expect(removeStale(dir)).toHaveLength(2);
		expect(existsSync(running)).toBe(true);
		rmSync(running, { recursive: true });
		expect(snapshot(dir)).toEqual(before);

		renameSync(join(dir, slug), join(dir, `.ingest-old-${slug}-99999999-89abcdef`));
		const outcome = await writeArticle(dir, ingest(small, { meta }));
		expect(outcome.status).toBe('unchanged');
		expect(outcome.notes).toEqual([expect.stringMatching(/^restored /)]);
		expect(snapshot(dir)).toEqual(before);
	});

	it('refuses to replace a folder holding files it does not write (UNKNOWN_FILES)', async () => {
		const { dir } = await stored();
		writeFileSync(join(dir, slug, 'notes.md'), 'editor notes');
		const before = snapshot(dir);
		await expect(
			writeArticle(dir, ingest(changed, { meta }), { force: true })
		).rejects.toMatchObject({
			code: 'UNKNOWN_FILES',
			message: expect.stringMatching(/also holds notes\.md/)
		});
		expect(snapshot(dir)).toEqual(before);
	});

	it('writes an article.json no larger than the bound ingest() checks', async () => {
		for (const result of [ingest(small, { meta }), ingest(readFileSync(join(SEED, 'raw.txt')))]) {
			const bytes = Buffer.byteLength(await formatJson(result.article));
			expect(bytes).toBeLessThanOrEqual(articleJsonBound(result.article));
		}
	});
});

describe('the stored seed', () => {
	it('is what ingesting its raw.txt with its meta.json gives today', async () => {
		const dir = join(work, 'fresh');
		const raw = readFileSync(join(SEED, 'raw.txt'));
		const meta = parseMeta(readFileSync(join(SEED, 'meta.json'), 'utf8'), 'meta.json');
		await writeArticle(dir, ingest(raw, { meta }));
		expect(snapshot(join(dir, 'nikkei-putin-win-island-row'))).toEqual(snapshot(SEED));
	});
});

// Each case starts a Node process; on a machine shared by many jobs that alone can take seconds, so
// the limit is far above what the work needs rather than a measure of speed.
describe('the CLI', { timeout: 60_000 }, () => {
	it('--dry-run --json prints the article and writes nothing', () => {
		const before = snapshot(out);
		const r = cli([join(SEED, 'raw.txt'), '--dry-run', '--json', '--out', join(work, 'dry')]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as {
			title: string;
			paragraphs: { text: string; islands: string[] }[];
		};
		expect(json.title).toBe(SEED_TITLE);
		expect(json.paragraphs.map((p) => p.text)).toEqual(SEED_PARAGRAPHS);
		expect(json.paragraphs[4]?.islands).toEqual(['iturup', 'kunashir', 'shikotan', 'habomai']);
		expect(json.paragraphs[1]?.islands).toEqual([]);
		expect(existsSync(join(work, 'dry'))).toBe(false);
		expect(snapshot(out)).toEqual(before);
	});

	it('writes an article, then reports it unchanged on a second run', () => {
		const args = [
			join(FIXTURES, 'small-article.txt'),
			'--meta',
			join(FIXTURES, 'meta-ok.json'),
			'--out',
			join(work, 'cli')
		];
		const first = cli(args);
		expect(first.stdout).toMatch(
			/^ingest: created .*test-school-on-shikotan\/ \(3 paragraphs, 1 caption, 2 passages/
		);
		expect(first.status).toBe(0);
		const before = snapshot(join(work, 'cli'));
		// Without --meta the stored metadata of the same text is reused.
		const second = cli(args.filter((a, i) => a !== '--meta' && args[i - 1] !== '--meta'));
		expect(second.stdout).toMatch(/^ingest: unchanged /);
		expect(snapshot(join(work, 'cli'))).toEqual(before);
	});

	it.each([
		['EMPTY', ['tests/fixtures/articles/empty.txt'], /is empty/],
		['EMPTY', ['tests/fixtures/articles/blank.txt'], /only white space/],
		['BINARY', ['binary.bin'], /binary/],
		['NOT_UTF8', ['latin1.txt'], /not valid UTF-8/],
		['TOO_LARGE', ['huge.txt'], /over the 1048576-byte limit/],
		['NO_PARAGRAPHS', ['tests/fixtures/articles/clutter-only.txt'], /no article paragraphs/],
		[
			'BAD_URL',
			[
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-bad.json'
			],
			/slug: must be lower-case/
		],
		[
			'BAD_META',
			['tests/fixtures/articles/small-article.txt', '--meta', 'meta-not-json.json'],
			/not JSON/
		],
		[
			'BAD_META',
			['tests/fixtures/articles/small-article.txt', '--meta', 'missing.json'],
			/no such file/
		],
		['BAD_META', ['tests/fixtures/articles/small-article.txt'], /no metadata: pass --meta/],
		['READ_FAILED', ['missing.txt'], /no such file/],
		[
			'PARAGRAPH_TOO_LONG',
			['long-line.txt'],
			/^ingest: PARAGRAPH_TOO_LONG: paragraph 1 \("AA {38}…"\) is 1048552 characters long, over the limit of 10000/
		],
		['BIDI_CONTROL', ['bidi.txt'], /paragraph 1 .* holds the invisible bidi control U\+202E/],
		[
			'BAD_URL',
			[
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-unsafe.json'
			],
			/slug: "nul" is a reserved .*; .*url: must not hold a user name .*; .*outlet: must be one line.*; .*title: holds the invisible bidi control U\+202E/
		],
		[
			'EXISTS_DIFFERENT',
			['tests/fixtures/articles/small-article.txt', '--meta', 'clash.json'],
			/already holds a different article/
		],
		[
			'DUPLICATE',
			['seed.txt', '--meta', 'tests/fixtures/articles/meta-ok.json'],
			/already stored as/
		],
		[
			'BAD_URL',
			[
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-url-javascript.json'
			],
			/url: must be http\(s\), got javascript:/
		],
		[
			'BAD_URL',
			[
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-url-data.json'
			],
			/url: must be http\(s\), got data:/
		],
		[
			'BAD_URL',
			[
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-url-relative.json'
			],
			/url: "\/news\/school" does not parse as a URL/
		]
	])('%s: exits 1 with its code and message and changes nothing', (code, args, message) => {
		writeFileSync(
			join(work, 'clash.json'),
			JSON.stringify({
				...JSON.parse(readFileSync(join(FIXTURES, 'meta-ok.json'), 'utf8')),
				slug: 'nikkei-putin-win-island-row'
			})
		);
		cpSync(join(SEED, 'raw.txt'), join(work, 'seed.txt'));
		const before = snapshot(out);
		const path = (a: string) =>
			a.startsWith('--') ? a : a.startsWith('tests/') ? join(ROOT, a) : join(work, a);
		const r = cli([...args.map(path), '--out', out]);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(new RegExp(`^ingest: ${code}: `));
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(snapshot(out)).toEqual(before);
	});

	it('when the write fails, exits 1 saying the stored article is as it was', () => {
		const dir = join(work, 'cli-efbig');
		cpSync(SEED, join(dir, 'nikkei-putin-win-island-row'), { recursive: true });
		const changedRaw = join(work, 'seed-changed.txt');
		writeFileSync(
			changedRaw,
			Buffer.concat([readFileSync(join(SEED, 'raw.txt')), Buffer.from('\nOne more line.\n')])
		);
		const before = snapshot(dir);
		// A file size limit of 4 KB makes writing the 5 KB raw.txt fail with EFBIG: a real I/O error
		// in the middle of an update, without a test hook in the CLI.
		const r = spawnSync(
			'bash',
			[
				'-c',
				'ulimit -f 4 && exec "$@"',
				'bash',
				process.execPath,
				CLI,
				changedRaw,
				'--meta',
				join(SEED, 'meta.json'),
				'--force',
				'--out',
				dir
			],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(r.stderr).toMatch(
			/^ingest: WRITE_FAILED: could not write .*\/\.ingest-new-nikkei-putin-win-island-row-\d+-[0-9a-f]{8}\/raw\.txt: EFBIG: .*; .*nikkei-putin-win-island-row\/ is as it was\n$/
		);
		expect(r.status).toBe(1);
		expect(snapshot(dir)).toEqual(before);
	});

	it('restores an article an interrupted update left aside, and says so', () => {
		const dir = join(work, 'cli-stale');
		const slug = 'nikkei-putin-win-island-row';
		cpSync(SEED, join(dir, slug), { recursive: true });
		const before = snapshot(dir);
		renameSync(join(dir, slug), join(dir, `.ingest-old-${slug}-99999999-0badf00d`));
		mkdirSync(join(dir, `.ingest-new-${slug}-99999999-0123abcd`));
		const r = cli([join(SEED, 'raw.txt'), '--out', dir]);
		expect(r.stderr.split('\n')).toEqual([
			expect.stringMatching(/^ingest: restored .*nikkei-putin-win-island-row\/ from \.ingest-old-/),
			expect.stringMatching(/^ingest: removed \.ingest-new-nikkei-putin-win-island-row-/),
			''
		]);
		expect(r.stdout).toMatch(/^ingest: unchanged /);
		expect(r.status).toBe(0);
		expect(snapshot(dir)).toEqual(before);
	});

	it('refuses a javascript: source URL with BAD_URL and exit 1, leaving content/ as it was', () => {
		// Exactly as an editor runs it: npm run ingest, the default --out (content/articles).
		const before = snapshot(join(ROOT, 'content'));
		const r = spawnSync(
			'npm',
			[
				'run',
				'--silent',
				'ingest',
				'--',
				'tests/fixtures/articles/small-article.txt',
				'--meta',
				'tests/fixtures/articles/meta-url-javascript.json'
			],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(r.stderr).toMatch(/^ingest: BAD_URL: .*url: must be http\(s\), got javascript:/);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(snapshot(join(ROOT, 'content'))).toEqual(before);
	});

	it('exits 2 on wrong usage', () => {
		expect(cli([]).status).toBe(2);
		const r = cli(['a.txt', '--bogus']);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^ingest: .*bogus/);
		expect(cli(['--help']).status).toBe(0);
	});

	it('with the default output folder, refuses bad input and leaves content/ untouched', () => {
		const r = cli([join(FIXTURES, 'empty.txt')]);
		expect(r.status).toBe(1);
		expect(snapshot(join(ROOT, 'content'))).toEqual(contentBefore);
	});
});

afterAll(() => {
	// Nothing in this file may touch the project's own content folder.
	expect(snapshot(join(ROOT, 'content'))).toEqual(contentBefore);
});
