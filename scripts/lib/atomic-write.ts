import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole folder or nothing: the files go to a hidden sibling folder that replaces the
 * target with a rename once complete. An interrupted or failed run leaves the old folder (or
 * none) in place, never a partial one.
 */
export function writeFolderAtomically(
  target: string,
  files: ReadonlyMap<string, string | Uint8Array>,
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
    for (const [name, content] of files) {
      const path = join(staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    if (existsSync(target)) {
      renameSync(target, previous);
      renameSync(staging, target);
      rmSync(previous, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
