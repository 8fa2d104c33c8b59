import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
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
import { ingest, parseMeta } from './ingest.ts';
import { SEED_DIR, SEED_PARAGRAPHS, SEED_TITLE } from './seed.fixture.ts';
import { writeArticle } from './store.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'scripts/ingest.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const SEED = fileURLToPath(SEED_DIR);

/** Every file under a folder with a hash of its bytes: equal snapshots mean nothing changed. */
function snapshot(dir: string): Record<string, string> {
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
			'BAD_META',
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
			'EXISTS_DIFFERENT',
			['tests/fixtures/articles/small-article.txt', '--meta', 'clash.json'],
			/already holds a different article/
		],
		[
			'DUPLICATE',
			['seed.txt', '--meta', 'tests/fixtures/articles/meta-ok.json'],
			/already stored as/
		]
	])('%s: exits 1 with its message and changes nothing', (_code, args, message) => {
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
		expect(r.stderr).toMatch(/^ingest: /);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(snapshot(out)).toEqual(before);
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
