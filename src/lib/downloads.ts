/**
 * The files of /downloads/ (contract section 4), made from the public snapshot so they obey the
 * same disclosure rules as the pages. Every CSV except scores.csv is spreadsheet-safe: a UTF-8 BOM
 * (Khmer and Chinese open correctly in Excel) and no cell that a spreadsheet would run as a formula.
 */
import Papa from 'papaparse';
import { FINDING_CODES } from './rules';
import { formatScoresCsv, SCORES_COLUMNS } from './output';
import type { PublicSite } from './public-site';
import type { Scores } from './score';

const BOM = '\uFEFF';
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Prefixes `'` to a cell a spreadsheet would read as a formula (`=`, `+`, `@`, tab, CR, or `-` not starting a number). */
export function neutraliseCell(cell: string): string {
  if (/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !NUMBER.test(cell))) return `'${cell}`;
  return cell;
}

export function toSafeCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
): string {
  const cells = rows.map((row) =>
    row.map((cell) => neutraliseCell(cell === null ? '' : String(cell))),
  );
  return `${BOM}${Papa.unparse({ fields: [...header], data: cells }, { newline: '\n' })}\n`;
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
  content: string;
}

export function buildDownloads(
  site: PublicSite,
  scores: Scores,
  cyclesJson: string,
): DownloadFile[] {
  const critical = site.requirements.filter((r) => r.track === 'critical');
  const key = site.requirements.filter((r) => r.track === 'key');
  const csv = (name: string, content: string): DownloadFile => ({
    name,
    mediaType: 'text/csv; charset=utf-8',
    content,
  });
  return [
    csv('scores.csv', formatScoresCsv(scores, { publicOnly: true })),
    { name: 'cycles.json', mediaType: 'application/json', content: cyclesJson },
    csv(
      'factories.csv',
      toSafeCsv(
        DOWNLOAD_COLUMNS['factories.csv'],
        site.factories.map((f) => [
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
        ]),
      ),
    ),
    csv(
      'findings.csv',
      toSafeCsv(
        DOWNLOAD_COLUMNS['findings.csv'],
        site.factories.flatMap((f) =>
          f.cycles.flatMap((c) => [
            ...critical.map((r, i) => [
              c.cycle,
              f.id,
              c.latestAssessment,
              r.id,
              r.track,
              FINDING_CODES[c.critical[i] ?? 'not_assessed'],
            ]),
            ...(c.key ?? []).map((finding, i) => [
              c.cycle,
              f.id,
              c.latestAssessment,
              key[i]?.id ?? '',
              'key',
              FINDING_CODES[finding],
            ]),
          ]),
        ),
      ),
    ),
    csv(
      'strikes.csv',
      toSafeCsv(
        DOWNLOAD_COLUMNS['strikes.csv'],
        site.strikes.map((s) => [
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
        ]),
      ),
    ),
    csv(
      'responses.csv',
      toSafeCsv(
        DOWNLOAD_COLUMNS['responses.csv'],
        site.factories.flatMap((f) =>
          f.responses.map((r) => [f.id, r.date, r.requirementId, r.language, r.text]),
        ),
      ),
    ),
    csv(
      'requirements.csv',
      toSafeCsv(
        DOWNLOAD_COLUMNS['requirements.csv'],
        site.requirements.map((r) => [
          r.id,
          r.track,
          r.group,
          r.labelEn,
          r.labelKm,
          r.labelZh,
          r.legalRef,
        ]),
      ),
    ),
  ];
}
