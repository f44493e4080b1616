import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, openPage, removeSite, ROOT, type BuiltSite } from './harness';

/**
 * The README's nginx server block, as written there, serving a site built with --precompress:
 * the headers it promises, the compressed copies, a "not found" page per language, and pages
 * that run (search and check workers included) without breaking the host's policy.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const NGINX = '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

let site: BuiltSite;
let nginx: ChildProcess;
let origin = '';
let browser: Browser;

/** The server block of the README's nginx section, made to listen here and serve `dist`. */
function serverBlock(dist: string, port: number): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README.md has no ```nginx block');
  return block
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
    .replace(/root \S+;/, `root ${dist};`);
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the encodings a browser accepts; the body as sent (not decompressed). */
function get(path: string, encodings = 'br, gzip'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      `${origin}${path}`,
      { headers: { 'accept-encoding': encodings } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', fail);
    req.end();
  });
}

async function until(ready: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error('nginx did not answer');
}

beforeAll(async () => {
  if (!existsSync(NGINX) || !existsSync(BROTLI)) {
    throw new Error(
      'nginx and its Brotli module are needed: apt-get install nginx libnginx-mod-http-brotli-static',
    );
  }
  site = buildSite(FIXTURE, { PRECOMPRESS: '1' });
  // nginx's workers run as another user when the tests run as root: the temporary folder is
  // private to its owner until opened.
  chmodSync(site.work, 0o755);
  const port = await freePort();
  const dir = join(site.work, 'nginx');
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const config = join(dir, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`;
  writeFileSync(
    config,
    [
      `load_module ${BROTLI};`,
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')};`,
      'daemon off;',
      'events {}',
      'http {',
      `access_log off;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
      serverBlock(site.dist, port),
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-c', config, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  await until(async () => (await get('/')).status === 200).catch((error: Error) => {
    const log = join(dir, 'error.log');
    throw new Error(`${error.message}: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
  });
  browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  nginx?.kill();
  removeSite(site);
}, 60_000);

const POLICY = "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

describe('the README’s nginx server block', () => {
  it.each([
    ['a page', '/', 'text/html; charset=utf-8'],
    ['a Khmer page', '/km/factories/', 'text/html; charset=utf-8'],
    ['a CSV download', '/downloads/findings.csv', 'text/csv; charset=utf-8'],
    ['an API file', '/api/factories.json', 'application/json; charset=utf-8'],
  ])('serves %s with its type, the policy and the other headers', async (_name, path, type) => {
    const reply = await get(path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-security-policy']).toBe(POLICY);
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the precompressed copy the browser accepts', async () => {
    expect((await get('/', 'br, gzip')).headers['content-encoding']).toBe('br');
    expect((await get('/', 'gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get('/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(readFileSync(join(site.dist, 'index.html'), 'utf8'));
  });

  it('caches the fingerprinted files for a year and keeps every header there', async () => {
    const script = readdirSync(join(site.dist, '_astro')).find((f) => f.endsWith('.js'));
    const reply = await get(`/_astro/${script}`);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['content-security-policy']).toBe(POLICY);
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/no-such-page/', 'en'],
    ['/km/no-such-page/', 'km'],
    ['/zh/no-such-page', 'zh-Hans'],
  ])('answers %s with the "not found" page of its language', async (path, lang) => {
    const reply = await get(path, 'identity');
    expect(reply.status).toBe(404);
    expect(reply.body.toString('utf8')).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
  });

  it('every page type runs in Chromium without a policy violation or a script error', async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const paths = [
      '/',
      '/factories/',
      '/factories/KH-003/?cycle=2020',
      '/km/factories/KH-003/',
      '/low-compliance/',
      '/cycles/',
      '/strikes/',
      '/downloads/',
      '/api/',
      '/methodology/',
      '/check/',
      '/zh/check/',
    ];
    for (const path of paths) {
      // openPage counts console errors, script errors and policy violations as errors.
      const { page, errors } = await openPage(context, `${origin}${path}`);
      if (path === '/factories/') {
        await page.locator('input[type="search"]').fill('golden thread');
        await expect.poll(() => page.locator('.island table tbody tr').count()).toBeGreaterThan(0);
      }
      problems.push(...errors.map((e) => `${path}: ${e}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
