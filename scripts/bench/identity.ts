/**
 * Figures of the identity model on a labelled corpus: a registry of factories and a supplier list
 * whose right answer is known for every line (tests/identity/). The supplier check is run on the
 * list as the page runs it; the factory search is asked each line's name.
 *
 * - wrong definite matches: lines matched to a factory that is not theirs (must be 0);
 * - definite recall: lines of registered factories matched to theirs;
 * - right factory offered: lines of registered factories matched to theirs or given it to confirm;
 * - unknown lines given candidates: lines of factories not in the registry that were offered any;
 * - search top-1 / top-5: registered factories found first / in the first five by their line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { searchFactories, EMPTY_SEARCH_STATE, type SearchRecord } from '../../src/lib/search';
import { readTextList } from '../../src/lib/supplier-list';
import { createMatcher, type RowMatch } from '../../src/lib/supplier-match';

export interface CorpusLine {
  line: number;
  name: string;
  /** The factory id the line stands for; empty when the factory is not in the registry. */
  expected: string;
  /** Which real pattern the line reproduces. */
  pattern: string;
  match: RowMatch;
}

export interface CorpusFigures {
  /** Every line with its match. */
  all: CorpusLine[];
  lines: number;
  registered: number;
  unknown: number;
  wrongDefinite: CorpusLine[];
  definite: number;
  offered: number;
  unknownWithCandidates: CorpusLine[];
  missed: CorpusLine[];
  /** Lines of registered factories offered but not matched definitely. */
  toConfirm: CorpusLine[];
  searchTop1: number;
  searchTop5: number;
  searchMissed: CorpusLine[];
  milliseconds: number;
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The registry as the search index holds it (fields the name model reads). */
export function readRegistry(csv: string): SearchRecord[] {
  const { data } = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  });
  return data.map((row) => {
    const aliases = list(row['aliases']);
    return {
      id: row['factory_id'] ?? '',
      n: row['name'] ?? '',
      ...(row['name_km'] ? { km: row['name_km'] } : {}),
      ...(row['name_zh'] ? { zh: row['name_zh'] } : {}),
      ...(aliases.length > 0 ? { al: aliases } : {}),
      ...(row['parent_company'] ? { pc: row['parent_company'] } : {}),
      ...(row['province'] ? { pr: row['province'] } : {}),
      ...(row['address'] ? { ad: row['address'] } : {}),
      ...(row['os_id'] ? { os: row['os_id'] } : {}),
      st: row['status'] === 'closed' ? 'closed' : 'open',
      lc: false,
      nc: [],
    };
  });
}

/** Runs the check and the search over a corpus folder (registry.csv, list.csv). */
export function evaluateCorpus(dir: string, country: string | null = 'KH'): CorpusFigures {
  const records = readRegistry(readFileSync(join(dir, 'registry.csv'), 'utf8'));
  const text = readFileSync(join(dir, 'list.csv'), 'utf8');
  const reading = readTextList(text);
  if (!reading.ok) throw new Error(`${dir}/list.csv: ${reading.error.code}`);
  const labels = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const started = performance.now();
  const matcher = createMatcher(records, { country });
  const lines: CorpusLine[] = reading.list.rows.map((row, i) => ({
    line: row.line,
    name: row.values.name,
    expected: labels[i]?.['expected'] ?? '',
    pattern: labels[i]?.['pattern'] ?? '',
    match: matcher.match(row),
  }));
  const milliseconds = performance.now() - started;
  const registered = lines.filter((l) => l.expected !== '');
  const unknown = lines.filter((l) => l.expected === '');
  const isMatched = (l: CorpusLine) => l.match.result === 'matched';
  const offers = (l: CorpusLine) =>
    (isMatched(l) && l.match.record?.id === l.expected) ||
    (l.match.result === 'ambiguous' && l.match.candidates.some((c) => c.record.id === l.expected));

  let top1 = 0;
  let top5 = 0;
  const searchMissed: CorpusLine[] = [];
  for (const l of registered) {
    const found = searchFactories(records, { ...EMPTY_SEARCH_STATE, q: l.name }).map((r) => r.id);
    const at = found.indexOf(l.expected);
    if (at === 0) top1 += 1;
    if (at >= 0 && at < 5) top5 += 1;
    else searchMissed.push(l);
  }
  return {
    all: lines,
    lines: lines.length,
    registered: registered.length,
    unknown: unknown.length,
    wrongDefinite: lines.filter((l) => isMatched(l) && l.match.record?.id !== l.expected),
    definite: registered.filter((l) => isMatched(l) && l.match.record?.id === l.expected).length,
    offered: registered.filter(offers).length,
    unknownWithCandidates: unknown.filter(
      (l) => l.match.result !== 'unmatched' || l.match.candidates.length > 0,
    ),
    missed: registered.filter((l) => !offers(l)),
    toConfirm: registered.filter((l) => offers(l) && !isMatched(l)),
    searchTop1: top1,
    searchTop5: top5,
    searchMissed,
    milliseconds,
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

export function printCorpusFigures(label: string, f: CorpusFigures): void {
  console.log(
    `\nIdentity corpus: ${label} (${f.lines} lines: ${f.registered} of registered factories, ${f.unknown} unknown)`,
  );
  console.log(`  wrong definite matches          ${f.wrongDefinite.length}`);
  console.log(
    `  definite recall                 ${f.definite}/${f.registered} (${percent(f.definite, f.registered)})`,
  );
  console.log(
    `  right factory offered           ${f.offered}/${f.registered} (${percent(f.offered, f.registered)})`,
  );
  console.log(
    `  unknown lines given candidates  ${f.unknownWithCandidates.length}/${f.unknown} (${percent(f.unknownWithCandidates.length, f.unknown)})`,
  );
  console.log(
    `  search top-1 / top-5            ${percent(f.searchTop1, f.registered)} / ${percent(f.searchTop5, f.registered)}`,
  );
  console.log(`  check time                      ${f.milliseconds.toFixed(0)} ms`);
}
