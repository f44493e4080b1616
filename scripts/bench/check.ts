/**
 * The supplier check's matching, measured in Node on the same code the browser runs: a list of
 * 3,000 lines (a third exact names, a third names with two letters swapped, a third unknown) read
 * and matched against a dataset's published factories. The browser's own figure comes from the
 * end-to-end test, which logs it.
 */
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { buildSearchIndex } from '../../src/lib/search';
import { readPastedList } from '../../src/lib/supplier-list';
import { createMatcher } from '../../src/lib/supplier-match';
import { readDataFolder } from '../lib/data-folder';
import { resolveBuildDate } from '../lib/pipeline';

const LINES = 3000;
const RUNS = 5;

export function benchCheck(dataDir: string, label: string): void {
  const { dataset } = loadDataset(readDataFolder(dataDir), {
    buildDate: resolveBuildDate(process.env),
  });
  if (dataset === undefined) throw new Error(`${dataDir} has errors`);
  const records = buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset)));
  const text = Array.from({ length: LINES }, (_, i) => {
    const record = records[(i * 7) % records.length];
    if (record === undefined || i % 3 === 1) return `Unknown Demo Supplier ${i} Textile Co., Ltd.`;
    return i % 3 === 2 ? record.n.replace(/(\w)(\w)(\w{4,})/, '$2$1$3') : record.n;
  }).join('\n');

  const prepare: number[] = [];
  const check: number[] = [];
  const results: Record<string, number> = {};
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    const matcher = createMatcher(records, { country: dataset.meta.country ?? null });
    const t1 = performance.now();
    const reading = readPastedList(text);
    if (!reading.ok) throw new Error('the benchmark list did not read');
    for (const row of reading.list.rows) {
      const { result } = matcher.match(row);
      if (run === 0) results[result] = (results[result] ?? 0) + 1;
    }
    const t2 = performance.now();
    prepare.push(t1 - t0);
    check.push(t2 - t1);
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(`\nSupplier check: ${label} (${records.length} published factories)`);
  console.log(`  runs                  ${RUNS} (median shown)`);
  console.log(`  prepare the index     ${median(prepare).toFixed(0)} ms`);
  console.log(
    `  read + match ${LINES} lines ${median(check).toFixed(0)} ms (${(median(check) / LINES).toFixed(2)} ms a line)`,
  );
  console.log(
    `  results               ${Object.entries(results)
      .map(([result, count]) => `${count} ${result}`)
      .join(', ')}`,
  );
}
