/**
 * Times one search in this process, as the search's worker runs it: the misspelt names of
 * search-queries.ts typed a key at a time, every keystroke answered with a page of 50 hits.
 * Prints one JSON line. A process per search keeps one ranker's caches and heap from slowing
 * another's.
 *
 *   tsx scripts/bench/search-cpu-once.ts INDEX.json (current | linear | DIR)
 *
 * `current` is this checkout's search; `DIR` a folder holding another version's src/lib (the
 * baseline the bench extracts from git); `linear` the least a search does: each name, normalised
 * once, tested for the typed text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchPage, SearchRecord, SearchState } from '../../src/lib/search';
import { EMPTY_SEARCH_STATE, normaliseForSearch } from '../../src/lib/search';
import { misspeltQueries } from './search-queries';

const PAGE = 50;

type Search = (records: readonly SearchRecord[], state: SearchState, limit: number) => SearchPage;

/** Every factory whose name holds the typed text, in index order. */
function linearSearch(): Search {
  let names: string[] | null = null;
  return (records, state, limit) => {
    names ??= records.map((r) => normaliseForSearch(r.n));
    const query = normaliseForSearch(state.q);
    const hits: SearchPage['hits'] = [];
    let total = 0;
    names.forEach((name, i) => {
      if (!name.includes(query)) return;
      total += 1;
      const record = records[i] as SearchRecord;
      if (hits.length < limit) {
        hits.push({ record, why: { field: 'name', text: record.n, exact: false, similarity: 1 } });
      }
    });
    return { total, hits };
  };
}

async function searchOf(which: string): Promise<Search> {
  if (which === 'linear') return linearSearch();
  const module = (
    which === 'current'
      ? await import('../../src/lib/search')
      : await import(pathToFileURL(join(which, 'src/lib/search.ts')).href)
  ) as { searchFactoryPage: Search };
  return module.searchFactoryPage;
}

const [indexFile, which = 'current'] = process.argv.slice(2);
if (indexFile === undefined)
  throw new Error('usage: search-cpu-once.ts INDEX.json [current|linear|DIR]');
const records = JSON.parse(readFileSync(indexFile, 'utf8')) as SearchRecord[];
const search = await searchOf(which);
const queries = misspeltQueries(records);

// The worker prepares its index once the whole of it is in, before the first query over it.
const started = performance.now();
search(records, { ...EMPTY_SEARCH_STATE, q: 'a' }, 1);
const prepareMs = performance.now() - started;

const times: number[] = [];
/** CPU time of the process (every thread: the collector's too), less hostage to a loaded machine. */
const cpuTimes: number[] = [];
let top5 = 0;
let slowest = { ms: 0, typed: '' };
for (const { query, id } of queries) {
  for (let length = 1; length <= query.length; length += 1) {
    const typed = query.slice(0, length);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const page = search(records, { ...EMPTY_SEARCH_STATE, q: typed }, PAGE);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    times.push(ms);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (ms > slowest.ms) slowest = { ms, typed };
    if (length === query.length && page.hits.slice(0, 5).some((h) => h.record.id === id)) {
      top5 += 1;
    }
  }
}
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
process.stdout.write(
  `${JSON.stringify({
    records: records.length,
    queries: queries.length,
    keystrokes: times.length,
    prepareMs,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: Math.max(...times),
    cpuMedianMs: percentile(cpuTimes, 0.5),
    cpuP95Ms: percentile(cpuTimes, 0.95),
    top5,
    slowest: slowest.typed,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
