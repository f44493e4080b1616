/**
 * The factory search in Chromium on a built site: from keystroke to painted results, with how
 * often the right factory is in the top 5, when the page takes input on a slowed CPU, and the
 * slowest answer to keystrokes typed while the index loads.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { misspeltQueries } from './search-queries';
import { ms, readIndex, withSite } from './browser-site';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};

export interface SearchFigures {
  queries: number;
  keystrokes: number;
  /** From the keystroke until the frame with its results has painted. */
  medianMs: number;
  p95Ms: number;
  /** The same, less the wait between results on the page and the display's next refresh. */
  workMedianMs: number;
  workP95Ms: number;
  /** Keystrokes whose results were on the page in time for the first frame after them. */
  firstFrame: number;
  /** Queries whose factory was among the first five results. */
  top5: number;
  /**
   * From the start of the navigation until the search box takes input, on a CPU slowed four
   * times: the median of several loads, in the page's own clock.
   */
  interactiveSlowMs: number;
  /**
   * Keystrokes typed every quarter of a second from the moment the page opens until its whole
   * index is in and prepared, and the slowest of them from keystroke to answer on the page.
   */
  loadingKeystrokes: number;
  loadingSlowestMs: number;
}

/**
 * Types a query a character at a time into the search, timing each keystroke until its results
 * paint. Source text, not a function: the bench runs through a transpiler whose helpers do not
 * exist in the page.
 *
 * Each keystroke gives three figures. `total`: from the keystroke until the frame with its
 * results has painted. `work`: the same less the time the page sat idle between having its
 * results on the page and the display's next refresh, so the time the page and the browser spent
 * on it. `first`: whether the results were on the page before the first frame after the keystroke
 * began, so that frame showed them.
 */
const TYPE_TIMED = `async (query) => {
  const input = document.querySelector('input[type="search"]');
  const results = input && document.getElementById(input.getAttribute('aria-controls') || '');
  if (!input || !results) throw new Error('no search on the page');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const times = [];
  for (let k = 1; k <= query.length; k += 1) {
    const time = await new Promise((done) => {
      const start = performance.now();
      const before = results.dataset.answer;
      let framed = false;
      requestAnimationFrame(() => { framed = true; });
      const timer = setTimeout(() => { observer.disconnect(); done(null); }, 30000);
      // Each answer carries its query's number: the results are painted once it changes.
      const observer = new MutationObserver(() => {
        if (results.dataset.answer === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const shown = performance.now();
        const first = !framed;
        requestAnimationFrame(() => {
          const frame = performance.now();
          setTimeout(() => {
            const painted = performance.now();
            done({ total: painted - start, work: shown - start + (painted - frame), first });
          }, 0);
        });
      });
      observer.observe(results, { attributes: true, attributeFilter: ['data-answer'] });
      setValue.call(input, query.slice(0, k));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (time !== null) times.push(time);
  }
  await new Promise((done) => setTimeout(done, 100));
  const top = [...results.querySelectorAll('tbody th a')].slice(0, 5).map((a) => a.getAttribute('href') || '');
  return { times, top };
}`;

/**
 * Types a key every quarter of a second from the page's opening until the search has its whole
 * index (`data-index="complete"`) and once more, timing each keystroke until its answer is on the
 * page: a search busy preparing its index shows here, not in the keystrokes typed after it.
 */
const TYPE_WHILE_LOADING = `async (queries) => {
  const input = document.querySelector('input[type="search"]');
  const results = input && document.getElementById(input.getAttribute('aria-controls') || '');
  const root = document.querySelector('.factory-search');
  if (!input || !results || !root) throw new Error('no search on the page');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const times = [];
  const started = performance.now();
  let after = 0;
  for (let k = 0; after < 2; k += 1) {
    if (root.dataset.index === 'failed') throw new Error('the search could not load its index');
    if (root.dataset.index === 'complete') after += 1;
    if (performance.now() - started > 600000) throw new Error('the index was not ready in 10 minutes');
    const before = results.dataset.answer;
    const start = performance.now();
    const took = await new Promise((done) => {
      const timer = setTimeout(() => { observer.disconnect(); done(null); }, 60000);
      const observer = new MutationObserver(() => {
        if (results.dataset.answer === before) return;
        observer.disconnect();
        clearTimeout(timer);
        done(performance.now() - start);
      });
      observer.observe(results, { attributes: true, attributeFilter: ['data-answer'] });
      setValue.call(input, queries[k % queries.length]);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (took === null) throw new Error('a keystroke typed while the index loaded had no answer in 60 s');
    times.push(took);
    await new Promise((done) => setTimeout(done, 250));
  }
  return times;
}`;

/** Loads of `/factories/` at a 4× slower CPU; the median is reported. */
const INTERACTIVE_LOADS = 5;

/**
 * Notes, in the page's own clock (0 is the start of the navigation), when the search box is
 * first switched on: the page's time to take input, without the bench's own round trips.
 */
const MARK_ENABLED = `new MutationObserver((_, observer) => {
  const input = document.querySelector('input[type="search"]');
  if (input && !input.disabled) {
    window.__searchEnabledAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });`;

const CLEAR_SEARCH = `(() => {
  const input = document.querySelector('input[type="search"]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '');
  input.dispatchEvent(new Event('input', { bubbles: true }));
})()`;

interface KeystrokeTime {
  total: number;
  work: number;
  first: boolean;
}

async function typeTimed(
  page: Page,
  text: string,
): Promise<{ times: KeystrokeTime[]; top: string[] }> {
  return page.evaluate(`(${TYPE_TIMED})(${JSON.stringify(text)})`);
}

/**
 * The search on `/factories/` of a built site, with misspelt names of its own factories; or, given
 * `index` (a search-index.json written as the build writes it), over that larger registry served
 * in place of the site's own, on the same page and code.
 */
export async function measureSearch(dist: string, index?: string): Promise<SearchFigures> {
  const records = readIndex(index ?? join(dist, 'search-index.json'));
  const queries = misspeltQueries(records);
  return withSite(
    dist,
    async (browser, origin) => {
      // The page's policy forbids evaluating strings, which is how a waiting condition is polled.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${origin}/factories/`);
      await page.waitForSelector('input[type="search"]:enabled', { timeout: 120_000 });
      // Three different queries in turn, so that each keystroke asks something new.
      const loading = await page.evaluate<number[]>(
        `(${TYPE_WHILE_LOADING})(${JSON.stringify(queries.slice(0, 3).map((q) => q.query))})`,
      );
      // Measured once the whole index is in: the first part answers sooner, over fewer factories.
      await page.waitForSelector('.factory-search[data-index="complete"]', { timeout: 600_000 });
      const times: KeystrokeTime[] = [];
      let top5 = 0;
      for (const { query, id } of queries) {
        await page.evaluate(CLEAR_SEARCH);
        await page.waitForTimeout(200);
        const typed = await typeTimed(page, query);
        times.push(...typed.times);
        if (typed.top.includes(`/factories/${id}/`)) top5 += 1;
      }
      await context.close();

      const interactive: number[] = [];
      for (let load = 0; load < INTERACTIVE_LOADS; load += 1) {
        const slow = await browser.newContext();
        const slowPage = await slow.newPage();
        await slowPage.addInitScript(MARK_ENABLED);
        const cdp = await slow.newCDPSession(slowPage);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await slowPage.goto(`${origin}/factories/`);
        // The box is on the page before the script runs, switched off until it can take a query.
        await slowPage.waitForSelector('input[type="search"]:enabled', { timeout: 120_000 });
        interactive.push(await slowPage.evaluate<number>('window.__searchEnabledAt'));
        await slow.close();
      }
      const interactiveSlowMs = percentile(interactive, 0.5);

      const totals = times.map((time) => time.total);
      const works = times.map((time) => time.work);
      return {
        queries: queries.length,
        keystrokes: times.length,
        medianMs: percentile(totals, 0.5),
        p95Ms: percentile(totals, 0.95),
        workMedianMs: percentile(works, 0.5),
        workP95Ms: percentile(works, 0.95),
        firstFrame: times.filter((time) => time.first).length,
        top5,
        interactiveSlowMs,
        loadingKeystrokes: loading.length,
        loadingSlowestMs: Math.max(...loading),
      };
    },
    index === undefined ? {} : { '/search-index.json': index },
  );
}

export function formatSearchFigures(figures: SearchFigures): string {
  return `${ms(figures.medianMs)} / ${ms(figures.p95Ms)} (work ${ms(figures.workMedianMs)} / ${ms(figures.workP95Ms)}, ${figures.firstFrame}/${figures.keystrokes} in the first frame), ${figures.top5}/${figures.queries} in top 5`;
}
