import { formatCount, MAX_CSV_BYTES, MAX_FOLDER_ENTRIES, MAX_METADATA_BYTES } from './limits';
import { FILE_COLUMN, makeProblem, type Problem } from './problems';

/**
 * Which files of a data folder are read, and which entries are refused before anything is read:
 * a data-like file the build would skip is an error (a misspelt `assessments/2021.CSV` would
 * otherwise publish the cycle with stale findings), and so is any symbolic link (never followed)
 * and any file beyond the size limits.
 */
export const DATASET_FILES = {
  meta: 'dataset.json',
  requirements: 'requirements.csv',
  cycles: 'cycles.csv',
  factories: 'factories.csv',
  strikes: 'strikes.csv',
  responses: 'responses.csv',
  corrections: 'corrections.csv',
  provinces: 'provinces.csv',
} as const;

export const ASSESSMENTS_FOLDER = 'assessments/';
const ASSESSMENTS = 'assessments';

/** Extensions of files that hold data; anything else (README.md, LICENSE, notes.txt) is left alone. */
const DATA_EXTENSIONS = ['.csv', '.tsv', '.json', '.xlsx', '.xlsm', '.xls', '.ods'];

export type EntryKind = 'file' | 'folder' | 'link' | 'other';

export interface FolderEntry {
  /** Path inside the data folder, `/`-separated, folders without a trailing slash. */
  path: string;
  kind: EntryKind;
  /** Bytes, for files. */
  size: number;
}

export interface FolderPlan {
  /** Files to read, in code-point order. */
  read: ReadonlySet<string>;
  /** Files present but refused unread (a link, too large): not also "missing". */
  refused: ReadonlySet<string>;
  problems: Problem[];
}

const KNOWN_FILES: ReadonlySet<string> = new Set(Object.values(DATASET_FILES));
const KNOWN_BY_LOWER_CASE = new Map([...KNOWN_FILES].map((name) => [name.toLowerCase(), name]));
const READ_LIST = `${[...KNOWN_FILES].join(', ')} and ${ASSESSMENTS_FOLDER}<cycle>.csv`;

export function isDataLike(path: string): boolean {
  const lower = path.toLowerCase();
  return DATA_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** `assessments/<name>.csv`, spelt exactly so, directly in the folder. */
export function isAssessmentPath(path: string): boolean {
  if (!path.startsWith(ASSESSMENTS_FOLDER) || !path.endsWith('.csv')) return false;
  const name = path.slice(ASSESSMENTS_FOLDER.length);
  return name.length > '.csv'.length && !name.includes('/');
}

/** The entries a map of files implies, for callers that hand over bytes rather than a folder. */
export function listFiles(files: ReadonlyMap<string, Uint8Array>): FolderEntry[] {
  return [...files].map(([path, bytes]) => ({ path, kind: 'file', size: bytes.length }));
}

export function planFolderRead(entries: readonly FolderEntry[]): FolderPlan {
  const read = new Set<string>();
  const refused = new Set<string>();
  const problems: Problem[] = [];
  const refuse = (path: string, message: string) => {
    refused.add(path);
    problems.push(makeProblem('error', path, 1, FILE_COLUMN, message));
  };
  if (entries.length > MAX_FOLDER_ENTRIES) {
    problems.push(
      makeProblem(
        'error',
        '',
        1,
        '(folder)',
        `the data folder holds more than ${formatCount(MAX_FOLDER_ENTRIES)} files and folders: expected a dataset folder (a few dozen files)`,
      ),
    );
  }
  for (const entry of withImpliedFolders(entries)) {
    const { path } = entry;
    if (entry.kind === 'link') {
      refuse(
        path,
        'is a symbolic link: expected a regular file or folder (links are never followed or read)',
      );
    } else if (entry.kind === 'other') {
      refuse(path, 'is not a regular file or folder (a device, pipe or socket): expected a file');
    } else if (entry.kind === 'folder') {
      if (path.startsWith(ASSESSMENTS_FOLDER)) {
        refuse(
          path,
          `folder inside ${ASSESSMENTS_FOLDER} is not read: expected only ${ASSESSMENTS_FOLDER}<cycle>.csv files`,
        );
      } else if (KNOWN_FILES.has(path) || isDataLike(path)) {
        refuse(path, 'is a folder: expected a file');
      }
    } else if (KNOWN_FILES.has(path) || isAssessmentPath(path)) {
      const limit = path === DATASET_FILES.meta ? MAX_METADATA_BYTES : MAX_CSV_BYTES;
      if (entry.size > limit) {
        refuse(
          path,
          `file is ${formatCount(entry.size)} bytes: expected at most ${formatCount(limit)} bytes (${limit / 1024 / 1024} MiB); it was not read`,
        );
      } else {
        read.add(path);
      }
    } else if (path === ASSESSMENTS) {
      refuse(path, `is a file: expected a folder of ${ASSESSMENTS_FOLDER}<cycle>.csv files`);
    } else if (isDataLike(path)) {
      refuse(path, `data file that the build does not read: ${expectedInstead(path)}`);
    }
  }
  return { read, refused, problems };
}

function expectedInstead(path: string): string {
  const known = KNOWN_BY_LOWER_CASE.get(path.toLowerCase());
  if (known !== undefined)
    return `expected the name spelt ${known} (names are exact, case included)`;
  if (path.startsWith(ASSESSMENTS_FOLDER)) {
    const name = path.slice(ASSESSMENTS_FOLDER.length);
    if (name.includes('/')) {
      return `files in subfolders of ${ASSESSMENTS_FOLDER} are not read; expected ${ASSESSMENTS_FOLDER}<cycle>.csv`;
    }
    if (name.toLowerCase().endsWith('.csv')) {
      return `expected the name spelt ${ASSESSMENTS_FOLDER}${name.slice(0, -'.csv'.length)}.csv (lower-case .csv)`;
    }
    return `assessment files are CSV; expected ${ASSESSMENTS_FOLDER}<cycle>.csv`;
  }
  return `the build reads only ${READ_LIST}; expected this file moved out of the data folder or removed`;
}

/** Every folder on the way to an entry, so a map of files still shows its folders. */
function withImpliedFolders(entries: readonly FolderEntry[]): FolderEntry[] {
  const paths = new Set(entries.map((entry) => entry.path));
  const implied: FolderEntry[] = [];
  for (const { path } of entries) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const folder = parts.slice(0, i).join('/');
      if (paths.has(folder)) continue;
      paths.add(folder);
      implied.push({ path: folder, kind: 'folder', size: 0 });
    }
  }
  return [...entries, ...implied].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
