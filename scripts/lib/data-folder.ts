import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import {
  planFolderRead,
  type EntryKind,
  type FolderEntry,
  type FolderPlan,
} from '../../src/lib/folder-plan';
import { MAX_FOLDER_ENTRIES } from '../../src/lib/limits';

/** The version-control folder of a data repository: never data, never looked into. */
const SKIPPED_FOLDERS = new Set(['.git']);

export interface DataFolder {
  /** Files the plan reads, keyed by dataset-relative path. */
  files: Map<string, Uint8Array>;
  /** Every entry found, links and unread files included, for the validator to judge. */
  listing: FolderEntry[];
  plan: FolderPlan;
}

/**
 * Lists every entry of a dataset folder without following a symbolic link (the folder named on
 * the command line may itself be one) and reads only the files the validator's plan accepts, so
 * a link, a pipe or an oversized file is reported, never opened.
 */
export function scanDataFolder(dir: string): DataFolder {
  let root: Stats;
  try {
    root = statSync(dir);
  } catch {
    throw new Error(`data folder not found: ${dir}`);
  }
  if (!root.isDirectory()) throw new Error(`data folder not found: ${dir}`);
  const listing = listEntries(dir);
  const plan = planFolderRead(listing);
  const files = new Map<string, Uint8Array>();
  for (const path of plan.read) files.set(path, readFileSync(join(dir, path)));
  return { files, listing, plan };
}

/** The files of a dataset folder that the validator reads, keyed by dataset-relative path. */
export function readDataFolder(dir: string): Map<string, Uint8Array> {
  return scanDataFolder(dir).files;
}

function listEntries(dir: string): FolderEntry[] {
  const entries: FolderEntry[] = [];
  const pending = [''];
  // One more than the limit, so the validator can say the folder is too large.
  while (pending.length > 0 && entries.length <= MAX_FOLDER_ENTRIES) {
    const folder = pending.pop() ?? '';
    const names = readdirSync(join(dir, folder)).sort();
    for (const name of names) {
      const path = folder === '' ? name : `${folder}/${name}`;
      if (folder === '' && SKIPPED_FOLDERS.has(name)) continue;
      const stats = lstatSync(join(dir, path));
      const kind = kindOf(stats);
      entries.push({ path, kind, size: kind === 'file' ? stats.size : 0 });
      if (kind === 'folder') pending.push(path);
    }
  }
  return entries;
}

function kindOf(stats: Stats): EntryKind {
  if (stats.isSymbolicLink()) return 'link';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  return 'other';
}
