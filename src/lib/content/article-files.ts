// The article folders read from the file system, for plain Node (the card script, tests, and
// server-side loads): the same files import.meta.glob gives the app, handed to the same loader.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_FILES, ARTICLES_DIR, isArticleFolder, loadArticles } from './loader.ts';
import type { ArticleFiles } from './loader.ts';
import type { Article } from './model.ts';

/** The repository this module is in. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The bytes of every article file under root/dir, keyed 'dir/<folder>/<file>' as the loader wants
 * them. Dot-folders are not read at all: a half-written ingest may hold anything.
 */
export function readArticleFiles(root: string, dir: string = ARTICLES_DIR): ArticleFiles {
	const base = join(root, dir);
	const files: Record<string, Uint8Array> = {};
	if (!existsSync(base)) return files;
	for (const entry of readdirSync(base, { withFileTypes: true })) {
		if (!entry.isDirectory() || !isArticleFolder(entry.name)) continue;
		for (const name of Object.values(ARTICLE_FILES)) {
			const file = join(base, entry.name, name);
			if (existsSync(file)) files[`${dir}/${entry.name}/${name}`] = readFileSync(file);
		}
	}
	return files;
}

/** Every article under root/content/articles, checked, newest first (see loadArticles). */
export function readArticles(
	root: string = REPOSITORY_ROOT,
	dir: string = ARTICLES_DIR
): Article[] {
	return loadArticles(readArticleFiles(root, dir));
}
