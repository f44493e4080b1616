import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHIM = pathToFileURL(join(import.meta.dirname, '../../scripts/lib/sync-digest.ts')).href;

/** Digests computed by crypto.subtle in a process started as the page build starts Astro. */
function digestsInBuildProcess(): Record<string, string> {
  const script = `
    const bytes = new TextEncoder().encode('prefix' + 'ក្នុងបញ្ជី 中文 ' + 'x'.repeat(1 << 20));
    const inputs = {
      empty: new Uint8Array(0),
      text: new TextEncoder().encode('ក្នុងបញ្ជី 中文 '),
      view: bytes.subarray(6, 6 + 24),
      buffer: bytes.buffer,
      dataView: new DataView(bytes.buffer, 6, 1 << 10),
    };
    const out = {};
    for (const algorithm of ['SHA-256', 'sha-384', { name: 'SHA-512' }, 'SHA-1']) {
      for (const [key, data] of Object.entries(inputs)) {
        const promise = crypto.subtle.digest(algorithm, data);
        if (typeof promise.then !== 'function') throw new Error('not a promise');
        const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
        out[name.toUpperCase() + ' ' + key] = Buffer.from(await promise).toString('base64');
      }
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--import', SHIM, '--input-type=module', '--eval', script],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe('SHA digests answered from node:crypto in the page build', () => {
  it('gives the bytes WebCrypto gives, for every input WebCrypto accepts', () => {
    const bytes = Buffer.from('prefix' + 'ក្នុងបញ្ជី 中文 ' + 'x'.repeat(1 << 20));
    const inputs: Record<string, Buffer> = {
      empty: Buffer.alloc(0),
      text: Buffer.from('ក្នុងបញ្ជី 中文 '),
      view: bytes.subarray(6, 6 + 24),
      buffer: bytes,
      dataView: bytes.subarray(6, 6 + (1 << 10)),
    };
    const expected: Record<string, string> = {};
    for (const [algorithm, hash] of [
      ['SHA-256', 'sha256'],
      ['SHA-384', 'sha384'],
      ['SHA-512', 'sha512'],
      ['SHA-1', 'sha1'],
    ] as const) {
      for (const [key, data] of Object.entries(inputs)) {
        expected[`${algorithm} ${key}`] = createHash(hash).update(data).digest('base64');
      }
    }
    expect(digestsInBuildProcess()).toEqual(expected);
    // The empty stylesheet's hash, as it appears in every page's policy.
    expect(expected['SHA-256 empty']).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
