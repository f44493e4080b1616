import { CYCLES_JSON_KEYS, DOWNLOAD_COLUMNS, DOWNLOAD_NAMES } from '../lib/downloads';

/** The files of /downloads/ with their columns, in the order the downloads page lists them. */
export const DOWNLOAD_FILES = DOWNLOAD_NAMES.map((name) => ({
  name,
  columns:
    name === 'cycles.json'
      ? CYCLES_JSON_KEYS
      : name in DOWNLOAD_COLUMNS
        ? DOWNLOAD_COLUMNS[name as keyof typeof DOWNLOAD_COLUMNS]
        : [],
  /** Dictionary entries are keyed per format: a JSON key can mean more than the CSV column. */
  dictionary: name.endsWith('.json') ? 'dl.json.' : 'dl.col.',
}));
