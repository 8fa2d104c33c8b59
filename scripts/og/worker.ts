// A second thread for scripts/og/build.ts: draws its share of the cards the cache lacks.
import { workerData } from 'node:worker_threads';
import { drawJobs, type Job } from './build.ts';

const { cacheDir, fonts, jobs } = workerData as { cacheDir: string; fonts: string[]; jobs: Job[] };
await drawJobs(cacheDir, fonts, jobs);
