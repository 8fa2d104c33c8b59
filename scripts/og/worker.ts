// A second thread for scripts/og/build.ts: draws its share of the cards the cache lacks.
import { workerData } from 'node:worker_threads';
import type { Card } from './card.ts';
import { drawIntoCache } from './build.ts';

const { cacheDir, jobs } = workerData as { cacheDir: string; jobs: [string, Card][] };
for (const [key, card] of jobs) drawIntoCache(cacheDir, key, card);
