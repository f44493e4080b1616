/**
 * One line of the supplier check's table: the line as the list gives it, its result and why, the
 * matched factory or the candidates to choose from, and the matched factory's standing.
 */
import { formatNumber } from '../i18n/format';
import type { SearchRecord } from '../lib/search';
import type { ListRow } from '../lib/supplier-list';
import type { Candidate, RowMatch } from '../lib/supplier-match';
import { CandidateList, CandidateSelect, nameOf, Standing, StatusBadge } from './CheckCandidates';
import { describeNote, lineText, reasonText, type Translate } from './check-text';
import type { SupplierCheckProps } from './SupplierCheck';

interface CheckRowProps {
  row: ListRow;
  index: number;
  /** The line's answer, after the user's choice. */
  match: RowMatch;
  /** The matcher's own answer, with its candidates. */
  original: RowMatch | undefined;
  choice: { made: boolean; record: SearchRecord | null };
  onChoose: (index: number, record: SearchRecord | null) => void;
  props: SupplierCheckProps;
  t: Translate;
  date: (iso: string) => string;
  cycle: (id: string) => string;
  /** A province's name in the reader's language. */
  province: (name: string) => string;
}

export function CheckRow({
  row,
  index,
  match,
  original,
  choice,
  onChoose,
  props,
  t,
  date,
  cycle,
  province,
}: CheckRowProps) {
  const { locale, linkPrefix } = props;
  const number = (value: number) => formatNumber(locale, value);
  const record = match.result === 'matched' ? match.record : null;
  const words = { locale, countryName: props.countryName, province };
  const notes = [...row.problems, ...match.notes].map((n) => describeNote(n, t, words));
  const where = [row.values.address, row.values.city, row.values.province]
    .filter(Boolean)
    .join(', ');
  const reason = reasonText(match, t, words);
  const candidates: Candidate[] = original?.result === 'ambiguous' ? original.candidates : [];
  return (
    <tr role="row" className={`check-${match.result}`} data-line={row.line} data-sheet={row.sheet}>
      <td role="cell" className="num" data-label={t('check.col.line')}>
        {number(row.line)}
        {row.sheet !== undefined && <div className="muted check-sheet">{row.sheet}</div>}
      </td>
      <th scope="row" role="rowheader">
        {row.values.name || row.values.nativeName || row.values.supplierName || '—'}
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
            <a href={`${linkPrefix}/factories/${record.id}/`} lang={nameOf(record, locale).lang}>
              {nameOf(record, locale).text}
            </a>{' '}
            <span className="nowrap muted">{record.id}</span>{' '}
            <StatusBadge record={record} t={t} date={date} />
          </>
        )}
        {match.result === 'ambiguous' && original && (
          <CandidateList
            candidates={original.candidates}
            line={lineText(t, locale, row)}
            locale={locale}
            linkPrefix={linkPrefix}
            t={t}
            date={date}
            cycle={cycle}
            province={province}
          />
        )}
        {candidates.length > 0 && (
          <CandidateSelect
            label={t('check.choose', { line: lineText(t, locale, row) })}
            candidates={candidates}
            value={choice.made ? (choice.record?.id ?? 'none') : (original?.record?.id ?? '')}
            onChange={(value) =>
              onChoose(
                index,
                value === 'none'
                  ? null
                  : (candidates.find((c) => c.record.id === value)?.record ?? null),
              )
            }
            t={t}
            locale={locale}
          />
        )}
      </td>
      <td role="cell">
        {record && (
          <p className="print-only check-brief">{briefStanding(record, t, cycle, number)}</p>
        )}
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
}

/** A matched factory's standing in one line, for the compact print. */
function briefStanding(
  record: SearchRecord,
  t: Translate,
  cycle: (id: string) => string,
  number: (value: number) => string,
): string {
  const parts: string[] = [];
  if (record.cy !== undefined) {
    parts.push(
      record.nc.length === 0
        ? t('check.nc.none', { cycle: cycle(record.cy) })
        : t('check.brief.critical', { count: number(record.nc.length), cycle: cycle(record.cy) }),
    );
  }
  const latest = record.lcs?.at(-1);
  if (record.lc && latest !== undefined) {
    parts.push(t('check.brief.listed', { cycle: cycle(latest) }));
  }
  if ((record.skn ?? 0) > 0) {
    parts.push(t('check.brief.strikes', { count: number(record.skn ?? 0) }));
  }
  return parts.join(' · ');
}
