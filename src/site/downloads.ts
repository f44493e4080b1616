import { DOWNLOAD_COLUMNS, DOWNLOAD_NAMES } from '../lib/downloads';

/** The files of /downloads/ with their columns, in the order the downloads page lists them. */
export const DOWNLOAD_FILES = DOWNLOAD_NAMES.map((name) => ({
  name,
  columns: name in DOWNLOAD_COLUMNS ? DOWNLOAD_COLUMNS[name as keyof typeof DOWNLOAD_COLUMNS] : [],
}));
