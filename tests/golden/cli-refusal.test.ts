import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The scorer on folders a careless or hostile publisher could hand it: links, stray and misnamed
 * files, files too large to read, a pipe, names and cells made to forge log lines. Each run must
 * print located problems, exit 1 and leave --out uncreated.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(import.meta.dirname, 'small/data');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'cli-refusal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A copy of the small fixture, changed by `edit`. */
function dataset(edit: (dir: string) => void): string {
  folders += 1;
  const dir = join(work, `data-${folders}`);
  cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}

let outs = 0;
/** The scorer as `npm run score` runs it (`viaNpm`), or its script directly (quicker). */
function score(dir: string, env: Record<string, string> = {}, viaNpm = false) {
  outs += 1;
  const out = join(work, `out-${outs}`);
  const args = ['--data', dir, '--out', out];
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '--silent', 'score', '--', ...args]]
    : [TSX, [join(ROOT, 'scripts/score.ts'), ...args]];
  const run = spawnSync(command, commandArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-03-15', ...env },
    timeout: 60_000,
  });
  return { ...run, outExists: existsSync(out) };
}

/** Every line of the log is a located problem or the closing summary. */
function expectLocatedLog(stderr: string, dir: string): void {
  const lines = stderr.trimEnd().split('\n');
  for (const line of lines.slice(0, -1)) {
    expect(line.startsWith(`${dir}/`), line).toBe(true);
    expect(line).toMatch(/:\d+: [^:]*: /);
  }
  expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in .*: nothing was written\.$/);
}

describe('the scorer refuses a folder it must not read', () => {
  it.each<[string, (dir: string) => void, string[]]>([
    [
      'a symbolic link to a file, whose content never reaches the log',
      (dir) => {
        const secret = join(work, 'secret.csv');
        writeFileSync(secret, 'SECRET-FIRST-LINE,x\n1,2\n');
        rmSync(join(dir, 'strikes.csv'));
        symlinkSync(secret, join(dir, 'strikes.csv'));
      },
      [
        'strikes.csv:1: (file): is a symbolic link: expected a regular file or folder (links are never followed or read)',
      ],
    ],
    [
      'a symbolic link to a folder of assessments',
      (dir) => {
        const real = join(work, `assessments-${folders}`);
        renameSync(join(dir, 'assessments'), real);
        symlinkSync(real, join(dir, 'assessments'));
      },
      [
        'assessments:1: (file): is a symbolic link: expected a regular file or folder (links are never followed or read)',
      ],
    ],
    [
      'an assessment file with an upper-case extension',
      (dir) => renameSync(join(dir, 'assessments/2021.csv'), join(dir, 'assessments/2021.CSV')),
      [
        'assessments/2021.CSV:1: (file): data file that the build does not read: expected the name spelt assessments/2021.csv (lower-case .csv)',
      ],
    ],
    [
      'a nested assessments folder and a stray workbook',
      (dir) => {
        mkdirSync(join(dir, 'assessments/archive'));
        writeFileSync(join(dir, 'assessments/archive/2018.csv'), 'factory_id\n');
        writeFileSync(join(dir, 'factories-2020.xlsx'), 'PK');
      },
      [
        'assessments/archive:1: (file): folder inside assessments/ is not read: expected only assessments/<cycle>.csv files',
        'assessments/archive/2018.csv:1: (file): data file that the build does not read: files in subfolders of assessments/ are not read; expected assessments/<cycle>.csv',
        'factories-2020.xlsx:1: (file): data file that the build does not read: the build reads only dataset.json, requirements.csv, cycles.csv, factories.csv, strikes.csv, responses.csv, corrections.csv, provinces.csv and assessments/<cycle>.csv; expected this file moved out of the data folder or removed',
      ],
    ],
    [
      'a file beyond the size limit (sparse: its size is checked, its bytes never read)',
      (dir) => truncateSync(join(dir, 'responses.csv'), 300 * 1024 * 1024),
      [
        'responses.csv:1: (file): file is 314,572,800 bytes: expected at most 268,435,456 bytes (256 MiB); it was not read',
      ],
    ],
    [
      'a named pipe where a file should be (reading it would hang)',
      (dir) => {
        rmSync(join(dir, 'strikes.csv'));
        expect(spawnSync('mkfifo', [join(dir, 'strikes.csv')]).status).toBe(0);
      },
      [
        'strikes.csv:1: (file): is not a regular file or folder (a device, pipe or socket): expected a file',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    const dir = dataset(edit);
    const run = score(dir);
    expect(run.status, run.stderr).toBe(1);
    expect(run.outExists).toBe(false);
    expect(run.stderr).not.toContain('SECRET-FIRST-LINE');
    for (const line of expected) expect(run.stderr).toContain(`${dir}/${line}\n`);
    expectLocatedLog(run.stderr, dir);
  });

  it('documentation beside the data is fine', () => {
    const dir = dataset((d) => {
      writeFileSync(join(d, 'README.md'), '# Our data\n');
      writeFileSync(join(d, 'LICENSE'), 'CC-BY-4.0\n');
      writeFileSync(join(d, 'assessments/NOTES.txt'), 'notes\n');
    });
    const run = score(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.outExists).toBe(true);
  });
});

describe('the log cannot be forged from the data', () => {
  it('escapes control characters in file names, headers and cells', () => {
    const dir = dataset((d) => {
      writeFileSync(join(d, 'x\nfactories.csv:1: name: forged.csv'), 'a\n');
      writeFileSync(
        join(d, 'strikes.csv'),
        'strike_id,factory_id,union,start_date,legal,"evil\u001b[2K\rcolumn"\nS1,KH-001,"Union\nfactories.csv:9: forged",2020-05-01,no,x\n',
      );
    });
    const run = score(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir}/x\\u000afactories.csv:1: name: forged.csv:1: (file):`);
    expect(run.stderr).toContain('evil\\u001b[2K\\u000acolumn');
    expect(run.stderr).not.toMatch(/^factories\.csv:/m);
    expectLocatedLog(run.stderr, dir);
  });
});

describe('ids that are one once case and hyphens are set aside', () => {
  /** The fixture with KH-002 renamed kh001 everywhere: the same id as KH-001 but for case and hyphen. */
  const colliding = () =>
    dataset((dir) => {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((name) => name.endsWith('.csv'))) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('KH-002,', 'kh001,'));
      }
    });

  it('stop the site build, naming both rows, and leave the site unwritten', () => {
    const dir = colliding();
    const dist = join(work, 'dist-colliding');
    const run = spawnSync(TSX, [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        BUILD_DATE: '2026-03-15',
        DATA_DIR: dir,
        DIST_DIR: dist,
        PORTAL_GENERATED_DIR: join(work, 'generated-colliding'),
        ASTRO_CACHE_DIR: join(work, 'cache-colliding'),
      },
      timeout: 300_000,
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'factories.csv')}:3: factory_id: "kh001" is the same id as "KH-001" on line 2 once case and hyphens are ignored`,
    );
    expect(existsSync(dist)).toBe(false);
  }, 300_000);
});

describe('the build date bounds the dates', () => {
  const future = (d: string) =>
    writeFileSync(
      join(d, 'responses.csv'),
      'factory_id,date,requirement_id,language,text\nKH-001,2027-01-10,,en,A statement dated ahead\n',
    );

  it('BUILD_DATE pins it: the same data passes or fails by the day of the build', () => {
    const dir = dataset(future);
    expect(score(dir, { BUILD_DATE: '2026-03-15' }).status).toBe(0);
    const early = score(dir, { BUILD_DATE: '2025-06-01' });
    expect(early.status).toBe(1);
    expect(early.stderr).toContain(
      `${dir}/responses.csv:2: date: expected a date on or before 2026-06-01 (one year after the build date), found 2027-01-10\n`,
    );
    expect(early.outExists).toBe(false);
  });

  it('SOURCE_DATE_EPOCH sets it when BUILD_DATE is not given', () => {
    const dir = dataset(future);
    const early = score(dir, {
      BUILD_DATE: '',
      SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 1) / 1000),
    });
    expect(early.stderr).toContain('expected a date on or before 2026-06-01');
  });

  it('an unusable BUILD_DATE stops the scorer with a message', () => {
    const run = score(FIXTURE, { BUILD_DATE: '15/03/2026' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'score: BUILD_DATE: expected a date as YYYY-MM-DD, found "15/03/2026"\n',
    );
    expect(run.outExists).toBe(false);
  });
});

describe('property: generated folders end in output or in located errors and no output', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('KH-001', 'C', 'NC', '2020-03-01', 'open', '\u202E', '\u001b[31m', ''),
  );
  const csv = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 })
    .map((rows) => Papa.unparse(rows, { newline: '\n' }));
  const folder = fc.record({
    file: fc.constantFrom(
      'factories.csv',
      'cycles.csv',
      'strikes.csv',
      'assessments/2020.csv',
      'dataset.json',
      'requirements.csv',
    ),
    content: fc.oneof(
      csv,
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    ),
  });

  it.each(fc.sample(folder, { numRuns: 4, seed: 20_140_301 }).map((f, i) => [i, f] as const))(
    'generated folder %i',
    (_i, { file, content }) => {
      const dir = dataset((d) => writeFileSync(join(d, file), content));
      const run = score(dir, {}, true);
      expect(run.signal).toBeNull();
      expect([0, 1]).toContain(run.status);
      if (run.status === 1) {
        expect(run.outExists).toBe(false);
        expectLocatedLog(run.stderr, dir);
      } else {
        expect(run.outExists).toBe(true);
      }
    },
  );
});
