/**
 * The search's results: one page of factories in the columns of the static list it replaces, so
 * switching between the two changes nothing but the rows. Rows are keyed by factory and kept
 * when a keystroke leaves them as they were: a query answered while typing mostly reorders the
 * rows already shown, and redrawing fifty rows for every keystroke is what made typing lag.
 */
import { memo } from 'react';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchHit, SearchRecord, SearchWhy } from '../lib/search';
import type { SearchMessageKey } from './search-messages';

export type Translate = (key: SearchMessageKey, values?: Record<string, string | number>) => string;

/** What every row needs besides its factory: the same object for every row of a page. */
export interface RowContext {
  locale: Locale;
  t: Translate;
  cycleLabels: Record<string, string>;
  provinceLabels: Record<string, string>;
  /** The language prefix of factory links: '' for English, '/km', '/zh'. */
  linkPrefix: string;
  dateOf: (iso: string) => string;
}

/** The factory's name in the reader's script where the registry has it. */
function nameOf(record: SearchRecord, locale: Locale): { text: string; lang: string } {
  if (locale === 'km' && record.km) return { text: record.km, lang: 'km' };
  if (locale === 'zh' && record.zh) return { text: record.zh, lang: 'zh-Hans' };
  return { text: record.n, lang: 'en' };
}

/** Made once per language: building a number format costs more than drawing a row. */
const similarityFormats = new Map<Locale, Intl.NumberFormat>();
function similarityFormat(locale: Locale): Intl.NumberFormat {
  let format = similarityFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    similarityFormats.set(locale, format);
  }
  return format;
}

/** Which name or field found the factory: "current name", "former or other name “X”"… */
export function whyText(why: SearchWhy, t: Translate, locale: Locale): string {
  const similarity = similarityFormat(locale).format(Math.floor(why.similarity * 100) / 100);
  const named = why.field !== 'parentCompany' && why.field !== 'buyer' && why.field !== 'province';
  const reason =
    named && why.similarity < 0.995
      ? t('why.similar', { similarity, name: why.text })
      : t(`why.${why.field}`, { name: why.text });
  return t('search.why', { reason });
}

interface RowProps {
  record: SearchRecord;
  why: SearchWhy;
  /** Say why the factory was found (when the user searched for something). */
  showWhy: boolean;
  context: RowContext;
}

function Row({ record: r, why, showWhy, context }: RowProps) {
  const { locale, t, cycleLabels, provinceLabels, linkPrefix, dateOf } = context;
  const name = nameOf(r, locale);
  return (
    <tr>
      <th scope="row">
        <a href={`${linkPrefix}/factories/${r.id}/`} lang={name.lang}>
          {name.text}
        </a>
        {showWhy && <div className="search-why">{whyText(why, t, locale)}</div>}
      </th>
      <td className="answer">
        {r.st === 'open' && t('status.open')}{' '}
        {r.st === 'closed' && (
          <span className="badge badge-closed">
            {r.cl === undefined ? t('status.closed') : t('status.closedOn', { date: dateOf(r.cl) })}
          </span>
        )}
        {r.lc && <span className="badge badge-lc">{t('status.lowCompliance')}</span>}
      </td>
      <td className="num" data-label={t('col.criticalNc')}>
        {r.cy === undefined ? '' : formatNumber(locale, r.nc.length)}
      </td>
      <td data-label={t('col.findingsOf')}>
        {r.cy === undefined ? '' : (cycleLabels[r.cy] ?? r.cy)}
      </td>
      <td className="nowrap" data-label={t('col.id')}>
        {r.id}
      </td>
      <td data-label={t('col.province')}>
        {r.pr === undefined ? '' : (provinceLabels[r.pr] ?? r.pr)}
      </td>
      <td data-label={t('col.parent')}>{r.pc ?? ''}</td>
    </tr>
  );
}

/**
 * A row is the same while its factory and the reason it was found are: every answer from the
 * worker is a fresh copy of the records, but a factory's record never changes while the page is
 * open.
 */
export const sameRow = (a: RowProps, b: RowProps): boolean =>
  a.record.id === b.record.id &&
  a.showWhy === b.showWhy &&
  a.context === b.context &&
  (!a.showWhy ||
    (a.why.field === b.why.field &&
      a.why.text === b.why.text &&
      a.why.similarity === b.why.similarity));

const KeptRow = memo(Row, sameRow);

interface ResultsTableProps {
  hits: readonly SearchHit[];
  showWhy: boolean;
  caption: string;
  context: RowContext;
}

/** The same columns as the static table it replaces, so switching between them changes nothing. */
export function ResultsTable({ hits, showWhy, caption, context }: ResultsTableProps) {
  const { t } = context;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      {/* One card per factory on phones, as the list's own table (src/styles/layout.css). */}
      <table className="card-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.factory')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col" className="num">
              {t('col.criticalNc')}
            </th>
            <th scope="col">{t('col.findingsOf')}</th>
            <th scope="col">{t('col.id')}</th>
            <th scope="col">{t('col.province')}</th>
            <th scope="col">{t('col.parent')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map(({ record, why }) => (
            <KeptRow
              key={record.id}
              record={record}
              why={why}
              showWhy={showWhy}
              context={context}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
