import { LANGUAGE_TAGS, type Locale } from '../i18n/locales';
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

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size as a reader's file manager shows it: 1 kB = 1,000 bytes, three digits at most. */
export function formatSize(locale: Locale, bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2,
  }).format(value);
}
