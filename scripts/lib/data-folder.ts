import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES } from '../../src/lib/load-dataset';
import { ASSESSMENTS_FOLDER } from '../../src/lib/read-assessments';

/**
 * Reads the files of a dataset folder into memory, keyed by dataset-relative path. Files the
 * contract does not name are not read; the validator reports the ones it misses.
 */
export function readDataFolder(dir: string): Map<string, Uint8Array> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`data folder not found: ${dir}`);
  }
  const files = new Map<string, Uint8Array>();
  for (const name of Object.values(DATASET_FILES)) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).isFile()) files.set(name, readFileSync(path));
  }
  const folder = join(dir, ASSESSMENTS_FOLDER);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name.endsWith('.csv') && statSync(path).isFile()) {
        files.set(`${ASSESSMENTS_FOLDER}${name}`, readFileSync(path));
      }
    }
  }
  return files;
}
