/** A worker thread of the site's scan (site-scan.ts): scans its share and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './site-scan';

parentPort?.postMessage(await runJob(workerData as Job));
