/**
 * /downloads/manifest.json: what a published site was made from and of. Every input file with
 * its SHA-256 and row count, the rule constants, the program's version and the SHA-256 of every
 * other file of the site, so anyone holding the data can rebuild the site and compare
 * (`npm run verify`). Precompressed copies (.gz, .br) are left out: they depend on the
 * compressor's version, and verify checks them by decompressing them instead.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CI_MIN_ASSESSMENTS, LC_MAX_AGE_DAYS, LC_MIN_ASSESSMENTS } from '../../src/lib/rules';
import type { Dataset } from '../../src/lib/model';
import { COMPRESSED } from './compressed';

export const MANIFEST_PATH = 'downloads/manifest.json';

export interface InputDigest {
  file: string;
  sha256: string;
  bytes: number;
  /** Records read from the file; null for dataset.json. */
  rows: number | null;
}

export interface FileDigest {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  program: { name: string; version: string };
  rules: {
    ciMinAssessments: number;
    lcMinAssessments: number;
    lcMaxAgeDays: number;
    sdMultiplier: string;
  };
  /** Build settings that change the output; verify rebuilds with the same. */
  build: { siteUrl: string };
  inputs: InputDigest[];
  files: FileDigest[];
}

const PACKAGE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
) as { name: string; version: string };

export const PROGRAM = { name: PACKAGE.name, version: PACKAGE.version };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One read buffer for every file: a site has hundreds of thousands, most of them small. */
const buffer = new Uint8Array(1 << 20);

/** SHA-256 of a file read in chunks. */
export function sha256File(path: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      bytes += read;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Every input file with the records it holds, in path order. */
export function digestInputs(
  files: ReadonlyMap<string, Uint8Array>,
  dataset: Dataset,
): InputDigest[] {
  const rows = new Map<string, number>();
  const count = (records: ReadonlyArray<{ source: { file: string } }>) => {
    for (const record of records)
      rows.set(record.source.file, (rows.get(record.source.file) ?? 0) + 1);
  };
  for (const file of files.keys()) if (file.endsWith('.csv')) rows.set(file, 0);
  count(dataset.requirements);
  count(dataset.cycles);
  count(dataset.factories);
  count(dataset.assessments);
  count(dataset.strikes);
  count(dataset.responses);
  count(dataset.corrections);
  return [...files]
    .map(([file, bytes]) => ({
      file,
      sha256: sha256(bytes),
      bytes: bytes.length,
      rows: rows.get(file) ?? null,
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every file under `root` as a `/`-separated path, sorted by code point. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The manifest of the site in `root`. `known` holds digests already taken of files that have not
 * changed since (the scan's, read in the same pass); the other files are read here.
 */
export function buildManifest(
  root: string,
  inputs: InputDigest[],
  sdMultiplier: string,
  siteUrl: string,
  known: ReadonlyMap<string, { sha256: string; bytes: number }> = new Map(),
): Manifest {
  const files = listFiles(root)
    .filter((path) => path !== MANIFEST_PATH && !COMPRESSED.test(path))
    .map((path) => {
      const digest = known.get(path) ?? sha256File(join(root, path));
      return { path, sha256: digest.sha256, bytes: digest.bytes };
    });
  return {
    program: PROGRAM,
    rules: {
      ciMinAssessments: CI_MIN_ASSESSMENTS,
      lcMinAssessments: LC_MIN_ASSESSMENTS,
      lcMaxAgeDays: LC_MAX_AGE_DAYS,
      sdMultiplier,
    },
    build: { siteUrl },
    inputs,
    files,
  };
}

export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
