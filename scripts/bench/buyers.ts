/**
 * What the buyer and group pages cost: the demo site built as it is and, interleaved in the same
 * session, built from the same data with the buyers and parent companies left out (so no buyer
 * or group page, file or feed is made). The difference of the medians is their added build time;
 * the transferred size of the buyers' index and of the largest buyer's and group's pages is their
 * weight.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { timed, transferred } from './site';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A copy of the data whose factories name no buyer and no parent company. */
function withoutBuyers(dataDir: string, work: string): string {
  const copy = join(work, 'data-without-buyers');
  cpSync(dataDir, copy, { recursive: true });
  const path = join(copy, 'factories.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((row) => ({ ...row, buyers: '', parent_company: '' }));
  writeFileSync(path, `${Papa.unparse(rows, { newline: '\n' })}\n`);
  return copy;
}

interface EntityIndex {
  entries: Array<{ url: string; factoryCount: number }>;
}

export function benchBuyers(dataDir: string, runs: number): void {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'bench-buyers-'));
  try {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const build = (data: string, name: string) =>
      timed(tsx, [join(root, 'scripts/build.ts')], root, {
        DATA_DIR: data,
        DIST_DIR: join(work, name, 'dist'),
        PORTAL_GENERATED_DIR: join(work, name, 'generated'),
        ASTRO_CACHE_DIR: join(work, name, 'cache'),
      });
    const bare = withoutBuyers(dataDir, work);
    const full: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      full.push(build(dataDir, 'full'));
      baseline.push(build(bare, 'baseline'));
    }
    const dist = join(work, 'full', 'dist');
    const read = (file: string) =>
      JSON.parse(readFileSync(join(dist, file), 'utf8')) as EntityIndex;
    const buyers = read('api/buyers.json').entries;
    const groups = read('api/groups.json').entries;
    const largest = (entries: EntityIndex['entries']) =>
      [...entries].sort((a, b) => b.factoryCount - a.factoryCount)[0];
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `\nBuyer and group pages (${buyers.length} buyers, ${groups.length} groups, in 3 languages)`,
    );
    console.log(`  build with them       median ${s(median(full))}  (${full.map(s).join(', ')})`);
    console.log(
      `  build without them    median ${s(median(baseline))}  (${baseline.map(s).join(', ')})`,
    );
    console.log(
      `  added build time      ${s(median(full) - median(baseline))} (${(((median(full) - median(baseline)) / median(baseline)) * 100).toFixed(1)} %)`,
    );
    const pages: Array<[string, string]> = [['buyers index /buyers/', 'buyers/index.html']];
    const buyer = largest(buyers);
    const group = largest(groups);
    if (buyer) pages.push([`largest buyer ${buyer.url}`, `${buyer.url.slice(1)}index.html`]);
    if (group) pages.push([`largest group ${group.url}`, `${group.url.slice(1)}index.html`]);
    console.log('  transferred size (gzip -9, the page and everything it loads):');
    for (const [label, page] of pages) {
      const size = transferred(dist, page);
      const html = readFileSync(join(dist, page)).length;
      console.log(
        `    ${label.padEnd(44)} ${(size.bytes / 1024).toFixed(1).padStart(6)} KB in ${size.files} files (HTML ${(html / 1024).toFixed(1)} KB uncompressed)`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
