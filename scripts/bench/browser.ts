/**
 * Figures measured in Chromium on a built site: the factory search's latency from keystroke to
 * painted results, with how often the right factory is in the top 5, and the supplier check's
 * longest main-thread task on lists built to stall it, beside an ordinary 3,000-line list.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SearchIndexReader } from '../../src/lib/search-index-lines';
import type { SearchRecord } from '../../src/lib/search';
import {
  deeplyNestedJson,
  keyPerObjectJson,
  manyRowsXlsx,
  oneRowCsv,
  type HostileList,
} from './hostile-lists';
import { misspeltQueries } from './search-queries';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Files served in place of the site's own, by URL path (a larger search index, for one). */
type Overrides = Readonly<Record<string, string>>;

async function serve(
  dist: string,
  overrides: Overrides = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = overrides[path] ?? normalize(join(dist, path));
    if (overrides[path] === undefined && !file.startsWith(dist)) {
      return void response.writeHead(403).end();
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function withSite<T>(
  dist: string,
  run: (browser: Browser, origin: string) => Promise<T>,
  overrides: Overrides = {},
) {
  const { server, origin } = await serve(dist, overrides);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    return await run(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

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

export interface CheckFigures {
  label: string;
  /** From opening /check/ until its worker has the published factories loaded. */
  readyMs?: number;
  /** How the check ended: the status or error it showed. */
  outcome: string;
  longestTaskMs: number;
  /**
   * The most CPU time the page's main thread spent in one task: on a loaded machine a task's
   * length is mostly time the thread waited for a core, which this leaves out.
   */
  longestTaskCpuMs: number;
  wallMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The longest CPU time of a task on the busiest renderer main thread of a Chromium trace. */
function longestTaskCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, { total: number; longest: number }>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread)) continue;
    const cpu = (e.tdur ?? 0) / 1000;
    const seen = busy.get(thread) ?? { total: 0, longest: 0 };
    busy.set(thread, { total: seen.total + cpu, longest: Math.max(seen.longest, cpu) });
  }
  return [...busy.values()].sort((a, b) => b.total - a.total)[0]?.longest ?? 0;
}

/** The check of one list on /check/: the longest main-thread task from choosing it to its answer. */
async function checkFile(page: Page, list: HostileList): Promise<CheckFigures> {
  await page.evaluate(`(() => {
    window.longestTask = 0;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        window.longestTask = Math.max(window.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask' });
  })()`);
  // Given as a path, the file reaches the input through the browser, as a user's does: given as
  // bytes, Playwright decodes them in the page's own thread, which would be counted as the check's.
  const folder = mkdtempSync(join(tmpdir(), 'bench-list-'));
  const path = join(folder, list.name);
  writeFileSync(path, list.bytes);
  const browser = page.context().browser();
  await browser?.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const started = Date.now();
  await page.locator('input[type="file"]').setInputFiles(path);
  // The report draws a page's lines a few a frame, its table busy until all are drawn: the
  // answer counts from the file's choice to the last line drawn.
  await page.waitForFunction(
    `document.querySelector('.check-error') !== null ||
      (document.querySelector('.check-report') !== null &&
        document.querySelector('.check-table[aria-busy="true"]') === null)`,
    undefined,
    { timeout: 600_000 },
  );
  const wallMs = Date.now() - started;
  const longestTaskCpuMs = browser ? longestTaskCpu(await browser.stopTracing()) : 0;
  const outcome = (await page.locator('.check-error').count())
    ? await page.locator('.check-error').innerText()
    : await page.locator('.check-status').innerText();
  const longestTaskMs = await page.evaluate<number>('window.longestTask');
  rmSync(folder, { recursive: true, force: true });
  return {
    label: list.label,
    outcome: outcome.slice(0, 100),
    longestTaskMs,
    longestTaskCpuMs,
    wallMs,
  };
}

function readIndex(path: string): SearchRecord[] {
  const reader = new SearchIndexReader();
  return [...reader.push(readFileSync(path, 'utf8')), ...reader.end()];
}

/**
 * A list of 3,000 lines as a brand keeps one: a third exact names of published factories, a
 * third with two letters swapped, a third unknown.
 */
function ordinaryList(records: readonly SearchRecord[], label: string): HostileList {
  return {
    label,
    name: 'suppliers.csv',
    bytes: new TextEncoder().encode(
      [
        'Factory Name,Country',
        ...Array.from({ length: 3000 }, (_, i) => {
          const record = records[(i * 7) % records.length];
          const name =
            record === undefined || i % 3 === 1
              ? `Unknown Demo Supplier ${i} Textile Co., Ltd.`
              : i % 3 === 2
                ? record.n.replace(/(\w)(\w)(\w{4,})/, '$2$1$3')
                : record.n;
          return `"${name.replace(/"/g, '""')}",KH`;
        }),
      ].join('\n'),
    ),
  };
}

/** Opens /check/ and waits until its worker has loaded the published factories. */
async function openCheck(browser: Browser, origin: string) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${origin}/check/`);
  await page.waitForFunction(
    'document.querySelector(\'input[type="file"]\')?.disabled === false',
    undefined,
    { timeout: 900_000 },
  );
  return { context, page, readyMs: Date.now() - started };
}

/** The check on each list built to stall it, and on an ordinary 3,000-line list first. */
export async function measureCheck(dist: string): Promise<CheckFigures[]> {
  const records = readIndex(join(dist, 'search-index.json'));
  const ordinary = ordinaryList(records, 'ordinary list, 3,000 lines');
  const lists = [
    ordinary,
    oneRowCsv(),
    keyPerObjectJson(),
    await manyRowsXlsx(),
    deeplyNestedJson(),
  ];
  return withSite(dist, async (browser, origin) => {
    const figures: CheckFigures[] = [];
    for (const list of lists) {
      const { context, page, readyMs } = await openCheck(browser, origin);
      figures.push({ ...(await checkFile(page, list)), readyMs });
      await context.close();
    }
    return figures;
  });
}

/**
 * The ordinary 3,000-line list against a larger published index than the site's (`index`, a
 * search-index.json written as the build writes it): the page and its code are the site's own.
 */
export async function measureCheckAtScale(dist: string, index: string): Promise<CheckFigures> {
  const records = readIndex(index);
  const list = ordinaryList(
    records,
    `3,000 lines, ${records.length.toLocaleString('en')} factories`,
  );
  return withSite(
    dist,
    async (browser, origin) => {
      const { context, page, readyMs } = await openCheck(browser, origin);
      const figures = { ...(await checkFile(page, list)), readyMs };
      await context.close();
      return figures;
    },
    { '/search-index.json': index },
  );
}

/** The check's figures as a table: one row per list. */
export function printCheckTable(title: string, figures: readonly CheckFigures[]): void {
  const [baseline] = figures;
  const task = (value: number) => (value === 0 ? 'under 50 ms' : ms(value));
  console.log(`\n${title}`);
  console.log(
    '| list | longest main-thread task | most CPU time in one task | against the ordinary list | index loaded in | answered in | outcome |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const figure of figures) {
    const ratio =
      baseline === undefined || figure === baseline
        ? 'baseline'
        : `${(Math.max(50, figure.longestTaskMs) / Math.max(50, baseline.longestTaskMs)).toFixed(2)}×`;
    console.log(
      `| ${figure.label} | ${task(figure.longestTaskMs)} | ${ms(figure.longestTaskCpuMs)} | ${ratio} | ${figure.readyMs === undefined ? '—' : ms(figure.readyMs)} | ${ms(figure.wallMs)} | ${figure.outcome.replace(/\s+/g, ' ').replace(/\|/g, '/')} |`,
    );
  }
  console.log(
    '(Long tasks are reported by Chromium from 50 ms up; "under 50 ms" means none was. Ratios count a task under 50 ms as 50 ms. CPU time: the most the main thread computed in one task, from a Chromium trace; on a loaded machine a task lasts longer than it computes.)',
  );
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

export function formatSearchFigures(figures: SearchFigures): string {
  return `${ms(figures.medianMs)} / ${ms(figures.p95Ms)} (work ${ms(figures.workMedianMs)} / ${ms(figures.workP95Ms)}, ${figures.firstFrame}/${figures.keystrokes} in the first frame), ${figures.top5}/${figures.queries} in top 5`;
}

/** The search and the check in Chromium on a built site, printed. */
export async function benchBrowser(dist: string): Promise<void> {
  const search = await measureSearch(dist);
  console.log(
    `\nFactory search in Chromium (${search.queries} misspelt names typed a key at a time, ${search.keystrokes} keystrokes, keystroke to painted results):`,
  );
  console.log(`  median / p95          ${formatSearchFigures(search)}`);
  console.log(
    "  (work: less the idle wait for the display's next refresh; first frame: results on the page before the first frame after the keystroke)",
  );
  console.log(`  interactive, CPU 4×   ${ms(search.interactiveSlowMs)}`);
  console.log(
    `  while the index loads ${ms(search.loadingSlowestMs)} slowest of ${search.loadingKeystrokes} keystrokes, one every 250 ms`,
  );
  printCheckTable(
    'Supplier check in Chromium: longest main-thread task from choosing the file to its answer',
    await measureCheck(dist),
  );
}
