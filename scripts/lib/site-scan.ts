/**
 * The finished site's scan for withheld strings (leak-scan.ts) spread over worker threads, each
 * reading its share of the files once, for the scan and for the SHA-256 the manifest records of
 * every file. At 20,000 factories the site is some 90,000 files and nearly 3 GB: read twice by
 * one thread, the scan and the manifest were a fifth of the build.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WithheldString } from '../../src/lib/withheld-strings';
import { interfaceTexts } from './interface-texts';
import { CHUNK, dedupe, LeakScanner, walk, type Leak } from './leak-scan';

export interface SiteScan {
  leaks: Leak[];
  /** Each file's SHA-256 and size as it was scanned, by its `/`-separated path in the site. */
  digests: Map<string, { sha256: string; bytes: number }>;
}

export interface Job {
  root: string;
  withheld: WithheldString[];
  /** Absolute paths, with their position in the whole site's list. */
  files: Array<[number, string]>;
}

export interface JobResult {
  /** Leaks by the position of their file. */
  leaks: Array<[number, Leak[]]>;
  digests: Array<[string, string, number]>;
}

/** Below this many files a second thread costs more to start than it saves. */
const FILES_PER_THREAD = 4000;

/** One thread's share of the scan. */
export async function runJob({ root, withheld, files }: Job): Promise<JobResult> {
  const scanner = new LeakScanner(withheld, interfaceTexts());
  const buffer = new Uint8Array(CHUNK);
  const result: JobResult = { leaks: [], digests: [] };
  for (const [position, path] of files) {
    const hash = createHash('sha256');
    let bytes = 0;
    const leaks = await scanner.scanPath(root, path, buffer, {
      update(chunk: Uint8Array) {
        bytes += chunk.length;
        hash.update(chunk);
      },
    });
    if (leaks.length > 0) result.leaks.push([position, leaks]);
    result.digests.push([relative(root, path).split(sep).join('/'), hash.digest('hex'), bytes]);
  }
  return result;
}

/**
 * Scans every file under `root` and every file's path for the withheld strings, and hashes every
 * file; `threads` share the files (by default one per core, and one for a small site).
 */
export async function scanSite(
  root: string,
  withheld: WithheldString[],
  threads?: number,
): Promise<SiteScan> {
  const files = [...walk(root)].map((path, i): [number, string] => [i, path]);
  const count = Math.max(
    1,
    Math.min(
      files.length,
      threads ?? Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_THREAD)),
    ),
  );
  // Dealt in turn, so each thread has its share of every kind of file.
  const shares = Array.from({ length: count }, (_, k) => files.filter((_, i) => i % count === k));
  const results =
    count === 1
      ? [await runJob({ root, withheld, files })]
      : await Promise.all(shares.map((share) => inWorker({ root, withheld, files: share })));
  const byFile = results.flatMap((r) => r.leaks).sort((a, b) => a[0] - b[0]);
  const digests = new Map<string, { sha256: string; bytes: number }>();
  for (const result of results) {
    for (const [path, sha256, bytes] of result.digests) digests.set(path, { sha256, bytes });
  }
  return { leaks: dedupe(byFile.flatMap(([, leaks]) => leaks)), digests };
}

function inWorker(job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./site-scan-worker.ts', import.meta.url), {
      workerData: job,
      // The worker runs this project's TypeScript as the build does, from any folder.
      execArgv: ['--import', import.meta.resolve('tsx')],
    });
    let result: JobResult | undefined;
    worker.once('message', (message: JobResult) => {
      result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result !== undefined) resolve(result);
      else reject(new Error(`the scan's worker stopped with code ${code} before it finished`));
    });
  });
}
