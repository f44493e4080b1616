import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Top-level files of an existing target to copy into the new folder (e.g. data/README.md). */
  carryOver?: (name: string) => boolean;
}

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
  try {
    cleanUp();
    mkdirSync(staging, { recursive: true });
    for (const [name, content] of files) {
      const path = join(staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
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
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
