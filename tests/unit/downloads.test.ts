import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { buildDownloads, safeCsvChunks, toSafeCsv } from '../../src/lib/downloads';
import { loadDataset } from '../../src/lib/load-dataset';
import { formatCyclesJson } from '../../src/lib/output';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { formatSize } from '../../src/site/downloads';

/** Cells that a CSV writer or a spreadsheet treats specially, each from a real kind of name or text. */
const TRICKY = [
  'Lotus "Demo" Apparel',
  'Phnom Penh, Cambodia',
  'Line one\nline two',
  '=HYPERLINK("x")',
  '-5',
  '-not a number',
  ' leading space',
  'រោងចក្រ',
  '',
];

const rowsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => [
    `F${i}`,
    TRICKY[i % TRICKY.length] ?? '',
    i,
    i % 2 === 0,
  ]);

/** The whole file as one unparse: what the site wrote before downloads were streamed. */
const wholeFile = (header: string[], rows: ReturnType<typeof rowsOf>) =>
  `\uFEFF${Papa.unparse(
    {
      fields: header,
      data: rows.map((row) =>
        row.map((cell) => {
          const text = String(cell);
          return /^[=+@\t\r]/.test(text) ||
            (text.startsWith('-') && !/^-?\d+(?:\.\d+)?$/.test(text))
            ? `'${text}`
            : text;
        }),
      ),
    },
    { newline: '\n' },
  )}\n`;

describe('a download written in pieces', () => {
  it.each([1, 1999, 2000, 2001, 4500])(
    'is byte for byte the file written whole (%i rows)',
    (count) => {
      const rows = rowsOf(count);
      const header = ['factory_id', 'text', 'number', 'flag'];
      expect([...safeCsvChunks(header, rows)].join('')).toBe(wholeFile(header, rows));
      expect(toSafeCsv(header, rows)).toBe(wholeFile(header, rows));
    },
  );

  it('ends every piece at the end of a line', () => {
    const pieces = [...safeCsvChunks(['a', 'b'], rowsOf(4500))];
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  });

  it('is its header alone when there is no row', () => {
    expect(toSafeCsv(['a', 'b'], [])).toBe('\uFEFFa,b\n');
  });
});

describe('/downloads/scores.csv', () => {
  const dir = resolve(import.meta.dirname, '../golden/small');
  const { dataset } = loadDataset(readDataFolder(`${dir}/data`));
  if (dataset === undefined) throw new Error('fixture invalid');
  const scores = scoreDataset(dataset);
  const site = buildPublicSite(dataset, scores);
  const download = buildDownloads(site, scores, formatCyclesJson(scores)).find(
    (d) => d.name === 'scores.csv',
  );

  it("is the contract's rule applied to the fixture's expected scores.csv", () => {
    const [header, ...lines] = readFileSync(`${dir}/expected/scores.csv`, 'utf8')
      .trimEnd()
      .split('\n');
    const columns = (header ?? '').split(',');
    const at = (name: string) => columns.indexOf(name);
    const expected = lines
      .map((line) => line.split(','))
      .filter((cells) => cells[at('ci_published')] === 'true')
      .map((cells) =>
        cells.map((cell, i) =>
          i === at('compliance_rate') && cells[at('lc_eligible')] !== 'true' ? '' : cell,
        ),
      )
      .map((cells) => cells.join(','));
    expect(download?.content).toBe(`${[header, ...expected].join('\n')}\n`);
  });

  it('is written in pieces of whole lines that join to the same file', () => {
    const pieces = [...(download?.chunks() ?? [])];
    expect(pieces.join('')).toBe(download?.content);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  });
});

describe('the size of a download on the downloads page', () => {
  it.each([
    ['en', 0, '0 byte'],
    ['en', 999, '999 byte'],
    ['en', 1000, '1 kB'],
    ['en', 48_213, '48.2 kB'],
    ['en', 4_821_300, '4.82 MB'],
    ['en', 187_000_000, '187 MB'],
    ['en', 2_400_000_000, '2.4 GB'],
    ['zh', 4_821_300, '4.82 MB'],
  ] as const)('in %s, %i bytes read as "%s"', (locale, bytes, text) => {
    expect(formatSize(locale, bytes)).toBe(text);
  });
});
