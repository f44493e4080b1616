/**
 * The files of /downloads/ (contract section 4), made from the public snapshot so they obey the
 * same disclosure rules as the pages. Every CSV except scores.csv is spreadsheet-safe: a UTF-8 BOM
 * (Khmer and Chinese open correctly in Excel) and no cell that a spreadsheet would run as a formula.
 */
import Papa from 'papaparse';
import { FINDING_CODES } from './rules';
import { SCORES_COLUMNS, scoresCsvChunks } from './output';
import type { PublicSite } from './public-site';
import type { Scores } from './score';

const BOM = '\uFEFF';
const NUMBER = /^-?\d+(?:\.\d+)?$/;

type Cell = string | number | boolean | null;

/** Prefixes `'` to a cell a spreadsheet would read as a formula (`=`, `+`, `@`, tab, CR, or `-` not starting a number). */
export function neutraliseCell(cell: string): string {
  if (/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !NUMBER.test(cell))) return `'${cell}`;
  return cell;
}

/** Rows per piece of a streamed CSV: pieces of a few hundred kilobytes. */
const ROWS_PER_CHUNK = 2000;

/**
 * A spreadsheet-safe CSV in pieces of whole lines, from rows made one at a time: a BOM, the
 * header, then every row, each line ending in a line feed.
 */
export function* safeCsvChunks(
  header: readonly string[],
  rows: Iterable<ReadonlyArray<Cell>>,
): Generator<string> {
  const unparse = (lines: string[][]) => Papa.unparse(lines, { newline: '\n' });
  yield `${BOM}${unparse([[...header]])}\n`;
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map((cell) => neutraliseCell(cell === null ? '' : String(cell))));
    if (batch.length >= ROWS_PER_CHUNK) {
      yield `${unparse(batch)}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${unparse(batch)}\n`;
}

export function toSafeCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
): string {
  return [...safeCsvChunks(header, rows)].join('');
}

/** The columns of each CSV download, shared with the downloads page's data dictionary. */
export const DOWNLOAD_COLUMNS = {
  'scores.csv': SCORES_COLUMNS,
  'factories.csv': [
    'factory_id',
    'name',
    'name_km',
    'name_zh',
    'aliases',
    'parent_company',
    'province',
    'address',
    'buyers',
    'os_id',
    'workers',
    'women_workers',
    'status',
    'closed_on',
  ],
  'findings.csv': [
    'cycle',
    'factory_id',
    'latest_assessment',
    'requirement_id',
    'track',
    'finding',
  ],
  'strikes.csv': [
    'strike_id',
    'cycle',
    'factory_id',
    'union',
    'federation',
    'start_date',
    'end_date',
    'workers_involved',
    'legal',
    'requirements_missed',
    'summary',
  ],
  'responses.csv': ['factory_id', 'date', 'requirement_id', 'language', 'text'],
  'requirements.csv': ['id', 'track', 'group', 'label_en', 'label_km', 'label_zh', 'legal_ref'],
} as const;

/** The keys of each object of cycles.json (contract section 3), for the data dictionary. */
export const CYCLES_JSON_KEYS = [
  'cycle',
  'label',
  'period_start',
  'period_end',
  'factories_active',
  'ci_published',
  'ci_fully_compliant',
  'ci_noncompliant_by_requirement',
  'lc_population',
  'lc_mean',
  'lc_sd',
  'lc_threshold',
  'low_compliance',
  'strikes',
  'strikes_not_legal',
] as const;

/** Download file names in the order the downloads page lists them. */
export const DOWNLOAD_NAMES = [
  'scores.csv',
  'cycles.json',
  'factories.csv',
  'findings.csv',
  'strikes.csv',
  'responses.csv',
  'requirements.csv',
] as const;

export interface DownloadFile {
  name: string;
  mediaType: string;
  /** The file in pieces, made as they are read: no download is ever one string. */
  chunks: () => Iterable<string>;
  /** The whole file as one string: for small sites and tests. */
  readonly content: string;
}

function download(name: string, mediaType: string, chunks: () => Iterable<string>): DownloadFile {
  return {
    name,
    mediaType,
    chunks,
    get content() {
      return [...chunks()].join('');
    },
  };
}

const CSV = 'text/csv; charset=utf-8';

export function buildDownloads(
  site: PublicSite,
  scores: Scores,
  cyclesJson: string,
): DownloadFile[] {
  const critical = site.requirements.filter((r) => r.track === 'critical');
  const key = site.requirements.filter((r) => r.track === 'key');
  const csv = (name: keyof typeof DOWNLOAD_COLUMNS, rows: () => Iterable<ReadonlyArray<Cell>>) =>
    download(name, CSV, () => safeCsvChunks(DOWNLOAD_COLUMNS[name], rows()));
  return [
    download('scores.csv', CSV, () => scoresCsvChunks(scores, { publicOnly: true })),
    download('cycles.json', 'application/json', () => [cyclesJson]),
    csv('factories.csv', function* () {
      for (const f of site.factories) {
        yield [
          f.id,
          f.name,
          f.nameKm,
          f.nameZh,
          f.aliases.join('; '),
          f.parentCompany,
          f.province,
          f.address,
          f.buyers.join('; '),
          f.osId,
          f.workers,
          f.womenWorkers,
          f.status,
          f.closedOn,
        ];
      }
    }),
    csv('findings.csv', function* () {
      for (const f of site.factories) {
        for (const c of f.cycles) {
          for (const [i, r] of critical.entries()) {
            const finding = FINDING_CODES[c.critical[i] ?? 'not_assessed'];
            yield [c.cycle, f.id, c.latestAssessment, r.id, r.track, finding];
          }
          for (const [i, finding] of (c.key ?? []).entries()) {
            yield [
              c.cycle,
              f.id,
              c.latestAssessment,
              key[i]?.id ?? '',
              'key',
              FINDING_CODES[finding],
            ];
          }
        }
      }
    }),
    csv('strikes.csv', function* () {
      for (const s of site.strikes) {
        yield [
          s.id,
          s.cycle,
          s.factoryId,
          s.union,
          s.federation,
          s.startDate,
          s.endDate,
          s.workersInvolved,
          s.legal ? 'yes' : 'no',
          s.requirementsMissed.join('; '),
          s.summary,
        ];
      }
    }),
    csv('responses.csv', function* () {
      for (const f of site.factories) {
        for (const r of f.responses) yield [f.id, r.date, r.requirementId, r.language, r.text];
      }
    }),
    csv('requirements.csv', function* () {
      for (const r of site.requirements) {
        yield [r.id, r.track, r.group, r.labelEn, r.labelKm, r.labelZh, r.legalRef];
      }
    }),
  ];
}
