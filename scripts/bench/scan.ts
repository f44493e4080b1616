/**
 * The output scan's figures: how fast the built site is read for withheld strings, against two
 * baselines measured in the same run on the same files: reading the bytes without matching (the
 * floor), and one combined regular expression over the escaped strings (the usual alternative).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../lib/pipeline';
import { makeLeakScanner } from '../lib/finish-site';
import { listFiles } from '../lib/manifest';
import { encodedForms, withheldStrings } from '../../src/lib/withheld-strings';

const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;

function readAll(dir: string, files: readonly string[]): number {
  const buffer = new Uint8Array(1 << 20);
  let total = 0;
  for (const file of files) {
    const fd = openSync(join(dir, file), 'r');
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) total += read;
    closeSync(fd);
  }
  return total;
}

/** Scans `siteDir` with the withheld strings of `dataDir`. */
export async function benchScan(dataDir: string, label: string, siteDir: string): Promise<void> {
  const { output } = runPipeline(dataDir, undefined);
  if (output === undefined) throw new Error(`${dataDir} does not validate`);
  let started = performance.now();
  const scanner = makeLeakScanner(output);
  const buildMs = performance.now() - started;
  const files = listFiles(siteDir);
  const bytes = files.reduce((sum, f) => sum + statSync(join(siteDir, f)).size, 0);

  started = performance.now();
  readAll(siteDir, files);
  const readMs = performance.now() - started;
  started = performance.now();
  const leaks = await scanner.scanFolder(siteDir);
  const scanMs = performance.now() - started;

  const patterns = withheldStrings(output.dataset, output.scores)
    .flatMap((s) => encodedForms(s.text))
    .slice(0, 2000)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(patterns.join('|'), 'gi');
  const sample = files.filter((f) => f.endsWith('.html')).slice(0, 200);
  const sampleBytes = sample.reduce((sum, f) => sum + statSync(join(siteDir, f)).size, 0);
  started = performance.now();
  for (const file of sample) readFileSync(join(siteDir, file), 'utf8').match(regex);
  const regexMs = performance.now() - started;

  console.log(`\nOutput scan with the withheld strings of ${label}`);
  console.log(
    `  strings searched     ${scanner.searched} (${scanner.dropped.length} left out as published text)`,
  );
  console.log(`  matcher built in     ${buildMs.toFixed(0)} ms`);
  console.log(
    `  site                 ${files.length} files, ${(bytes / 1e6).toFixed(0)} MB, ${leaks.length} hits`,
  );
  console.log(`  read only (floor)    ${mbps(bytes, readMs)}`);
  console.log(`  scan                 ${mbps(bytes, scanMs)} (${(scanMs / 1000).toFixed(1)} s)`);
  console.log(
    `  one regex, ${patterns.length} strings ${mbps(sampleBytes, regexMs)} (on ${sample.length} pages)`,
  );
}
