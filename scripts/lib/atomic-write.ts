import {
  closeSync,
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';

export interface AtomicWriteOptions {
  /** Top-level files of an existing target to copy into the new folder (e.g. data/README.md). */
  carryOver?: (name: string) => boolean;
}

/** A file written piece by piece, so no piece needs to hold the whole file. */
export interface StreamedFile {
  chunks: Iterable<string | Uint8Array>;
  /** Also write `<name>.gz` when the file reaches this many bytes. */
  gzipFrom?: number;
}

export type FileContent = string | Uint8Array | StreamedFile;

/**
 * Writes a whole folder or nothing: the files go to a hidden sibling folder that replaces the
 * target with a rename once complete. An interrupted or failed run leaves the old folder (or
 * none) in place, never a partial one. Files may come from a generator, one at a time.
 */
export function writeFolderAtomically(
  target: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
  options: AtomicWriteOptions = {},
): void {
  const swap = startSwap(target);
  try {
    for (const [name, content] of files) {
      const path = join(swap.staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    swap.finish(options);
  } catch (error) {
    swap.abandon();
    throw error;
  }
}

/**
 * Writes files into a folder that may hold others, which are left as they are: each file is
 * written beside its place under a hidden name, and all are renamed into place once every one is
 * complete. A failed run leaves the folder as it was. Refuses a target that is not a folder.
 */
export function writeFilesInto(
  target: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
): void {
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new Error(`${target} is a file, not a folder: expected a folder to write into`);
  }
  const written: Array<{ staging: string; path: string }> = [];
  try {
    for (const [name, content] of files) {
      const path = join(target, name);
      const staging = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
      mkdirSync(dirname(path), { recursive: true });
      written.push({ staging, path });
      writeFileSync(staging, content);
    }
    for (const { staging, path } of written) renameSync(staging, path);
  } catch (error) {
    for (const { staging } of written) rmSync(staging, { force: true });
    throw error;
  }
}

/**
 * The same, for files that may be too large for one string: a streamed file is written chunk by
 * chunk, and compressed beside itself when large (deterministically: gzip without a file name
 * or time, at a fixed level, so the same bytes give the same `.gz`).
 */
export async function writeFolderStreaming(
  target: string,
  files: Iterable<readonly [string, FileContent]>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const swap = startSwap(target);
  try {
    for (const [name, content] of files) {
      const path = join(swap.staging, name);
      mkdirSync(dirname(path), { recursive: true });
      if (typeof content === 'string' || content instanceof Uint8Array) {
        writeFileSync(path, content);
        continue;
      }
      const bytes = writeChunks(path, content.chunks);
      if (content.gzipFrom !== undefined && bytes >= content.gzipFrom) await gzipFile(path);
    }
    swap.finish(options);
  } catch (error) {
    swap.abandon();
    throw error;
  }
}

function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (let offset = 0; offset < buffer.length;) {
        offset += writeSync(fd, buffer, offset);
      }
      bytes += buffer.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * Node's gzip header carries no name and a zero time; level and memory are fixed here. Level 6
 * compresses these CSVs within a few percent of level 9 in a third of the time.
 */
export const GZIP_OPTIONS = { level: 6, memLevel: 8, strategy: constants.Z_DEFAULT_STRATEGY };

export async function gzipFile(path: string): Promise<void> {
  await pipeline(createReadStream(path), createGzip(GZIP_OPTIONS), createWriteStream(`${path}.gz`));
}

function startSwap(target: string) {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.partial-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
  const cleanUp = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stopListening = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  cleanUp();
  mkdirSync(staging, { recursive: true });
  return {
    staging,
    abandon() {
      cleanUp();
      stopListening();
    },
    finish(options: AtomicWriteOptions) {
      try {
        if (!existsSync(target)) {
          renameSync(staging, target);
          return;
        }
        if (options.carryOver !== undefined) {
          for (const entry of readdirSync(target, { withFileTypes: true })) {
            if (entry.isFile() && options.carryOver(entry.name)) {
              copyFileSync(join(target, entry.name), join(staging, entry.name));
            }
          }
        }
        renameSync(target, previous);
        try {
          renameSync(staging, target);
        } catch (error) {
          renameSync(previous, target);
          throw error;
        }
        rmSync(previous, { recursive: true, force: true });
      } finally {
        stopListening();
      }
    },
  };
}
