/**
 * Search and filters over all published factories, on top of the static table the page renders.
 * The form is rendered on the server, its controls off until the page's script runs, so nothing
 * moves when the search comes to life; without JavaScript the page says so and the static list
 * is paginated. A worker (search.worker.ts) reads /search-index.json as it arrives, from the
 * moment the page opens, and answers each query with one page of results, so typing never waits
 * for the index or the matching. The static table (#factory-table-static) is the answer to "no
 * query, no filter": it is hidden while the results answer something else, and shown again when
 * the search is cleared. If the search cannot load, the static table stays.
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { fillTemplate, formatDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchMessages } from './search-messages';
import { EMPTY_SEARCH_STATE, type SearchState } from '../lib/search';
import {
  asksForTheList,
  parseSearchState,
  withSearchState,
  type SearchChoices,
} from './search-state';
import type { SearchQuery, SearchReply } from './search.worker';
import { SearchFilters } from './FactorySearchFilters';
import { ResultsTable, type RowContext, type Translate } from './FactorySearchResults';

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

const STATIC_TABLE_ID = 'factory-table-static';
/** Screen readers hear the count once typing pauses, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 600;
/** The address follows once typing pauses, so browsers do not throttle the updates. */
const URL_UPDATE_DELAY_MS = 300;
/** Rows shown at first, and added by each "show more". */
export const RESULTS_PAGE = 50;

type Answer = Extract<SearchReply, { type: 'answer' }>;
/** How much of the index the worker can search. */
type IndexState = 'loading' | 'partial' | 'complete' | 'failed';

export default function FactorySearch(props: FactorySearchProps) {
  const { locale, total } = props;
  const t: Translate = useCallback(
    (key, values) => fillTemplate(props.messages[key], values),
    [props.messages],
  );
  const ids = useId();
  const queryInput = useRef<HTMLInputElement>(null);
  const [mounted, setMounted] = useState(false);
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH_STATE);
  const [indexState, setIndexState] = useState<IndexState>('loading');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [limit, setLimit] = useState(RESULTS_PAGE);
  const [announcement, setAnnouncement] = useState('');
  const worker = useRef<Worker | null>(null);
  const lastQuery = useRef(0);

  useEffect(() => {
    const choices: SearchChoices = {
      provinces: props.provinces,
      buyers: props.buyers,
      parents: props.parents,
      requirements: props.requirements.map((r) => r.id),
    };
    setSearch(parseSearchState(window.location.search, choices));
    setMounted(true);
    let searching: Worker;
    try {
      searching = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      console.error(error);
      setIndexState('failed');
      return;
    }
    searching.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'failed') {
        console.error(reply.message);
        setIndexState('failed');
      } else if (reply.type === 'loaded') {
        setIndexState(reply.complete ? 'complete' : 'partial');
      } else if (reply.id === lastQuery.current) {
        setAnswer(reply);
      }
    };
    searching.onerror = (event) => {
      console.error(event.message);
      setIndexState('failed');
    };
    worker.current = searching;
    return () => searching.terminate();
    // Runs once: the choices come from the page build and never change while the page is open.
  }, []);

  const listing = asksForTheList(search);
  useEffect(() => {
    if (!mounted || worker.current === null) return;
    if (listing) {
      // An answer from before the search was cleared is never shown again.
      lastQuery.current += 1;
      setAnswer(null);
      return;
    }
    lastQuery.current += 1;
    const query: SearchQuery = { type: 'query', id: lastQuery.current, state: search, limit };
    worker.current.postMessage(query);
  }, [search, limit, mounted, listing]);

  const showing = mounted && !listing && indexState !== 'failed' && answer !== null;
  // Before the browser paints, so the static table and the results are never seen together.
  useLayoutEffect(() => {
    const staticTable = document.getElementById(STATIC_TABLE_ID);
    if (staticTable) staticTable.hidden = showing;
  }, [showing]);

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

  const found = answer?.total ?? 0;
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
    if (!showing) return;
    const timer = setTimeout(() => setAnnouncement(countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText, showing]);

  const update = useCallback((change: Partial<SearchState>) => {
    setSearch((s) => ({ ...s, ...change }));
    setLimit(RESULTS_PAGE);
  }, []);
  const clear = useCallback(() => {
    setSearch(EMPTY_SEARCH_STATE);
    setLimit(RESULTS_PAGE);
    queryInput.current?.focus();
  }, []);
  const context: RowContext = useMemo(
    () => ({
      locale,
      t,
      cycleLabels: props.cycleLabels,
      provinceLabels: props.provinceLabels,
      linkPrefix: props.linkPrefix,
      dateOf: (iso) => props.closedDates[iso] ?? formatDate(locale, iso),
    }),
    [locale, t, props.cycleLabels, props.provinceLabels, props.linkPrefix, props.closedDates],
  );

  const id = (name: string) => `${ids}-${name}`;
  const activeFilters = [search.province, search.status, search.req, search.buyer, search.parent]
    .filter((value) => value !== '')
    .concat(search.lc ? ['lc'] : []).length;
  const results = answer?.hits ?? [];

  return (
    <div className="factory-search" data-index={mounted ? indexState : undefined}>
      <form role="search" onSubmit={(e: FormEvent) => e.preventDefault()}>
        <div className="search-form">
          <label htmlFor={id('q')}>{t('search.label')}</label>
          <input
            ref={queryInput}
            id={id('q')}
            type="search"
            name="q"
            value={search.q}
            disabled={!mounted || indexState === 'failed'}
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
          <SearchFilters
            idPrefix={ids}
            province={search.province}
            status={search.status}
            lc={search.lc}
            req={search.req}
            buyer={search.buyer}
            parent={search.parent}
            sort={search.sort}
            requirements={props.requirements}
            provinces={props.provinces}
            provinceLabels={props.provinceLabels}
            buyers={props.buyers}
            parents={props.parents}
            t={t}
            disabled={!mounted || indexState === 'failed'}
            update={update}
            clear={clear}
          />
        </details>
      </form>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {/* Which query the results answer: the page's own tests and figures wait on it. */}
      <div id={id('results')} data-answer={answer?.id}>
        {indexState === 'failed' ? (
          <p className="notice" role="alert">
            {t('search.failed')}
          </p>
        ) : !mounted || listing ? null : answer === null ? (
          // Typed before the index came: the static table stays until the answer replaces it.
          indexState === 'loading' && <p className="muted">{t('search.loading')}</p>
        ) : (
          <>
            {!answer.complete && (
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
                showWhy={search.q.trim() !== ''}
                caption={countText}
                context={context}
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
