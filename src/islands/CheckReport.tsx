/**
 * The supplier check's report on the page: how the list was read, the downloads, the filter, and
 * a table with, for every line, its result and why, the matched factory and its standing, or the
 * candidates to choose from.
 */
import type { RefObject } from 'react';
import { formatDate, formatNumber } from '../i18n/format';
import { reportRows } from '../lib/check-report';
import type { SearchRecord } from '../lib/search';
import { LIST_FIELDS, type ListField, type SupplierList } from '../lib/supplier-list';
import type { Candidate, MatchResult, RowMatch } from '../lib/supplier-match';
import { CandidateList, CandidateSelect, nameOf, Standing, StatusBadge } from './CheckCandidates';
import { saveCsv, saveXlsx } from './check-input';
import { describeNote, reasonText, reportContext, type Translate } from './check-text';
import type { SupplierCheckProps } from './SupplierCheck';

export type Filter = 'all' | MatchResult;

export const PAGE_SIZE = 100;

export interface Checked {
  list: SupplierList;
  matches: RowMatch[];
  encoding: string | null;
  /** The file's name, or null for a pasted list. */
  source: string | null;
  /** The sheet read, when the workbook has several. */
  sheet?: { name: string; count: number } | undefined;
  milliseconds: number;
  date: string;
}

interface ReportProps {
  checked: Checked;
  effective: RowMatch[];
  counts: Record<MatchResult, number>;
  choices: ReadonlyMap<number, SearchRecord | null>;
  onChoose: (index: number, record: SearchRecord | null) => void;
  filter: Filter;
  filtered: readonly number[] | null;
  onFilter: (filter: Filter) => void;
  page: number;
  onPage: (page: number) => void;
  printing: boolean;
  onPrint: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  props: SupplierCheckProps;
  t: Translate;
  id: (name: string) => string;
}

export function Report({
  checked,
  effective,
  counts,
  choices,
  onChoose,
  filter,
  filtered,
  onFilter,
  page,
  onPage,
  printing,
  onPrint,
  headingRef,
  props,
  t,
  id,
}: ReportProps) {
  const { locale, linkPrefix } = props;
  const number = (value: number) => formatNumber(locale, value);
  const { list } = checked;
  const total = list.rows.length;
  // Printed and downloaded reports hold every line, whatever the filter on screen.
  const indexes = printing || filtered === null ? list.rows.map((_, index) => index) : filtered;
  const shown = indexes.flatMap((index) => {
    const row = list.rows[index];
    const match = effective[index];
    return row && match ? [{ row, index, match }] : [];
  });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const from = printing ? 0 : Math.min(page, pages - 1) * PAGE_SIZE;
  const visible = printing ? shown : shown.slice(from, from + PAGE_SIZE);
  const origin = props.siteUrl || window.location.origin;
  const cycle = (cycleId: string) => props.cycleLabels[cycleId] ?? cycleId;
  const date = (iso: string) => props.closedDates[iso] ?? formatDate(locale, iso);
  const context = reportContext({
    t,
    locale,
    countryName: props.countryName,
    factoryUrl: (factoryId) => `${origin}${linkPrefix}/factories/${factoryId}/`,
    requirementLabel: (req) => props.requirementLabels[req] ?? req,
    closedOn: (record) =>
      record.cl ? t('status.closedOn', { date: date(record.cl) }) : t('status.closed'),
  });
  const fileName = (extension: string) => `supplier-check-${checked.date}.${extension}`;
  const columnsUsed = LIST_FIELDS.flatMap((field: ListField) =>
    list.columns[field] === undefined
      ? []
      : [`${list.columns[field]} (${t(`check.field.${field}`)})`],
  );
  const summary = t('check.summary', {
    matched: number(counts.matched),
    ambiguous: number(counts.ambiguous),
    unmatched: number(counts.unmatched),
  });

  return (
    <section className="check-report" aria-labelledby={id('results')}>
      <h2 id={id('results')} ref={headingRef} tabIndex={-1}>
        {t('check.results')}
      </h2>
      <p className="print-only">
        {t('check.printHeading', { date: formatDate(locale, checked.date), total: number(total) })}
      </p>
      <p data-check-ms={Math.round(checked.milliseconds)}>
        <strong>{summary}</strong>{' '}
        {t('check.done', {
          total: number(total),
          seconds: new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(Math.max(0.1, checked.milliseconds / 1000)),
        })}
      </p>
      <ul className="check-reading">
        <li>
          {checked.source === null
            ? t('check.sourcePasted')
            : t('check.sourceFile', { name: checked.source })}
        </li>
        <li>{t('check.readAs', { layout: t(`check.layout.${list.layout}`) })}</li>
        {columnsUsed.length > 0 && (
          <li>{t('check.columnsUsed', { columns: columnsUsed.join(', ') })}</li>
        )}
        {list.blankRows > 0 && (
          <li>{t('check.blankSkipped', { count: number(list.blankRows) })}</li>
        )}
        {checked.encoding && <li>{t('check.encoding', { encoding: checked.encoding })}</li>}
        {checked.sheet && (
          <li>
            {t('check.sheet', { name: checked.sheet.name, count: number(checked.sheet.count) })}
          </li>
        )}
      </ul>

      <div className="check-actions no-print">
        <button
          type="button"
          onClick={() => saveCsv(reportRows(list.rows, effective, context), fileName('csv'))}
        >
          {t('check.downloadCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void saveXlsx(reportRows(list.rows, effective, context), fileName('xlsx'))}
        >
          {t('check.downloadXlsx')}
        </button>
        <button type="button" className="secondary" onClick={onPrint}>
          {t('check.print')}
        </button>
      </div>

      <fieldset className="check-filter no-print">
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
              checked={filter === value}
              onChange={() => onFilter(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('check.results')}>
        {/* Explicit roles keep the table's semantics on phones, where CSS lays rows out as cards. */}
        <table className="check-table" role="table">
          <caption>
            {shown.length === 0
              ? summary
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
            {visible.map(({ row, index, match }) => {
              const original = checked.matches[index];
              const record = match.result === 'matched' ? match.record : null;
              const notes = [...row.problems, ...match.notes].map((n) =>
                describeNote(n, t, props.countryName),
              );
              const where = [row.values.address, row.values.city, row.values.province]
                .filter(Boolean)
                .join(', ');
              const reason = reasonText(match, t, locale);
              const choices_ = original ? candidatesOf(original) : [];
              return (
                <tr key={index} role="row" className={`check-${match.result}`}>
                  <td role="cell" className="num" data-label={t('check.col.line')}>
                    {number(row.line)}
                  </td>
                  <th scope="row" role="rowheader">
                    {row.values.name || row.values.nativeName || '—'}
                    {where !== '' && <div className="muted check-where">{where}</div>}
                    {notes.length > 0 && (
                      <ul className="check-notes">
                        {notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    )}
                  </th>
                  <td role="cell">
                    <span className={`badge check-badge-${match.result}`}>
                      {t(`check.result.${match.result}`)}
                    </span>
                    {reason !== '' && <div className="check-why">{t('check.why', { reason })}</div>}
                  </td>
                  <td role="cell" data-label={t('col.factory')}>
                    {record && (
                      <>
                        <a
                          href={`${linkPrefix}/factories/${record.id}/`}
                          lang={nameOf(record, locale).lang}
                        >
                          {nameOf(record, locale).text}
                        </a>{' '}
                        <span className="nowrap muted">{record.id}</span>{' '}
                        <StatusBadge record={record} t={t} date={date} />
                      </>
                    )}
                    {match.result === 'ambiguous' && original && (
                      <CandidateList
                        candidates={original.candidates}
                        line={number(row.line)}
                        locale={locale}
                        linkPrefix={linkPrefix}
                        t={t}
                        date={date}
                        cycle={cycle}
                      />
                    )}
                    {choices_.length > 0 && (
                      <CandidateSelect
                        label={t('check.choose', { line: number(row.line) })}
                        candidates={choices_}
                        value={
                          choices.has(index)
                            ? (choices.get(index)?.id ?? 'none')
                            : (original?.record?.id ?? '')
                        }
                        onChange={(value) =>
                          onChoose(
                            index,
                            value === 'none'
                              ? null
                              : (choices_.find((c) => c.record.id === value)?.record ?? null),
                          )
                        }
                        t={t}
                      />
                    )}
                  </td>
                  <td role="cell">
                    {record && (
                      <Standing
                        record={record}
                        t={t}
                        cycle={cycle}
                        locale={locale}
                        labels={props.requirementLabels}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {!printing && pages > 1 && (
        <nav className="check-pages no-print" aria-label={t('check.results')}>
          <button
            type="button"
            className="secondary"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
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
            onClick={() => onPage(page + 1)}
          >
            {t('check.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

/** The factories a user may pick for a line: the candidates of a line to confirm. */
function candidatesOf(original: RowMatch): Candidate[] {
  return original.result === 'ambiguous' ? original.candidates : [];
}
