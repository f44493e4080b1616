/**
 * Search and filters over all published factories, on top of the static table the page renders
 * (src/components/FactorySearch.astro renders the form, switched off until this runs). A worker
 * (search.worker.ts) reads /search-index.json as it arrives, from the moment the page opens, and
 * answers each query with one page of results; a second answers from the index's first records
 * while the whole index is read and prepared (src/islands/search-worker-core.ts), so typing never
 * waits for the index or the matching. The static table (#factory-table-static) is the answer to "no query, no filter": it is
 * hidden while the results answer something else, and shown again when the search is cleared. If
 * the search cannot load, the static table stays.
 */
import { formatNumber } from '../i18n/format';
import {
  EMPTY_SEARCH_STATE,
  SEARCH_SORTS,
  withIndexProvinceNames,
  type SearchState,
} from '../lib/search';
import { plainText } from '../lib/khmer-words';
import {
  ResultsTable,
  rowContext,
  translator,
  type SearchConfig,
  type Translate,
} from './factory-search-view';
import {
  asksForTheList,
  parseSearchState,
  withSearchState,
  type SearchChoices,
} from './search-state';
import { fillOnUse, offerValue } from './filter-choices';
import { showsAnswer } from './search-answers';
import type { SearchAnswer, SearchQuery, SearchReply, SearchRole } from './search-worker-core';

const STATIC_TABLE_ID = 'factory-table-static';
/** Screen readers hear the count once typing pauses, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 600;
/** The address follows once typing pauses, so browsers do not throttle the updates. */
const URL_UPDATE_DELAY_MS = 300;
/**
 * Rows shown for each query: a screenful and more, few enough that a keystroke's new rows are
 * laid out within a frame (50 new rows took about 20 ms of layout on a 2-core machine).
 */
export const FIRST_RESULTS = 20;
/** Rows added by each "show more", for a reader browsing a long answer. */
export const RESULTS_PAGE = 50;

type Answer = SearchAnswer;
/** How much of the index the worker can search. */
type IndexState = 'loading' | 'partial' | 'complete' | 'failed';
type FilterName = 'province' | 'status' | 'req' | 'buyer' | 'parent' | 'sort';
const FILTERS: readonly FilterName[] = ['province', 'status', 'req', 'buyer', 'parent', 'sort'];

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`factory search: no ${selector} in the page`);
  return found;
}

/** The filter's value as the state holds it: anything the filter does not offer reads as "any". */
function filterValue(name: FilterName, value: string): Partial<SearchState> {
  if (name === 'status') return { status: value === 'open' || value === 'closed' ? value : '' };
  if (name === 'sort') return { sort: SEARCH_SORTS.find((s) => s === value) ?? '' };
  return { [name]: value };
}

export function startFactorySearch(root: HTMLElement): void {
  const config = JSON.parse(
    required<HTMLScriptElement>(root, 'script[type="application/json"]').textContent ?? '',
  ) as SearchConfig;
  const { locale, total } = config;
  const t: Translate = translator(config.messages);
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(form, 'input[type="search"]');
  const fieldset = required<HTMLFieldSetElement>(form, 'fieldset');
  const lc = required<HTMLInputElement>(form, 'input[name="lc"]');
  const count = required<HTMLElement>(form, '.filter-count');
  const live = required<HTMLElement>(root, '[aria-live]');
  const results = required<HTMLElement>(root, `#${input.getAttribute('aria-controls') ?? ''}`);
  const selects = Object.fromEntries(
    FILTERS.map((name) => [name, required<HTMLSelectElement>(form, `select[name="${name}"]`)]),
  ) as Record<FilterName, HTMLSelectElement>;
  const offered = (name: FilterName) =>
    [...selects[name].options].map((o) => o.value).filter((v) => v !== '');
  // Buyers and parent companies come from the index, later: any value in the address is kept.
  const choices: SearchChoices = {
    provinces: offered('province'),
    buyers: undefined,
    parents: undefined,
    requirements: offered('req'),
  };
  const fillChoices = fillOnUse({ buyer: selects.buyer, parent: selects.parent }, locale);
  const provinceLabels = Object.fromEntries(
    [...selects.province.options].map((o) => [o.value, o.text]),
  );
  const table = new ResultsTable(rowContext(config, t, provinceLabels));
  // The reader's names of provinces, where the page gives them in its own script, to search by.
  const localProvinces = new Map<string, string>();
  for (const option of selects.province.options) {
    const name = plainText(option.text).trim();
    if (option.value !== '' && name !== option.value && !/[A-Za-z]/.test(name)) {
      localProvinces.set(name, option.value);
    }
  }

  let search: SearchState = parseSearchState(window.location.search, choices);
  offerValue(selects.buyer, search.buyer);
  offerValue(selects.parent, search.parent);
  let limit = FIRST_RESULTS;
  let indexState: IndexState = 'loading';
  let answer: Answer | null = null;
  let lastQuery = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether the page lists every factory, as it does when it opens without a search.
  let wasListing = true;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  let worker: Worker | null = null;
  /** Answers from the index's first records until the index's worker has all of them. */
  let firstPart: Worker | null = null;
  /** Rows of results on the page, so the first of those "show more" adds can be found. */
  let shownRows = 0;

  const showControls = () => {
    input.value = search.q;
    for (const name of FILTERS) selects[name].value = search[name];
    lc.checked = search.lc;
    count.textContent = String(
      [search.province, search.status, search.req, search.buyer, search.parent].filter(
        (value) => value !== '',
      ).length + (search.lc ? 1 : 0),
    );
  };

  const setEnabled = (enabled: boolean) => {
    input.disabled = !enabled;
    fieldset.disabled = !enabled;
  };

  const countText = (found: number) =>
    found === 0
      ? t('search.matches.none')
      : t(
          new Intl.PluralRules(locale).select(found) === 'one'
            ? 'search.matches.one'
            : 'search.matches.other',
          { count: formatNumber(locale, found), total: formatNumber(locale, total) },
        );

  // Every part of the results is made once and shown or hidden, never drawn again: the "show
  // more" button keeps the keyboard's focus after it is pressed.
  const paragraph = (className: string) => {
    const p = document.createElement('p');
    if (className !== '') p.className = className;
    p.hidden = true;
    return p;
  };
  const failed = paragraph('notice');
  failed.setAttribute('role', 'alert');
  const loading = paragraph('muted');
  const partial = paragraph('muted');
  partial.dataset.partial = '';
  const none = paragraph('');
  const noneCount = document.createElement('strong');
  none.append(noneCount, ' ', t('search.none'));
  const more = paragraph('search-more');
  const shownText = document.createTextNode('');
  const moreButton = document.createElement('button');
  moreButton.type = 'button';
  moreButton.className = 'secondary';
  more.append(shownText, ' ', moreButton);
  results.replaceChildren(failed, loading, partial, none, more);

  /** Everything below the form, from the state: drawn after every answer and every change. */
  const render = () => {
    const listing = asksForTheList(search);
    const showing = !listing && indexState !== 'failed' && answer !== null;
    const staticTable = document.getElementById(STATIC_TABLE_ID);
    if (staticTable) staticTable.hidden = showing;
    root.dataset.index = indexState;
    // On a phone the hint under the box makes way for the answers while there is a search.
    root.classList.toggle('searching', !listing);

    failed.hidden = indexState !== 'failed';
    failed.textContent = failed.hidden ? '' : t('search.failed');
    // Typed before the index came: the static table stays until the answer replaces it.
    loading.hidden = listing || answer !== null || indexState !== 'loading';
    loading.textContent = t('search.loading');
    const shown = showing ? answer : null;
    partial.hidden = shown === null || shown.complete;
    none.hidden = shown === null || shown.hits.length > 0;
    // The results table is on the page only while it answers: the list's own table is the other.
    if (shown === null || shown.hits.length === 0) table.root.remove();
    else if (!table.root.isConnected) more.before(table.root);
    const moreHadFocus = document.activeElement === moreButton;
    more.hidden = shown === null || shown.total <= shown.hits.length;
    if (shown !== null) {
      const found = shown.total;
      partial.textContent = t('search.partial', {
        searched: formatNumber(locale, shown.searched),
        total: formatNumber(locale, total),
      });
      noneCount.textContent = `${countText(found)}.`;
      if (shown.hits.length > 0) table.show(shown.hits, search.q.trim() !== '', countText(found));
      shownText.textContent = t('search.shown', {
        shown: formatNumber(locale, shown.hits.length),
        count: formatNumber(locale, found),
      });
      moreButton.textContent = t('search.more', {
        count: formatNumber(locale, Math.min(RESULTS_PAGE, found - shown.hits.length)),
      });
    }
    const rowsBefore = shownRows;
    shownRows = shown === null ? 0 : shown.hits.length;
    // The button's last press shows the last rows and hides it: the keyboard moves on to the
    // first of them rather than being dropped at the top of the page.
    if (more.hidden && moreHadFocus && shownRows > rowsBefore) table.focusRow(rowsBefore);
    if (answer === null) delete results.dataset.answer;
    else results.dataset.answer = String(answer.id);

    clearTimeout(announceTimer);
    // The answer's count, or, once the search and filters are cleared, the whole list's.
    const announced =
      shown !== null ? countText(shown.total) : listing && !wasListing ? countText(total) : null;
    wasListing = listing;
    if (announced !== null) {
      announceTimer = setTimeout(() => {
        live.textContent = announced;
      }, ANNOUNCE_DELAY_MS);
    }
  };

  /** Asks the worker for the state's answer, or shows the list when the state asks for it. */
  const ask = () => {
    lastQuery += 1;
    if (asksForTheList(search) || worker === null) {
      // An answer from before the search was cleared is never shown again.
      answer = null;
      render();
      return;
    }
    const state = { ...search, q: withIndexProvinceNames(search.q, localProvinces) };
    const query: SearchQuery = { type: 'query', id: lastQuery, state, limit };
    worker.postMessage(query);
    firstPart?.postMessage(query);
    // The static table stays until the answer comes; "loading" shows if the index has not.
    if (answer === null) render();
  };

  const followAddress = () => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(() => {
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
  };

  const update = (change: Partial<SearchState>) => {
    search = { ...search, ...change };
    limit = FIRST_RESULTS;
    showControls();
    ask();
    followAddress();
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', () => update({ q: input.value }));
  for (const name of FILTERS) {
    selects[name].addEventListener('change', () => update(filterValue(name, selects[name].value)));
  }
  lc.addEventListener('change', () => update({ lc: lc.checked }));
  required<HTMLButtonElement>(form, 'button[data-clear]').addEventListener('click', () => {
    update(EMPTY_SEARCH_STATE);
    input.focus();
  });
  moreButton.addEventListener('click', () => {
    limit = (answer?.hits.length ?? 0) + RESULTS_PAGE;
    ask();
  });

  const stopFirstPart = () => {
    firstPart?.terminate();
    firstPart = null;
  };

  const fail = (message: unknown) => {
    console.error(message);
    stopFirstPart();
    indexState = 'failed';
    setEnabled(false);
    render();
  };

  const onReply = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'failed') {
      // Only the index's worker reads the index, and only it says it failed.
      fail(reply.message);
    } else if (reply.type === 'loaded') {
      if (reply.complete) {
        indexState = 'complete';
        stopFirstPart();
      } else if (indexState === 'loading') {
        indexState = 'partial';
      }
      if (reply.choices) fillChoices(reply.choices);
      render();
    } else if (showsAnswer(answer, reply, lastQuery, indexState === 'complete')) {
      answer = reply;
      render();
    }
  };

  const startWorker = () =>
    new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  showControls();
  try {
    worker = startWorker();
  } catch (error) {
    fail(error);
    return;
  }
  worker.onmessage = onReply;
  worker.onerror = (event) => fail(event.message);
  let channel: MessageChannel | null = null;
  try {
    firstPart = startWorker();
    firstPart.onmessage = onReply;
    firstPart.onerror = (event) => {
      // The index's worker answers from its own first part again.
      console.warn(event.message);
      stopFirstPart();
      if (indexState !== 'complete') worker?.postMessage({ type: 'index' } satisfies SearchRole);
    };
    const shared = new MessageChannel();
    const role: SearchRole = { type: 'first-part', partner: shared.port2 };
    firstPart.postMessage(role, [shared.port2]);
    channel = shared;
  } catch (error) {
    // One worker does it all: the first part's answers come from the index's worker.
    console.warn(error);
    stopFirstPart();
  }
  const role: SearchRole = { type: 'index', ...(channel ? { partner: channel.port1 } : {}) };
  worker.postMessage(role, channel ? [channel.port1] : []);
  setEnabled(true);
  ask();
  followAddress();
}
