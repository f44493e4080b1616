import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The build's integrity as a publisher meets it on the command line: the manifest, verify,
 * the scan of the built site stopping the build, the check against the previous publication
 * and the preview port. One fixture site (the contract's small fixture with a correction) is
 * built once and reused.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'integrity-'));
const data = join(work, 'data');
const dist = join(work, 'dist');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(TSX, [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ...env,
    },
  });
}

const build = (target: string, env: Record<string, string> = {}, args: string[] = []) =>
  run('scripts/build.ts', args, { DATA_DIR: data, DIST_DIR: target, ...env });

let built: ReturnType<typeof build>;

beforeAll(() => {
  cpSync(join(ROOT, 'tests/golden/small/data'), data, { recursive: true });
  writeFileSync(
    join(data, 'corrections.csv'),
    'factory_id,cycle,date,reason\nKH-003,2021,2023-05-02,Exit door findings were entered in the wrong column\n',
  );
  built = build(dist, {}, ['--precompress']);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifest = () =>
  JSON.parse(readFileSync(join(dist, 'downloads/manifest.json'), 'utf8')) as {
    program: { name: string; version: string };
    rules: Record<string, unknown>;
    build: { siteUrl: string };
    inputs: Array<{ file: string; sha256: string; bytes: number; rows: number | null }>;
    files: Array<{ path: string; sha256: string; bytes: number }>;
  };

describe('the manifest', () => {
  it('is written by the build', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(join(dist, 'downloads/manifest.json'))).toBe(true);
  });

  it('lists every input file with its SHA-256 and row count', () => {
    const inputs = manifest().inputs;
    expect(inputs.map((i) => [i.file, i.rows])).toEqual([
      ['assessments/2019.csv', 9],
      ['assessments/2020.csv', 8],
      ['assessments/2021.csv', 9],
      ['assessments/2022.csv', 10],
      ['corrections.csv', 1],
      ['cycles.csv', 4],
      ['dataset.json', null],
      ['factories.csv', 12],
      ['requirements.csv', 27],
      ['responses.csv', 2],
      ['strikes.csv', 2],
    ]);
    const factories = inputs.find((i) => i.file === 'factories.csv');
    const bytes = readFileSync(join(data, 'factories.csv'));
    expect(factories?.bytes).toBe(bytes.length);
    expect(factories?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the rule constants and the program version', () => {
    expect(manifest().rules).toEqual({
      ciMinAssessments: 2,
      lcMinAssessments: 3,
      lcMaxAgeDays: 365,
      sdMultiplier: '2',
    });
    expect(manifest().program).toEqual({ name: 'compliance-portal', version: '0.1.0' });
  });

  it('hashes every other file of the site, and no compressed copy', () => {
    const paths = manifest().files.map((f) => f.path);
    expect(paths).toContain('downloads/scores.csv');
    expect(paths).toContain('_headers');
    expect(paths).toContain('corrections/index.html');
    expect(paths).not.toContain('downloads/manifest.json');
    expect(paths.filter((p) => /\.(gz|br)$/.test(p))).toEqual([]);
    expect([...paths].sort()).toEqual(paths);
  });

  it('has a gzip and a Brotli copy beside each text file', () => {
    const page = readFileSync(join(dist, 'strikes/index.html'));
    expect(gunzipSync(readFileSync(join(dist, 'strikes/index.html.gz'))).equals(page)).toBe(true);
    expect(existsSync(join(dist, 'strikes/index.html.br'))).toBe(true);
  });

  it('the host headers carry the policy, nosniff and no referrer', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; img-src 'self' blob:; worker-src 'self'; script-src 'self' 'sha256-/,
    );
    // Style attributes only (a chart's box): style elements stay bound to their hashes.
    expect(headers).toMatch(/; style-src 'self' 'sha256-[^;]*; style-src-attr 'unsafe-inline';/);
    expect(headers).not.toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
  });
});

describe('npm run verify', () => {
  it('passes on a fresh build', () => {
    const verify = run('scripts/verify.ts', ['--data', data, '--site', dist]);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^Verified: every one of the \d+ files of /);
  }, 300_000);

  it('fails naming the file when one byte of a built page is changed', () => {
    const copy = join(work, 'changed');
    cpSync(dist, copy, { recursive: true });
    const page = join(copy, 'factories/KH-003/index.html');
    const bytes = readFileSync(page);
    bytes[bytes.indexOf('Golden Thread') + 3] = 0x44;
    writeFileSync(page, bytes);
    rmSync(join(copy, 'strikes/index.html'));
    appendFileSync(join(copy, 'downloads/extra.csv'), 'x\n');
    // Compressed copies as a host's own compression might leave them: one faithful, one of
    // something else, one that is not Brotli at all.
    const scores = readFileSync(join(copy, 'downloads/scores.csv'));
    writeFileSync(join(copy, 'downloads/scores.csv.gz'), gzipSync(scores));
    writeFileSync(join(copy, 'downloads/findings.csv.gz'), gzipSync(scores));
    writeFileSync(join(copy, 'downloads/factories.csv.br'), 'not Brotli');
    const verify = run('scripts/verify.ts', ['--data', data, '--site', copy]);
    expect(verify.status).toBe(1);
    expect(verify.stdout.split('\n')).toEqual([
      'downloads/extra.csv: not produced by the data and the rules',
      'downloads/factories.csv.br: does not decompress',
      'downloads/findings.csv.gz: decompresses to something other than downloads/findings.csv',
      'factories/KH-003/index.html: differs from what the data and the rules produce',
      'strikes/index.html: missing from the published site',
      `5 of the site's files are not what ${data} and the rules produce.`,
      '',
    ]);
  }, 300_000);

  it('refuses bad arguments with usage', () => {
    const verify = run('scripts/verify.ts', ['--data', data]);
    expect(verify.status).toBe(2);
    expect(verify.stderr).toContain('usage: npm run verify -- --data DIR --site DIR');
  });
});

describe('a union named after a never-published factory', () => {
  it('stops the build at its row, and leaves dist/ as it was', () => {
    const named = join(work, 'union-data');
    cpSync(data, named, { recursive: true });
    const strikes = readFileSync(join(named, 'strikes.csv'), 'utf8').trimEnd();
    writeFileSync(
      join(named, 'strikes.csv'),
      `${strikes}\nS-KH006-1,KH-006,Harbor Demo Bags Workers Union,,2022-05-02,2022-05-03,,no,,\n`,
    );
    const before = readFileSync(join(dist, 'index.html'));
    const refused = build(dist, { DATA_DIR: named });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /strikes\.csv:\d+: union: the union's name gives the name of factory "KH-006", which has never been published/,
    );
    expect(refused.stderr).toContain('nothing was built');
    expect(readFileSync(join(dist, 'index.html')).equals(before)).toBe(true);
  }, 300_000);
});

describe('the scan of the built site is part of the build', () => {
  it('a withheld id in the output stops the build and leaves dist/ as it was', () => {
    // A careless site address that names the never-published KH-006 reaches the feed's links.
    const before = readFileSync(join(dist, 'index.html'));
    const leaky = build(dist, { SITE_URL: 'https://kh-006.example.org' });
    expect(leaky.status).toBe(1);
    expect(leaky.stderr).toContain(
      'feed.xml:5: the withheld id of never-published factory KH-006 "KH-006" is in the built site',
    );
    expect(leaky.stderr).toContain(
      'The built site contains what the disclosure rules withhold: dist/ was left as it was.',
    );
    expect(readFileSync(join(dist, 'index.html')).equals(before)).toBe(true);
    expect(existsSync(join(dist, 'downloads/manifest.json'))).toBe(true);
  }, 300_000);
});

describe('the previous publication', () => {
  const previous = join(dist, 'downloads');
  const score = (dir: string, extra: string[] = []) =>
    run('scripts/score.ts', [
      '--data',
      dir,
      '--out',
      join(work, 'out'),
      '--previous',
      previous,
      ...extra,
    ]);
  const changed = (name: string, edit: (dir: string) => void) => {
    const dir = join(work, name);
    cpSync(data, dir, { recursive: true });
    edit(dir);
    return dir;
  };
  const editFile = (dir: string, file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  // KH-003's 2021 assessment, CI13 compliant: made non-compliant.
  const changeKh003 = (dir: string) =>
    editFile(
      dir,
      'assessments/2021.csv',
      'KH-003,2021-02-22,C,C,C,C,C,C,C,C,C,C,C,NC,C,',
      'KH-003,2021-02-22,C,C,C,C,C,C,C,C,C,C,C,NC,NC,',
    );

  it('the same data passes', () => {
    const same = score(data);
    expect(same.status, same.stderr).toBe(0);
  });

  it('a changed published finding without a correction stops the scorer and the build', () => {
    const dir = changed('changed-finding', changeKh003);
    const scored = score(dir);
    expect(scored.status).toBe(1);
    expect(scored.stderr).toMatch(
      /assessments\/2021\.csv:\d+: ci_noncompliant: the published findings of factory "KH-003" in cycle "2021" changed since the previous publication \(ci_noncompliant "[^"]*" → "[^"]*CI13[^"]*"/,
    );
    const rebuilt = run('scripts/build.ts', [], {
      DATA_DIR: dir,
      DIST_DIR: join(work, 'never'),
      PREVIOUS_DIR: previous,
    });
    expect(rebuilt.status).toBe(1);
    expect(rebuilt.stderr).toContain('changed since the previous publication');
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  it('a new correction row lets the change through', () => {
    const dir = changed('corrected-finding', (d) => {
      changeKh003(d);
      appendFileSync(
        join(d, 'corrections.csv'),
        'KH-003,2021,2023-06-01,CI13 was found non-compliant on review\n',
      );
    });
    const scored = score(dir);
    expect(scored.status, scored.stderr).toBe(0);
  });

  it('a published correction row removed is refused: corrections are append-only', () => {
    const dir = changed('removed-correction', (d) =>
      writeFileSync(join(d, 'corrections.csv'), 'factory_id,cycle,date,reason\n'),
    );
    const scored = score(dir);
    expect(scored.status).toBe(1);
    expect(scored.stderr).toContain(
      'corrections.csv:1: (file): the 1 corrections published before',
    );
  });

  it('a scores.csv that its manifest does not list is refused', () => {
    const other = join(work, 'other-previous');
    cpSync(previous, other, { recursive: true });
    appendFileSync(
      join(other, 'scores.csv'),
      '2022,KH-099,2,2022-01-01,true,true,,,,false,false\n',
    );
    const scored = run('scripts/score.ts', [
      '--data',
      data,
      '--out',
      join(work, 'out2'),
      '--previous',
      other,
    ]);
    expect(scored.status).toBe(1);
    expect(scored.stderr).toContain(
      `${other}/scores.csv:1: (file): is not the downloads/scores.csv`,
    );
  });
});

describe('npm run preview', () => {
  it('serves the built site on the port given', async () => {
    const server = spawn(TSX, [join(ROOT, 'scripts/preview.ts'), '--port', '48231'], {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: dist },
      stdio: 'ignore',
      detached: true,
    });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 240 && status !== 200; attempt += 1) {
        status = await fetch('http://127.0.0.1:48231/corrections/')
          .then((r) => r.status)
          .catch(() => 0);
        if (status !== 200) await new Promise((done) => setTimeout(done, 500));
      }
      expect(status).toBe(200);
    } finally {
      // The whole process group: the command and the server it started.
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    }
  }, 180_000);
});
