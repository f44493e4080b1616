/**
 * The factories a line of the supplier check may be, shown so that a user can decide without
 * opening each one: current and other names, province and address, status, OS ID, standing, and
 * how each resembles the line. Also the choice among them and a matched factory's standing.
 */
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchRecord } from '../lib/search';
import type { Candidate } from '../lib/supplier-match';
import { candidateWhy, type Translate } from './check-text';

/** The factory's name in the reader's script where the registry has it. */
export function nameOf(record: SearchRecord, locale: Locale): { text: string; lang: string } {
  if (locale === 'km' && record.km) return { text: record.km, lang: 'km' };
  if (locale === 'zh' && record.zh) return { text: record.zh, lang: 'zh-Hans' };
  return { text: record.n, lang: 'en' };
}

export function StatusBadge({
  record,
  t,
  date,
}: {
  record: SearchRecord;
  t: Translate;
  date: (iso: string) => string;
}) {
  return record.st === 'closed' ? (
    <span className="badge badge-closed">
      {record.cl ? t('status.closedOn', { date: date(record.cl) }) : t('status.closed')}
    </span>
  ) : (
    <span className="badge">{t('status.open')}</span>
  );
}

interface CandidateListProps {
  candidates: readonly Candidate[];
  /** A province's name in the reader's language. */
  province: (name: string) => string;
  line: string;
  locale: Locale;
  linkPrefix: string;
  t: Translate;
  date: (iso: string) => string;
  cycle: (id: string) => string;
}

export function CandidateList({
  candidates,
  province,
  line,
  locale,
  linkPrefix,
  t,
  date,
  cycle,
}: CandidateListProps) {
  const number = (value: number) => formatNumber(locale, value);
  return (
    <ol className="check-candidates" aria-label={t('check.candidates', { line })}>
      {candidates.map((candidate) => {
        const { record } = candidate;
        const name = nameOf(record, locale);
        // Where the page names the factory in its language, its name in English comes first,
        // apart from its former and other names.
        const others = record.al ?? [];
        const where = [record.pr ? province(record.pr) : '', record.ad].filter(Boolean).join(', ');
        const labelled = (key: Parameters<Translate>[0], value: string) =>
          t('check.labelled', { label: t(key), value });
        // One line of facts per candidate: a table of 3,000 lines holds hundreds of them.
        const facts = [
          name.text !== record.n ? labelled('check.candidate.englishName', record.n) : '',
          others.length > 0 ? labelled('check.candidate.names', others.join('; ')) : '',
          where === ''
            ? ''
            : labelled(
                'check.candidate.where',
                `${where}${
                  candidate.place.state === 'differs'
                    ? ` (${t('check.candidate.placeDiffers')})`
                    : ''
                }`,
              ),
          record.os ? labelled('check.candidate.osId', record.os) : '',
          record.cy === undefined
            ? ''
            : labelled(
                'check.col.critical',
                record.nc.length === 0
                  ? t('check.nc.none', { cycle: cycle(record.cy) })
                  : `${t('check.nc.some', { count: number(record.nc.length), cycle: cycle(record.cy) })} ${record.nc.join(', ')}`,
              ),
          (record.sk ?? 0) > 0
            ? labelled(
                'check.col.strikes',
                t('check.strikes.some', {
                  count: number(record.sk ?? 0),
                  notLegal: number(record.skn ?? 0),
                }),
              )
            : '',
        ].filter(Boolean);
        return (
          <li key={record.id}>
            <a href={`${linkPrefix}/factories/${record.id}/`} lang={name.lang}>
              {name.text}
            </a>{' '}
            <span className="nowrap muted">{record.id}</span>{' '}
            <StatusBadge record={record} t={t} date={date} />
            {record.lc && <span className="badge badge-lc">{t('status.lowCompliance')}</span>}
            <div className="check-why">{candidateWhy(candidate, t, locale)}</div>
            <div className="check-facts">{facts.join(' · ')}</div>
          </li>
        );
      })}
    </ol>
  );
}

export function CandidateSelect({
  label,
  candidates,
  value,
  onChange,
  t,
  locale,
}: {
  label: string;
  candidates: readonly Candidate[];
  value: string;
  onChange: (value: string) => void;
  t: Translate;
  locale: Locale;
}) {
  return (
    <select
      className="no-print"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {value === '' && <option value="">{t('check.choosePrompt')}</option>}
      {candidates.map((c) => (
        <option key={c.record.id} value={c.record.id}>
          {nameOf(c.record, locale).text} ({c.record.id})
        </option>
      ))}
      <option value="none">{t('check.chooseNone')}</option>
    </select>
  );
}

/** Findings, listing and strikes of a matched factory, each under its label. */
export function Standing({
  record,
  t,
  cycle,
  locale,
  labels,
}: {
  record: SearchRecord;
  t: Translate;
  cycle: (id: string) => string;
  locale: Locale;
  labels: Record<string, string>;
}) {
  const number = (value: number) => formatNumber(locale, value);
  const listed = record.lcs ?? [];
  const before = record.lc ? listed.slice(0, -1) : listed;
  const latest = listed.at(-1);
  return (
    <dl className="check-standing">
      <dt>{t('check.col.critical')}</dt>
      <dd>
        {record.cy === undefined ? null : record.nc.length === 0 ? (
          t('check.nc.none', { cycle: cycle(record.cy) })
        ) : (
          <>
            {t('check.nc.some', { count: number(record.nc.length), cycle: cycle(record.cy) })}
            <ul className="compact">
              {record.nc.map((r) => (
                <li key={r}>{labels[r] ?? r}</li>
              ))}
            </ul>
          </>
        )}
      </dd>
      <dt>{t('check.col.lowCompliance')}</dt>
      <dd>
        {latest === undefined ? (
          t('check.lc.never')
        ) : (
          <>
            {record.lc && (
              <span className="badge badge-lc">{t('check.lc.now', { cycle: cycle(latest) })}</span>
            )}
            {before.length > 0 && (
              <div>
                {t('check.lc.before', {
                  cycle: cycle(before.at(-1) ?? latest),
                  count: number(before.length),
                })}
              </div>
            )}
          </>
        )}
      </dd>
      <dt>{t('check.col.strikes')}</dt>
      <dd>
        {(record.sk ?? 0) === 0
          ? t('check.strikes.none')
          : t('check.strikes.some', {
              count: number(record.sk ?? 0),
              notLegal: number(record.skn ?? 0),
            })}
      </dd>
    </dl>
  );
}
