/**
 * The supplier check's report on the page: what was checked and against which data, the risk
 * summary, the bulk actions for lines to confirm, the downloads, the filters and the order, and
 * a table with a row per line (CheckRow).
 */
import { useEffect, useState, type RefObject } from 'react';
import { formatDate, formatNumber, formatWithPattern } from '../i18n/format';
import type { SearchRecord } from '../lib/search';
import { LIST_FIELDS, type ListField, type SupplierList } from '../lib/supplier-list';
import type { MatchResult, RowMatch } from '../lib/supplier-match';
import type { BulkPlan } from '../lib/supplier-bulk';
import {
  orderLines,
  type LineOrder,
  type RiskFilter,
  type RiskSummary,
} from '../lib/supplier-risk';
import { aboutLines, type ReportSource } from './check-about';
import { downloadCsv, downloadXlsx, type ExportInput } from './check-export';
import { aroundText, provinceNamer, reportContext, sheetsText, type Translate } from './check-text';
import { CheckBulk } from './CheckBulk';
import { CheckRow } from './CheckRow';
import { CheckSummary, riskFilterText } from './CheckSummary';
import type { SupplierCheckProps } from './SupplierCheck';

export type Filter = 'all' | MatchResult;

/** Lines a page of the report shows: each may list five candidates. */
export const PAGE_SIZE = 50;
/**
 * Lines drawn in one frame. Styling and laying out a page of 50 lines with their candidates at
 * once took a loaded phone-class CPU over 200 ms; ten at a time, a frame each, keeps every task
 * short, and the page is complete a few frames later.
 */
export const LINES_PER_FRAME = 10;

/**
 * How many of a page's `total` lines to draw now: a first few, then more each frame until all
 * are drawn. `key` names the lines shown; a new page, filter or order starts again from a few.
 */
function useLinesDrawn(total: number, key: string, all: boolean): number {
  const [drawn, setDrawn] = useState({ key, count: LINES_PER_FRAME });
  const count = Math.min(total, drawn.key === key ? drawn.count : LINES_PER_FRAME);
  if (drawn.key !== key) setDrawn({ key, count });
  useEffect(() => {
    if (all || count >= total) return;
    const frame = requestAnimationFrame(() =>
      setDrawn({ key, count: Math.min(total, count + LINES_PER_FRAME) }),
    );
    return () => cancelAnimationFrame(frame);
  }, [key, count, total, all]);
  return all ? total : count;
}

export interface Checked {
  list: SupplierList;
  matches: RowMatch[];
  encoding: string | null;
  /** The file's name, or null for a pasted list. */
  source: string | null;
  /** The sheets read, when the workbook has several. */
  sheets?: { read: string[]; count: number } | undefined;
  milliseconds: number;
  date: string;
}

interface ReportProps {
  checked: Checked;
  effective: RowMatch[];
  counts: Record<MatchResult, number>;
  summary: RiskSummary;
  choices: ReadonlyMap<number, SearchRecord | null>;
  onChoose: (index: number, record: SearchRecord | null) => void;
  filter: Filter;
  risk: RiskFilter | null;
  filtered: readonly number[] | null;
  onFilter: (filter: Filter) => void;
  onRisk: (risk: RiskFilter | null) => void;
  order: LineOrder;
  onOrder: (order: LineOrder) => void;
  plan: BulkPlan;
  canUndo: boolean;
  onAccept: () => void;
  onRest: () => void;
  onUndo: () => void;
  page: number;
  onPage: (page: number) => void;
  printing: boolean;
  onPrint: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  props: SupplierCheckProps;
  t: Translate;
  id: (name: string) => string;
}

export function Report(report: ReportProps) {
  const { checked, effective, counts, summary, filter, risk, filtered, order, page } = report;
  const { printing, props, t, id } = report;
  const { locale, linkPrefix } = props;
  const number = (value: number) => formatNumber(locale, value);
  const { list } = checked;
  const total = list.rows.length;
  const all = list.rows.map((_, index) => index);
  // Printed and downloaded reports hold every line, whatever the filter on screen.
  const indexes = orderLines(printing || filtered === null ? all : filtered, effective, order);
  const shown = indexes.flatMap((index) => {
    const row = list.rows[index];
    const match = effective[index];
    return row && match ? [{ row, index, match }] : [];
  });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const from = printing ? 0 : Math.min(page, pages - 1) * PAGE_SIZE;
  const visible = printing ? shown : shown.slice(from, from + PAGE_SIZE);
  const drawn = useLinesDrawn(
    visible.length,
    `${checked.date}:${checked.milliseconds}:${visible.map(({ index }) => index).join(',')}`,
    printing,
  );
  const origin = props.siteUrl || window.location.origin;
  const cycle = (cycleId: string) => props.cycleLabels[cycleId] ?? cycleId;
  const date = (iso: string) =>
    props.closedDates[iso] ??
    (props.datePattern === null
      ? formatDate(locale, iso)
      : formatWithPattern(props.datePattern, iso));
  const requirementLabel = (req: string) => props.requirementLabels[req] ?? req;
  const province = provinceNamer(props.provinces, locale);
  const context = reportContext({
    t,
    locale,
    countryName: props.countryName,
    factoryUrl: (factoryId) => `${origin}${linkPrefix}/factories/${factoryId}/`,
    requirementLabel,
    closedOn: (record) =>
      record.cl ? t('status.closedOn', { date: date(record.cl) }) : t('status.closed'),
    province,
  });
  const source: ReportSource = {
    title: props.datasetTitle,
    publisher: props.publisher,
    dataAsOf: props.dataAsOf,
    dataDate: props.dataDate,
    latestCycle: props.latestCycle,
    site: origin,
    checkedOn: date(checked.date),
    checkDate: checked.date,
    list: checked.source,
  };
  const exportInput: ExportInput = {
    list,
    matches: effective,
    context,
    source,
    counts,
    summary,
    requirementLabel,
    t,
    locale,
  };
  const fileName = (extension: string) => `supplier-check-${checked.date}.${extension}`;
  const columnsUsed = LIST_FIELDS.flatMap((field: ListField) =>
    list.columns[field] === undefined
      ? []
      : [`${list.columns[field]} (${t(`check.field.${field}`)})`],
  );
  const resultSummary = t('check.summary', {
    matched: number(counts.matched),
    ambiguous: number(counts.ambiguous),
    unmatched: number(counts.unmatched),
  });

  return (
    <section className="check-report" aria-labelledby={id('results')}>
      <h2 id={id('results')} ref={report.headingRef} tabIndex={-1}>
        {t('check.results')}
      </h2>
      <div className="print-only check-print-about">
        <p>
          <strong>
            {t('check.printHeading', {
              date: date(checked.date),
              total: number(total),
            })}
          </strong>
        </p>
        {aboutLines(source, counts, summary, requirementLabel, t, locale).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p data-check-ms={Math.round(checked.milliseconds)}>
        <strong>{resultSummary}</strong>{' '}
        {t('check.done', {
          total: number(total),
          seconds: new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(Math.max(0.1, checked.milliseconds / 1000)),
        })}
      </p>
      <ul className="check-reading no-print">
        <li>
          {checked.source === null
            ? t('check.sourcePasted')
            : t('check.sourceFile', { name: checked.source })}
        </li>
        <li>{t('check.readAs', { layout: t(`check.layout.${list.layout}`) })}</li>
        {columnsUsed.length > 0 && (
          <li>{t('check.columnsUsed', { columns: columnsUsed.join(', ') })}</li>
        )}
        {aroundText(list, t, locale).map((text) => (
          <li key={text}>{text}</li>
        ))}
        {list.blankRows > 0 && (
          <li>{t('check.blankSkipped', { count: number(list.blankRows) })}</li>
        )}
        {checked.encoding && <li>{t('check.encoding', { encoding: checked.encoding })}</li>}
        {checked.sheets && <li>{sheetsText(t, locale, checked.sheets)}</li>}
      </ul>

      <div className="no-print">
        <CheckSummary
          summary={summary}
          active={risk}
          onFilter={report.onRisk}
          locale={locale}
          latestCycle={props.latestCycle}
          requirementLabels={props.requirementLabels}
          t={t}
          headingId={id('risk')}
        />
      </div>

      <CheckBulk
        plan={report.plan}
        canUndo={report.canUndo}
        onAccept={report.onAccept}
        onRest={report.onRest}
        onUndo={report.onUndo}
        locale={locale}
        t={t}
        headingId={id('bulk')}
      />

      <div className="check-actions no-print">
        <button type="button" onClick={() => downloadCsv(exportInput, fileName('csv'))}>
          {t('check.downloadCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void downloadXlsx(exportInput, fileName('xlsx'))}
        >
          {t('check.downloadXlsx')}
        </button>
        <button type="button" className="secondary" onClick={report.onPrint}>
          {t('check.print')}
        </button>
      </div>

      <div className="check-controls no-print">
        <fieldset className="check-filter">
          <legend>{t('check.show')}</legend>
          {(
            [
              ['all', t('check.show.all', { count: number(total) })],
              ['matched', t('check.show.matched', { count: number(counts.matched) })],
              ['ambiguous', t('check.show.ambiguous', { count: number(counts.ambiguous) })],
              ['unmatched', t('check.show.unmatched', { count: number(counts.unmatched) })],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={id('filter')}
                value={value}
                checked={risk === null && filter === value}
                onChange={() => report.onFilter(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset className="check-filter">
          <legend>{t('check.sort.label')}</legend>
          {(['input', 'standing'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={id('order')}
                value={value}
                checked={order === value}
                onChange={() => report.onOrder(value)}
              />{' '}
              {t(`check.sort.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {risk !== null && (
        <p className="no-print check-showing">
          {t('check.risk.showing', {
            count: number(shown.length),
            filter: riskFilterText(
              risk,
              summary,
              t,
              locale,
              props.latestCycle,
              props.requirementLabels,
            ),
          })}
        </p>
      )}

      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('check.results')}>
        {/* Explicit roles keep the table's semantics on phones, where CSS lays rows out as cards. */}
        <table className="check-table" role="table" aria-busy={drawn < visible.length}>
          <caption>
            {shown.length === 0
              ? resultSummary
              : t('check.page', {
                  from: number(printing ? 1 : from + 1),
                  to: number(printing ? shown.length : from + visible.length),
                  total: number(shown.length),
                })}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              {(
                [
                  ['check.col.line', 'num'],
                  ['check.col.yourList', undefined],
                  ['check.col.result', undefined],
                  ['col.factory', undefined],
                  ['check.col.standing', undefined],
                ] as const
              ).map(([key, className]) => (
                <th key={key} scope="col" role="columnheader" className={className}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {visible.slice(0, drawn).map(({ row, index, match }) => (
              <CheckRow
                key={index}
                row={row}
                index={index}
                match={match}
                original={checked.matches[index]}
                choice={{
                  made: report.choices.has(index),
                  record: report.choices.get(index) ?? null,
                }}
                onChoose={report.onChoose}
                props={props}
                t={t}
                date={date}
                cycle={cycle}
                province={province}
              />
            ))}
          </tbody>
        </table>
      </div>

      {!printing && pages > 1 && (
        <nav className="check-pages no-print" aria-label={t('check.results')}>
          <button
            type="button"
            className="secondary"
            disabled={page === 0}
            onClick={() => report.onPage(page - 1)}
          >
            {t('check.previous')}
          </button>{' '}
          <span>
            {t('check.page', {
              from: number(from + 1),
              to: number(from + visible.length),
              total: number(shown.length),
            })}
          </span>{' '}
          <button
            type="button"
            className="secondary"
            disabled={page >= pages - 1}
            onClick={() => report.onPage(page + 1)}
          >
            {t('check.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
