/**
 * The supplier check's downloads, built from what the page shows: the CSV with its `#` context
 * lines and machine header, the XLSX with its context and header in the reader's language.
 */
import { reportRows, type ReportContext } from '../lib/check-report';
import { reportCsvWithAbout, reportWorkbook } from '../lib/check-report-file';
import type { SupplierList } from '../lib/supplier-list';
import type { MatchResult, RowMatch } from '../lib/supplier-answer';
import type { RiskSummary } from '../lib/supplier-risk';
import type { Locale } from '../i18n/locales';
import {
  aboutLines,
  humanCell,
  reportAbout,
  reportHeaders,
  type ReportSource,
} from './check-about';
import { saveCsv, saveXlsx } from './check-input';
import type { Translate } from './check-text';

export interface ExportInput {
  list: SupplierList;
  matches: readonly RowMatch[];
  context: ReportContext;
  source: ReportSource;
  counts: Record<MatchResult, number>;
  summary: RiskSummary;
  requirementLabel: (id: string) => string;
  t: Translate;
  locale: Locale;
}

export function reportCsvText(input: ExportInput): string {
  const rows = reportRows(input.list.rows, input.matches, input.context);
  const about = reportAbout(
    input.source,
    input.list.rows.length,
    input.counts,
    input.summary,
    input.requirementLabel,
    input.t,
  );
  return reportCsvWithAbout(rows, about);
}

export function reportBook(input: ExportInput) {
  const rows = reportRows(input.list.rows, input.matches, input.context);
  const context = aboutLines(
    input.source,
    input.counts,
    input.summary,
    input.requirementLabel,
    input.t,
    input.locale,
  );
  return reportWorkbook(rows, context, reportHeaders(input.t), humanCell(input.t));
}

export const downloadCsv = (input: ExportInput, name: string) =>
  saveCsv(reportCsvText(input), name);

export const downloadXlsx = (input: ExportInput, name: string) =>
  saveXlsx(reportBook(input), name, input.t('check.sheetName'));
