import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLeakScanner } from '../../scripts/lib/finish-site';
import { buildPublicSite } from '../../src/lib/public-site';
import { formatLeak, LeakScanner } from '../../scripts/lib/leak-scan';
import { listFiles, sha256File } from '../../scripts/lib/manifest';
import { scanSite } from '../../scripts/lib/site-scan';
import { loadDataset } from '../../src/lib/load-dataset';
import { scoreDataset } from '../../src/lib/score';
import { isDistinctive } from '../../src/lib/distinctive-strings';
import { encodedForms, withheldStrings, type WithheldString } from '../../src/lib/withheld-strings';
import { assessmentCsv, makeFiles, problemLines } from '../helpers/dataset';

/**
 * F1 and F2 are published; F3 (one assessment) never is. F2's former name is F3's name: a
 * published record that legitimately contains a withheld string.
 */
const FILES = {
  'factories.csv': [
    'factory_id,name,name_km,name_zh,aliases,address,status,closed_on,prior_assessments',
    'F1,Alpha Demo Garment,,,,,open,,1',
    'F2,Beta Demo Knit,,,Secret Demo Wear,,open,,1',
    'F3-HIDDEN,Secret Demo Wear,រោងចក្រសម្ងាត់,秘密示范,Hidden Demo Bags; Bags,"No. 12, Street 271, Phnom Penh",open,,0',
    '',
  ].join('\n'),
  'assessments/2021.csv': assessmentCsv([
    ['F1', '2021-03-01', 'C', 'C', 'C'],
    ['F2', '2021-04-01', 'C', 'C', 'C'],
    ['F3-HIDDEN', '2021-05-01', 'NC', 'C', 'C'],
  ]),
  'strikes.csv': [
    'strike_id,factory_id,union,federation,start_date,legal,summary',
    'S-F3-HIDDEN-1,F3-HIDDEN,Demo Union Local,Hidden Federation,2021-06-01,no,Walk-out over unpaid wages at the hidden factory',
    '',
  ].join('\n'),
  'responses.csv': [
    'factory_id,date,requirement_id,language,text',
    'F3-HIDDEN,2021-07-01,CI01,en,"We fixed the exits & hired a ""safety officer"""',
    '',
  ].join('\n'),
};

const { dataset, problems } = loadDataset(makeFiles(FILES));
if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
const scores = scoreDataset(dataset);
const withheld = withheldStrings(dataset, scores);
const data = { dataset, scores, files: new Map<string, string>() };

const work = mkdtempSync(join(tmpdir(), 'leak-scan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let sites = 0;

/** A built site of the given files; every one gets a clean page beside it. */
function site(files: Record<string, string | Uint8Array>): string {
  const root = join(work, `site-${(sites += 1)}`);
  const all = { 'index.html': '<h1>Alpha Demo Garment</h1><p>Beta Demo Knit</p>', ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const scan = async (files: Record<string, string | Uint8Array>) =>
  (await makeLeakScanner(data).scanFolder(site(files))).map((leak) => formatLeak(leak));

describe('what is withheld', () => {
  it('lists the never-published factory, its strike and its response', () => {
    expect(withheld.map((s) => [s.kind, s.text])).toEqual([
      ['id', 'F3-HIDDEN'],
      ['name', 'Secret Demo Wear'],
      ['name', 'រោងចក្រសម្ងាត់'],
      ['name', '秘密示范'],
      ['name', 'Hidden Demo Bags'],
      ['text', 'No. 12, Street 271, Phnom Penh'],
      ['id', 'S-F3-HIDDEN-1'],
      ['name', 'Hidden Federation'],
      ['text', 'Walk-out over unpaid wages at the hidden factory'],
      ['text', 'We fixed the exits & hired a "safety officer"'],
    ]);
  });

  it.each([
    ['an id of any length', 'F3', 'id', true],
    ['a name of 6 characters', 'Lotus1', 'name', true],
    ['a name of 5 characters', 'Bags ', 'name', false],
    ['a name of 3 Han characters', '莲花制', 'name', true],
    ['a name of 2 Han characters', '莲花', 'name', false],
    ['a text of 20 characters', 'a'.repeat(20), 'text', true],
    [
      'a text of 19 characters, spaces folded',
      `${'a'.repeat(10)}   ${'b'.repeat(8)}`,
      'text',
      false,
    ],
  ] as const)('searches %s: %s', (_what, text, kind, searched) => {
    expect(isDistinctive(text, kind)).toBe(searched);
  });

  it('searches a string in the forms files hold it in', () => {
    expect(encodedForms('Tom & "Jerry\'s"')).toEqual(
      expect.arrayContaining([
        'Tom & "Jerry\'s"',
        'Tom &amp; &quot;Jerry&#39;s&quot;',
        'Tom &amp; &quot;Jerry&#x27;s&quot;',
        'Tom &amp; &quot;Jerry&apos;s&quot;',
        'Tom & \\"Jerry\'s\\"',
        'Tom &amp; \\&quot;Jerry&#39;s\\&quot;',
        'Tom & ""Jerry\'s""',
        "Tom%20%26%20%22Jerry's%22",
        "Tom+%26+%22Jerry's%22",
      ]),
    );
  });
});

describe('the scan of the built site', () => {
  it('passes a site that holds only published records', async () => {
    expect(await scan({ 'api/factories.json': '{"id":"F1","name":"Alpha Demo Garment"}' })).toEqual(
      [],
    );
  });

  it("does not search a withheld name that a published factory's former name also is", async () => {
    const scanner = makeLeakScanner(data);
    expect(scanner.dropped.map((s) => s.text)).toEqual(['Secret Demo Wear']);
    expect(await scan({ 'factories/F2/index.html': '<dd>Secret Demo Wear</dd>' })).toEqual([]);
  });

  it('does not search an id of digits alone that the catalogue holds as a number (a year)', () => {
    const { dataset: numbered, problems: found } = loadDataset(
      makeFiles({
        'factories.csv': FILES['factories.csv'].replace('F3-HIDDEN', '1997'),
        'assessments/2021.csv': FILES['assessments/2021.csv'].replace('F3-HIDDEN', '1997'),
      }),
    );
    if (numbered === undefined) throw new Error(problemLines(found).join('\n'));
    const numberedScores = scoreDataset(numbered);
    const published = buildPublicSite(numbered, numberedScores);
    const requirements = published.requirements.map((r, i) =>
      i === 0 ? { ...r, legalRef: 'Labour Law 1997, Art. 177' } : r,
    );
    const scanner = makeLeakScanner(
      { dataset: numbered, scores: numberedScores },
      { ...published, requirements },
    );
    expect(scanner.dropped.map((s) => s.text)).toContain('1997');
    // Its name is still searched for.
    expect(scanner.withheld.map((s) => s.text)).toContain('រោងចក្រសម្ងាត់');
  });

  it("searches a withheld name that only the catalogue or the dataset's description holds", async () => {
    const published = buildPublicSite(dataset, scores);
    const cycles = published.cycles.map((cycle) => ({
      ...cycle,
      label: 'Hidden Demo Bags season',
    }));
    const scanner = makeLeakScanner(data, { ...published, cycles });
    expect(scanner.dropped.map((s) => s.text)).toEqual(['Secret Demo Wear']);
    const leaks = await scanner.scanFolder(
      site({ 'cycles/index.html': '<h2>Hidden Demo Bags season</h2>' }),
    );
    expect(leaks.map((leak) => formatLeak(leak)).join('\n')).toContain(
      'alias of never-published factory F3-HIDDEN',
    );
  });

  it.each([
    [
      'an id in a page',
      'factories/F1/index.html',
      '<a href="/x/">F3-HIDDEN</a>',
      'id of never-published factory F3-HIDDEN "F3-HIDDEN"',
    ],
    [
      'an id in lower case',
      'search-index.json',
      '["f3-hidden"]',
      'id of never-published factory F3-HIDDEN',
    ],
    [
      'an id URL-encoded in a link',
      'index.html',
      '<a href="/s/?q=x%2FF3-HIDDEN">',
      'id of never-published factory F3-HIDDEN',
    ],
    [
      'a Khmer name in an SVG',
      'charts/x.svg',
      '<text>រោងចក្រសម្ងាត់</text>',
      'Khmer name of never-published factory F3-HIDDEN',
    ],
    [
      'a Chinese name inside a longer word',
      'zh/index.html',
      '<p>秘密示范制衣厂</p>',
      'Chinese name of never-published factory F3-HIDDEN',
    ],
    [
      'an alias in a CSV',
      'downloads/factories.csv',
      'id,name\nF9,"Hidden Demo Bags, Ltd"\n',
      'alias of never-published factory F3-HIDDEN',
    ],
    [
      'an address in JSON',
      'api/x.json',
      '{"a":"No. 12, Street 271, Phnom Penh"}',
      'address of never-published factory F3-HIDDEN',
    ],
    [
      'a withheld strike id',
      'downloads/strikes.csv',
      'S-F3-HIDDEN-1,2021\n',
      'strike_id of withheld strike strikes.csv:2',
    ],
    [
      'a withheld federation',
      'strikes/index.html',
      '<td>Hidden Federation</td>',
      'federation of withheld strike strikes.csv:2',
    ],
    [
      'a withheld summary',
      'feed.xml',
      '<summary>Walk-out over unpaid wages at the hidden factory</summary>',
      'summary of withheld strike strikes.csv:2',
    ],
    [
      'a withheld response HTML-escaped',
      'factories/F1/index.html',
      '<p>We fixed the exits &amp; hired a &quot;safety officer&quot;</p>',
      'text of withheld response responses.csv:2',
    ],
    [
      'a withheld response JSON-escaped in an island prop',
      'check/index.html',
      '<astro-island props="{&quot;t&quot;:&quot;We fixed the exits &amp; hired a \\&quot;safety officer\\&quot;&quot;}">',
      'text of withheld response responses.csv:2',
    ],
    [
      'a withheld response in CSV quoting',
      'downloads/responses.csv',
      '"We fixed the exits & hired a ""safety officer"""\n',
      'text of withheld response responses.csv:2',
    ],
    [
      'a name in a gzip file',
      'factories/F1/index.html.gz',
      gzipSync('<p>Hidden Demo Bags</p>'),
      'alias of never-published factory F3-HIDDEN',
    ],
  ])(
    'fails on %s, naming the file, the line and the string',
    async (_what, file, content, what) => {
      const lines = await scan({ [file]: content });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+: the withheld `));
      expect(lines[0]).toContain(what);
    },
  );

  it('names the line of the hit', async () => {
    expect(await scan({ 'a/index.html': 'line 1\nline 2\n<p>F3-HIDDEN</p>\n' })).toEqual([
      'a/index.html:3: the withheld id of never-published factory F3-HIDDEN "F3-HIDDEN" is in the built site',
    ]);
  });

  it.each([
    ['gzip', '.gz', gzipSync],
    [
      'Brotli',
      '.br',
      (text: string) =>
        brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
    ],
  ])(
    'reads a %s file decompressed in chunks, and names the lines of hits far into it',
    async (_, ext, compress) => {
      // Some 3 MB of text, many times the chunks it is decompressed in, with hits on the first
      // line, a megabyte in and on the last line.
      const rows = Array.from(
        { length: 60_000 },
        (_, i) => `F1,row ${i},C,C,C,padding to fill the chunk`,
      );
      rows[0] = 'F3-HIDDEN,first';
      let length = 0;
      const across = rows.findIndex((row) => (length += row.length + 1) > 1 << 20);
      rows[across] = `${'x'.repeat(rows[across]!.length - 5)},F3-HIDDEN`;
      rows.push('Hidden Demo Bags');
      const file = `downloads/findings.csv${ext}`;
      expect(await scan({ [file]: compress(rows.join('\n')) })).toEqual([
        `${file}:1: the withheld id of never-published factory F3-HIDDEN "F3-HIDDEN" is in the built site`,
        `${file}:${across + 1}: the withheld id of never-published factory F3-HIDDEN "F3-HIDDEN" is in the built site`,
        `${file}:${rows.length}: the withheld alias of never-published factory F3-HIDDEN "Hidden Demo Bags" is in the built site`,
      ]);
    },
  );

  it('stops on a compressed file it cannot read, naming it', async () => {
    await expect(scan({ 'downloads/scores.csv.gz': 'not gzip at all' })).rejects.toThrow(
      /downloads\/scores\.csv\.gz: cannot be read as gzip: /,
    );
  });

  it('fails on a page whose path holds a withheld id', async () => {
    expect(await scan({ 'factories/F3-HIDDEN/index.html': '<h1>x</h1>' })).toEqual([
      'factories/F3-HIDDEN/index.html: the file\'s path holds the withheld id of never-published factory F3-HIDDEN "F3-HIDDEN"',
    ]);
  });

  it('reports every leak at once', async () => {
    expect(
      await scan({
        'a.html': 'F3-HIDDEN',
        'b.json': '"Hidden Federation"',
        'c.csv': 'Hidden Demo Bags',
      }),
    ).toHaveLength(3);
  });

  it('drops a withheld string only when one legitimate text holds it, not two side by side', () => {
    const withheld: WithheldString[] = [
      { text: 'Quiet Demo Knit', kind: 'name', what: 'name of never-published factory F9' },
      { text: 'Hidden Demo Wear', kind: 'name', what: 'name of never-published factory F8' },
    ];
    const legitimate = ['Quiet Demo', 'Knit', ...Array.from({ length: 20_000 }, (_, i) => `t${i}`)];
    const scanner = new LeakScanner(withheld, [...legitimate, 'Old Hidden Demo Wear Co.']);
    expect(scanner.dropped.map((s) => s.text)).toEqual(['Hidden Demo Wear']);
    expect(scanner.withheld.map((s) => s.text)).toEqual(['Quiet Demo Knit']);
  });

  it('does not search short strings in bundled code, where minified code holds short tokens', async () => {
    const short: WithheldString[] = [
      { text: 'F3', kind: 'id', what: 'id of never-published factory F3' },
    ];
    const scanner = new LeakScanner(short, []);
    const root = site({
      '_astro/client.js': 'const keys={114:`F3`};',
      'page/index.html': '<p>F3</p>',
    });
    expect((await scanner.scanFolder(root)).map((leak) => leak.file)).toEqual(['page/index.html']);
  });

  it('skips fonts and images, which no data reaches', async () => {
    expect(await scan({ '_astro/font.woff2': 'F3-HIDDEN', 'favicon.png': 'F3-HIDDEN' })).toEqual(
      [],
    );
  });

  it('writes the string JSON-quoted, so no data reaches the log raw', async () => {
    const evil: WithheldString[] = [
      {
        text: 'Evil\u001b[31m Demo\nfake.csv:1: x',
        kind: 'name',
        what: 'name of never-published factory E',
      },
    ];
    const root = site({ 'x.html': 'Evil\u001b[31m Demo\nfake.csv:1: x' });
    const [line] = (await new LeakScanner(evil, []).scanFolder(root)).map((leak) =>
      formatLeak(leak),
    );
    expect(line).toBe(
      'x.html:1: the withheld name of never-published factory E "Evil\\u001b[31m Demo\\nfake.csv:1: x" is in the built site',
    );
  });
});

describe('scanSite: the scan shared between threads', () => {
  it('finds what one thread finds, in the same order, and hashes every file as stored', async () => {
    const pages: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 12; i += 1) {
      pages[`factories/F${i}/index.html`] =
        i % 5 === 0
          ? `<p>Secret Demo Wear</p>\n<p>F3-HIDDEN ${i}</p>`
          : `<p>Alpha Demo Garment ${i}</p>`;
    }
    pages['downloads/findings.csv.gz'] = gzipSync('factory_id\nF3-HIDDEN\n');
    pages['_astro/font.woff2'] = new Uint8Array([0, 1, 2, 3, 255]);
    const root = site(pages);
    const alone = (await makeLeakScanner(data).scanFolder(root)).map((leak) => formatLeak(leak));
    const shared = await scanSite(root, [...makeLeakScanner(data).withheld], 2);
    expect(alone.map((line) => line.split(':')[0])).toEqual([
      'downloads/findings.csv.gz',
      'factories/F0/index.html',
      'factories/F10/index.html',
      'factories/F5/index.html',
    ]);
    expect(shared.leaks.map((leak) => formatLeak(leak))).toEqual(alone);
    const files = listFiles(root);
    expect([...shared.digests.keys()].sort()).toEqual(files);
    for (const file of files) {
      expect(shared.digests.get(file)).toEqual(sha256File(join(root, file)));
    }
  });
});
