/**
 * The supplier check in Chromium on a built site: its longest main-thread task on lists built to
 * stall it, beside an ordinary 3,000-line list, and that list against a large registry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SearchRecord } from '../../src/lib/search';
import {
  deeplyNestedJson,
  keyPerObjectJson,
  manyRowsXlsx,
  oneRowCsv,
  type HostileList,
} from './hostile-lists';
import { ms, readIndex, withSite } from './browser-site';

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
