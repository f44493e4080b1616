import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHIM = pathToFileURL(join(import.meta.dirname, '../../scripts/lib/sync-digest.ts')).href;

/** Digests computed by crypto.subtle in a process started as the page build starts Astro. */
function digestsInBuildProcess(): Record<string, unknown> {
  const script = `
    const original = Object.getPrototypeOf(crypto.subtle).digest;
    if (crypto.subtle.digest === original) throw new Error('WebCrypto digest not replaced');
    const bytes = new TextEncoder().encode('prefix' + 'ក្នុងបញ្ជី 中文 ' + 'x'.repeat(1 << 20) + '12');
    const inputs = {
      empty: new Uint8Array(0),
      text: new TextEncoder().encode('ក្នុងបញ្ជី 中文 '),
      view: bytes.subarray(6, 6 + 24),
      buffer: bytes.buffer,
      dataView: new DataView(bytes.buffer, 6, 1 << 10),
      words: new Uint32Array(bytes.buffer, 8, 16),
      doubles: new Float64Array(bytes.buffer, 16, 8),
    };
    const out = {};
    // What WebCrypto refuses, it still refuses, with its own error.
    const refusals = [];
    for (const [algorithm, data] of [
      ['SHA-256', 'text'],
      ['SHA-256', undefined],
      ['SHA-256', new SharedArrayBuffer(4)],
      [undefined, new Uint8Array(1)],
      [{ name: 7 }, new Uint8Array(1)],
      ['MD5', new Uint8Array(1)],
    ]) {
      const mine = await crypto.subtle.digest(algorithm, data).then(() => 'resolved', (e) => e.name);
      const theirs = await original.call(crypto.subtle, algorithm, data).then(() => 'resolved', (e) => e.name);
      refusals.push([mine, theirs]);
    }
    out.refusals = refusals;
    for (const algorithm of ['SHA-256', 'sha-384', { name: 'SHA-512' }, 'SHA-1']) {
      for (const [key, data] of Object.entries(inputs)) {
        const promise = crypto.subtle.digest(algorithm, data);
        if (typeof promise.then !== 'function') throw new Error('not a promise');
        const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
        out[name.toUpperCase() + ' ' + key] = Buffer.from(await promise).toString('base64');
      }
    }
    // Answered at once: settled before a timer of 0 ms fires, which the thread pool is not.
    let settled = false;
    crypto.subtle.digest('SHA-256', bytes).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    out.settledAtOnce = settled;
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--import', SHIM, '--input-type=module', '--eval', script],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('SHA digests answered from node:crypto in the page build', () => {
  it('gives the bytes WebCrypto gives, at once, and leaves to WebCrypto what it refuses', () => {
    const bytes = Buffer.from('prefix' + 'ក្នុងបញ្ជី 中文 ' + 'x'.repeat(1 << 20) + '12');
    const inputs: Record<string, Buffer> = {
      empty: Buffer.alloc(0),
      text: Buffer.from('ក្នុងបញ្ជី 中文 '),
      view: bytes.subarray(6, 6 + 24),
      buffer: bytes,
      dataView: bytes.subarray(6, 6 + (1 << 10)),
      words: bytes.subarray(8, 8 + 64),
      doubles: bytes.subarray(16, 16 + 64),
    };
    const expected: Record<string, unknown> = {};
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
    const found = digestsInBuildProcess();
    const refusals = found['refusals'] as unknown as string[][];
    expect(refusals.map(([mine]) => mine)).toEqual(refusals.map(([, theirs]) => theirs));
    expect(refusals.filter(([mine]) => mine === 'resolved')).toEqual([]);
    expect(found['settledAtOnce']).toBe(true);
    delete found['refusals'];
    delete found['settledAtOnce'];
    expect(found).toEqual(expected);
    // The empty stylesheet's hash, as it appears in every page's policy.
    expect(expected['SHA-256 empty']).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
