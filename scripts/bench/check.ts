/**
 * The supplier check's matching, measured in Node on the same code the browser runs: a list of
 * 3,000 lines (a third exact names, a third names with two letters swapped, a third unknown) read
 * and matched against a dataset's published factories, beside a baseline measured in the same run
 * (looking each line up by its name as written, the least any matcher does). The browser's own
 * figure comes from the end-to-end test, which logs it. Also the identity corpus's figures.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { buildSearchIndex, normaliseForSearch, type SearchRecord } from '../../src/lib/search';
import { searchIndexText } from '../../src/lib/search-index-lines';
import { readPastedList } from '../../src/lib/supplier-list';
import { createMatcher } from '../../src/lib/supplier-match';
import { readDataFolder } from '../lib/data-folder';
import { resolveBuildDate } from '../lib/pipeline';
import { evaluateCorpus, printCorpusFigures } from './identity';

const LINES = 3000;
const RUNS = 5;
const CORPUS = resolve(import.meta.dirname, '../../tests/identity');

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function benchCheck(dataDir: string, label: string): void {
  const { dataset } = loadDataset(readDataFolder(dataDir), {
    buildDate: resolveBuildDate(process.env),
  });
  if (dataset === undefined) throw new Error(`${dataDir} has errors`);
  const json = JSON.stringify(buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset))));
  const all = JSON.parse(json) as SearchRecord[];
  const text = Array.from({ length: LINES }, (_, i) => {
    const record = all[(i * 7) % all.length];
    if (record === undefined || i % 3 === 1) return `Unknown Demo Supplier ${i} Textile Co., Ltd.`;
    return i % 3 === 2 ? record.n.replace(/(\w)(\w)(\w{4,})/, '$2$1$3') : record.n;
  }).join('\n');

  const baseline: number[] = [];
  const prepare: number[] = [];
  const check: number[] = [];
  const results: Record<string, number> = {};
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh copy, as a page gets: the index is prepared once per loaded copy.
    const records = JSON.parse(json) as SearchRecord[];
    const reading = readPastedList(text);
    if (!reading.ok) throw new Error('the benchmark list did not read');
    const t0 = performance.now();
    const byName = new Map(records.map((r) => [normaliseForSearch(r.n), r]));
    let found = 0;
    for (const row of reading.list.rows) {
      if (byName.has(normaliseForSearch(row.values.name))) found += 1;
    }
    const t1 = performance.now();
    const matcher = createMatcher(records, { country: dataset.meta.country ?? null });
    const t2 = performance.now();
    for (const row of reading.list.rows) {
      const { result } = matcher.match(row);
      if (run === 0) results[result] = (results[result] ?? 0) + 1;
    }
    const t3 = performance.now();
    if (found === 0) throw new Error('the baseline found no line');
    baseline.push(t1 - t0);
    prepare.push(t2 - t1);
    check.push(t3 - t2);
  }
  console.log(`\nSupplier check: ${label} (${all.length} published factories)`);
  console.log(`  runs                  ${RUNS} (median shown)`);
  console.log(`  prepare the index     ${median(prepare).toFixed(0)} ms`);
  console.log(
    `  match ${LINES} lines      ${median(check).toFixed(0)} ms (${(median(check) / LINES).toFixed(2)} ms a line)`,
  );
  console.log(
    `  baseline: look up each line by its name as written ${median(baseline).toFixed(1)} ms (the matcher takes ${(median(check) / Math.max(0.1, median(baseline))).toFixed(0)}×)`,
  );
  console.log(
    `  results               ${Object.entries(results)
      .map(([result, n]) => `${n} ${result}`)
      .join(', ')}`,
  );
}

/** The identity corpus's figures (tests/identity): see `evaluateCorpus`. */
export function benchIdentity(): void {
  printCorpusFigures('tests/identity', evaluateCorpus(CORPUS));
}

/**
 * Writes the search index a site built from `dataDir` would publish, without building the site:
 * for the check's figures against a registry larger than a site can be built from here.
 */
export function writeSearchIndex(dataDir: string, out: string): number {
  const { dataset } = loadDataset(readDataFolder(dataDir), {
    buildDate: resolveBuildDate(process.env),
  });
  if (dataset === undefined) throw new Error(`${dataDir} has errors`);
  const records = buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset)));
  writeFileSync(out, [...searchIndexText(records)].join(''));
  return records.length;
}
