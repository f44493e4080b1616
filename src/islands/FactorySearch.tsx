/**
 * Search and filters over all published factories, on top of the static table the page renders.
 * A worker (search.worker.ts) reads /search-index.json as it arrives and answers each query with
 * one page of results, so typing never waits for the index or the matching, and the page never
 * renders more rows than a reader asks for. Once the first answer arrives the static table
 * (#factory-table-static) is hidden; if the search cannot load, the static table stays. Nothing
 * is rendered on the server, so without JavaScript no dead form sits above the static table.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fillTemplate, formatDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchMessageKey, SearchMessages } from './search-messages';
import {
  EMPTY_SEARCH_STATE,
  SEARCH_SORTS,
  type SearchHit,
  type SearchRecord,
  type SearchState,
  type SearchWhy,
} from '../lib/search';
import { parseSearchState, withSearchState, type SearchChoices } from './search-state';
import type { SearchQuery, SearchReply } from './search.worker';

export interface FactorySearchProps {
  locale: Locale;
  /** The critical requirements, for the "non-compliant on" filter. */
  requirements: Array<{ id: string; label: string }>;
  provinces: string[];
  /** Province names in the reader's language, marked "(English)" where the data has none. */
  provinceLabels: Record<string, string>;
  buyers: string[];
  parents: string[];
  /** Published factories in all. */
  total: number;
  /** Cycle ids to labels, for the column saying which cycle each row's findings are from. */
  cycleLabels: Record<string, string>;
  /** The language prefix of factory links: '' for English, '/km', '/zh'. */
  linkPrefix: string;
  /** The island's UI strings in the reader's language. */
  messages: SearchMessages;
  /** Closing dates formatted on the server: browsers without the language's Intl data fall back to English. */
  closedDates: Record<string, string>;
}

type Translate = (key: SearchMessageKey, values?: Record<string, string | number>) => string;

const STATIC_TABLE_ID = 'factory-table-static';
/** Screen readers hear the count once typing pauses, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 600;
/** The address follows once typing pauses, so browsers do not throttle the updates. */
const URL_UPDATE_DELAY_MS = 300;
/** Rows shown at first, and added by each "show more". */
export const RESULTS_PAGE = 50;

type Answer = Extract<SearchReply, { type: 'answer' }>;
type IndexLoad = { state: 'loading' } | { state: 'ready'; answer: Answer } | { state: 'failed' };

export default function FactorySearch(props: FactorySearchProps) {
  const { locale, requirements, provinces, buyers, parents, total, cycleLabels, linkPrefix } =
    props;
  const t: Translate = (key, values) => fillTemplate(props.messages[key], values);
  const dateOf = (iso: string) => props.closedDates[iso] ?? formatDate(locale, iso);
  const ids = useId();
  const queryInput = useRef<HTMLInputElement>(null);
  const [mounted, setMounted] = useState(false);
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH_STATE);
  const [index, setIndex] = useState<IndexLoad>({ state: 'loading' });
  const [limit, setLimit] = useState(RESULTS_PAGE);
  const [announcement, setAnnouncement] = useState('');
  const worker = useRef<Worker | null>(null);
  const lastQuery = useRef(0);

  useEffect(() => {
    const choices: SearchChoices = {
      provinces,
      buyers,
      parents,
      requirements: requirements.map((r) => r.id),
    };
    setSearch(parseSearchState(window.location.search, choices));
    setMounted(true);
    let searching: Worker;
    try {
      searching = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      console.error(error);
      setIndex({ state: 'failed' });
      return;
    }
    searching.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'failed') {
        console.error(reply.message);
        setIndex({ state: 'failed' });
      } else if (reply.id === lastQuery.current) {
        setIndex({ state: 'ready', answer: reply });
      }
    };
    searching.onerror = (event) => {
      console.error(event.message);
      setIndex({ state: 'failed' });
    };
    worker.current = searching;
    return () => searching.terminate();
    // Runs once: the choices come from the page build and never change while the page is open.
  }, []);

  useEffect(() => {
    if (!mounted || worker.current === null) return;
    lastQuery.current += 1;
    const query: SearchQuery = { type: 'query', id: lastQuery.current, state: search, limit };
    worker.current.postMessage(query);
  }, [search, limit, mounted]);

  useEffect(() => {
    if (index.state !== 'ready') return;
    const staticTable = document.getElementById(STATIC_TABLE_ID);
    if (staticTable) staticTable.hidden = true;
  }, [index.state]);

  useEffect(() => {
    if (!mounted) return;
    const timer = setTimeout(() => {
      const { pathname, search: current, hash } = window.location;
      const query = withSearchState(current, search);
      const url = `${pathname}${query === '' ? '' : `?${query}`}${hash}`;
      // The language switch keeps the search: the same results in another language.
      for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.languages a')) {
        link.search = query;
      }
      if (url === `${pathname}${current}${hash}`) return;
      try {
        window.history.replaceState(window.history.state, '', url);
      } catch (error) {
        // Safari refuses more than 100 replaceState calls in 30 seconds; the search still works.
        console.warn(error);
      }
    }, URL_UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, mounted]);

  const answer = index.state === 'ready' ? index.answer : null;
  const results = answer?.hits ?? [];
  const found = answer?.total ?? 0;
  const querying = search.q.trim() !== '';
  const countText =
    found === 0
      ? t('search.matches.none')
      : t(
          new Intl.PluralRules(locale).select(found) === 'one'
            ? 'search.matches.one'
            : 'search.matches.other',
          { count: formatNumber(locale, found), total: formatNumber(locale, total) },
        );

  useEffect(() => {
    if (index.state !== 'ready') return;
    const timer = setTimeout(() => setAnnouncement(countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText, index.state]);

  if (!mounted) return null;
  if (index.state === 'failed') {
    return (
      <p className="notice" role="alert">
        {t('search.failed')}
      </p>
    );
  }

  const update = (change: Partial<SearchState>) => {
    setSearch((s) => ({ ...s, ...change }));
    setLimit(RESULTS_PAGE);
  };
  const clear = () => {
    setSearch(EMPTY_SEARCH_STATE);
    setLimit(RESULTS_PAGE);
    queryInput.current?.focus();
  };
  const id = (name: string) => `${ids}-${name}`;
  const activeFilters = [search.province, search.status, search.req, search.buyer, search.parent]
    .filter((value) => value !== '')
    .concat(search.lc ? ['lc'] : []).length;

  return (
    <div className="factory-search">
      <form role="search" onSubmit={(e: FormEvent) => e.preventDefault()}>
        <div className="search-form">
          <label htmlFor={id('q')}>{t('search.label')}</label>
          <input
            ref={queryInput}
            id={id('q')}
            type="search"
            name="q"
            value={search.q}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={id('hint')}
            aria-controls={id('results')}
            onChange={(e) => update({ q: e.target.value })}
          />
        </div>
        <p id={id('hint')} className="muted">
          {t('search.hint')}
        </p>
        {/* Folded on phones so results come right under the search box; shown open on wider
            screens by the stylesheet. */}
        <details className="filters-fold">
          <summary>
            {t('search.filters')} <span className="filter-count">{activeFilters}</span>
          </summary>
          <fieldset>
            <legend>{t('search.filters')}</legend>
            <div className="filters">
              <Select
                id={id('province')}
                label={t('search.province')}
                value={search.province}
                onChange={(province) => update({ province })}
                options={[
                  ['', t('search.anyProvince')],
                  ...provinces.map((p) => [p, props.provinceLabels[p] ?? p] as const),
                ]}
              />
              <Select
                id={id('status')}
                label={t('search.status')}
                value={search.status}
                onChange={(status) =>
                  update({ status: status === 'open' || status === 'closed' ? status : '' })
                }
                options={[
                  ['', t('search.anyStatus')],
                  ['open', t('status.open')],
                  ['closed', t('status.closed')],
                ]}
              />
              <Select
                id={id('req')}
                label={t('search.requirement')}
                value={search.req}
                onChange={(req) => update({ req })}
                options={[
                  ['', t('search.anyRequirement')],
                  ...requirements.map(
                    (r) => [r.id, t('requirement.title', { id: r.id, label: r.label })] as const,
                  ),
                ]}
              />
              <Select
                id={id('buyer')}
                label={t('search.buyer')}
                value={search.buyer}
                onChange={(buyer) => update({ buyer })}
                options={[['', t('search.anyBuyer')], ...buyers.map((b) => [b, b] as const)]}
              />
              <Select
                id={id('parent')}
                label={t('search.parent')}
                value={search.parent}
                onChange={(parent) => update({ parent })}
                options={[['', t('search.anyParent')], ...parents.map((p) => [p, p] as const)]}
              />
              <Select
                id={id('sort')}
                label={t('search.sort')}
                value={search.sort}
                onChange={(sort) => update({ sort: SEARCH_SORTS.find((s) => s === sort) ?? '' })}
                options={[
                  ['', t('search.sort.default')],
                  ...SEARCH_SORTS.map((s) => [s, t(`search.sort.${s}`)] as const),
                ]}
              />
              <div className="filter-check">
                <input
                  id={id('lc')}
                  type="checkbox"
                  checked={search.lc}
                  onChange={(e) => update({ lc: e.target.checked })}
                />{' '}
                <label htmlFor={id('lc')}>{t('search.onlyLowCompliance')}</label>
              </div>
              <div>
                <button type="button" className="secondary" onClick={clear}>
                  {t('search.clear')}
                </button>
              </div>
            </div>
          </fieldset>
        </details>
      </form>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {/* Which query the results answer: the page's own tests and figures wait on it. */}
      <div id={id('results')} data-answer={answer?.id}>
        {index.state === 'loading' ? (
          <p className="muted">{t('search.loading')}</p>
        ) : (
          <>
            {answer !== null && !answer.complete && (
              <p className="muted" data-partial="">
                {t('search.partial', {
                  searched: formatNumber(locale, answer.searched),
                  total: formatNumber(locale, total),
                })}
              </p>
            )}
            {results.length === 0 ? (
              <p>
                <strong>{countText}.</strong> {t('search.none')}
              </p>
            ) : (
              <ResultsTable
                hits={results}
                showWhy={querying}
                caption={countText}
                cycleLabels={cycleLabels}
                provinceLabels={props.provinceLabels}
                linkPrefix={linkPrefix}
                locale={locale}
                t={t}
                dateOf={dateOf}
              />
            )}
            {found > results.length && (
              <p className="search-more">
                {t('search.shown', {
                  shown: formatNumber(locale, results.length),
                  count: formatNumber(locale, found),
                })}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setLimit(results.length + RESULTS_PAGE)}
                >
                  {t('search.more', {
                    count: formatNumber(locale, Math.min(RESULTS_PAGE, found - results.length)),
                  })}
                </button>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [value: string, text: string]>;
}

function Select({ id, label, value, onChange, options }: SelectProps) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ResultsTableProps {
  hits: SearchHit[];
  /** Say why each factory was found (when the user searched for something). */
  showWhy: boolean;
  caption: string;
  cycleLabels: Record<string, string>;
  provinceLabels: Record<string, string>;
  linkPrefix: string;
  locale: Locale;
  t: Translate;
  dateOf: (iso: string) => string;
}

/** The factory's name in the reader's script where the registry has it. */
function nameOf(record: SearchRecord, locale: Locale): { text: string; lang: string } {
  if (locale === 'km' && record.km) return { text: record.km, lang: 'km' };
  if (locale === 'zh' && record.zh) return { text: record.zh, lang: 'zh-Hans' };
  return { text: record.n, lang: 'en' };
}

/** Which name or field found the factory: "current name", "former or other name “X”"… */
function whyText(why: SearchWhy, t: Translate, locale: Locale): string {
  const similarity = new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.floor(why.similarity * 100) / 100);
  const named = why.field !== 'parentCompany' && why.field !== 'buyer' && why.field !== 'province';
  const reason =
    named && why.similarity < 0.995
      ? t('why.similar', { similarity, name: why.text })
      : t(`why.${why.field}`, { name: why.text });
  return t('search.why', { reason });
}

/** The same columns as the static table it replaces, so switching between them changes nothing. */
function ResultsTable({
  hits,
  showWhy,
  caption,
  cycleLabels,
  provinceLabels,
  linkPrefix,
  locale,
  t,
  dateOf,
}: ResultsTableProps) {
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
          {hits.map(({ record: r, why }) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={`${linkPrefix}/factories/${r.id}/`} lang={nameOf(r, locale).lang}>
                  {nameOf(r, locale).text}
                </a>
                {showWhy && <div className="search-why">{whyText(why, t, locale)}</div>}
              </th>
              <td className="answer">
                {r.st === 'open' && t('status.open')}{' '}
                {r.st === 'closed' && (
                  <span className="badge badge-closed">
                    {r.cl === undefined
                      ? t('status.closed')
                      : t('status.closedOn', { date: dateOf(r.cl) })}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
