/**
 * What a supplier check report says about itself, in the reader's language: the dataset, its
 * publisher and date, the site, the date of the check, the list, the counts and the risk summary.
 * Pure, so the page and `npm run check-suppliers` write the same reports.
 */
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { ReportAbout, ReportColumn } from '../lib/check-report-file';
import { REPORT_COLUMNS, type ReportCell } from '../lib/check-report';
import type { MatchBasis, MatchResult } from '../lib/supplier-answer';
import type { RiskSummary } from '../lib/supplier-risk';
import { basisText, type Translate } from './check-text';

export interface ReportSource {
  title: string;
  publisher: string;
  /** The date of the data, formatted, and as an ISO date for the CSV (empty when unknown). */
  dataAsOf: string;
  dataDate: string;
  latestCycle: string;
  /** The site's address: SITE_URL when set, else the page's origin. */
  site: string;
  /** The date of the check, formatted, and as an ISO date for the CSV. */
  checkedOn: string;
  checkDate: string;
  /** The list's file name, or null for a pasted list. */
  list: string | null;
}

export function reportAbout(
  source: ReportSource,
  lines: number,
  counts: Record<MatchResult, number>,
  summary: RiskSummary,
  requirementLabel: (id: string) => string,
  t: Translate,
): ReportAbout {
  return {
    dataset: source.title,
    publisher: source.publisher,
    data_as_of: source.dataDate,
    latest_cycle: source.latestCycle,
    site: source.site,
    checked_on: source.checkDate,
    list: source.list ?? t('check.about.pasted'),
    lines,
    matched: counts.matched,
    to_confirm: counts.ambiguous,
    not_found: counts.unmatched,
    on_low_compliance_list: summary.lowCompliance,
    critical_issues_non_compliant: summary.critical,
    critical_issues_by_frequency: summary.byRequirement
      .map((r) =>
        t('check.labelled', { label: requirementLabel(r.requirement), value: String(r.count) }),
      )
      .join('; '),
    closed: summary.closed,
    strikes_not_legal: summary.strikesNotLegal,
  };
}

/** The report's context as a few lines of text, for the top of the XLSX and of the print. */
export function aboutLines(
  source: ReportSource,
  counts: Record<MatchResult, number>,
  summary: RiskSummary,
  requirementLabel: (id: string) => string,
  t: Translate,
  locale: Locale,
): string[] {
  const number = (value: number) => formatNumber(locale, value);
  const pair = (key: Parameters<Translate>[0], value: string) =>
    t('check.labelled', { label: t(key), value });
  const risk = [
    t('check.risk.lowCompliance', {
      count: number(summary.lowCompliance),
      cycle: source.latestCycle,
    }),
    t('check.risk.critical', { count: number(summary.critical) }),
    ...summary.byRequirement.map((r) =>
      t('check.risk.requirement', {
        label: requirementLabel(r.requirement),
        count: number(r.count),
      }),
    ),
    t('check.risk.closed', { count: number(summary.closed) }),
    t('check.risk.strikes', { count: number(summary.strikesNotLegal) }),
  ];
  return [
    `${source.title} · ${pair('check.about.publisher', source.publisher)}`,
    [
      pair('check.about.dataAsOf', source.dataAsOf),
      pair('check.about.latestCycle', source.latestCycle),
      pair('check.about.site', source.site),
    ].join(' · '),
    [
      pair('check.about.checkedOn', source.checkedOn),
      pair('check.about.list', source.list ?? t('check.about.pasted')),
      t('check.summary', {
        matched: number(counts.matched),
        ambiguous: number(counts.ambiguous),
        unmatched: number(counts.unmatched),
      }),
    ].join(' · '),
    `${t('check.risk.intro', { matched: number(summary.matched) })} ${risk.join(' · ')}`,
  ];
}

/** The XLSX header in the reader's language. */
export function reportHeaders(t: Translate): Record<ReportColumn, string> {
  return Object.fromEntries(
    REPORT_COLUMNS.map((column) => [column, t(`check.report.col.${column}`)]),
  ) as Record<ReportColumn, string>;
}

/** A report cell's code in words: results, how a line matched, status, yes and no. */
export function humanCell(t: Translate) {
  return (column: ReportColumn, cell: ReportCell): ReportCell => {
    if (cell === null) return null;
    if (typeof cell === 'boolean') return t(cell ? 'check.report.yes' : 'check.report.no');
    if (column === 'result') return t(`check.result.${cell as MatchResult}`);
    if (column === 'match_basis') return basisText(t, cell as MatchBasis, '').replace(/ “”/, '');
    if (column === 'status') return t(cell === 'closed' ? 'status.closed' : 'status.open');
    return cell;
  };
}
