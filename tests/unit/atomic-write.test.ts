import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFolderStreaming } from '../../scripts/lib/atomic-write';

const work: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
  work.push(dir);
  return join(dir, 'out');
};
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const lines = (count: number) =>
  Array.from({ length: count }, (_, i) => `KH-${i},Demo factory ${i},compliant\n`);

describe('writing a folder of streamed files', () => {
  it('writes a streamed file as its pieces joined, and a plain file as it is', async () => {
    const target = folder();
    await writeFolderStreaming(target, [
      ['a/streamed.csv', { chunks: ['x,y\n', Buffer.from('1,2\n'), 'ក,ខ\n'] }],
      ['plain.txt', 'plain'],
    ]);
    expect(readFileSync(join(target, 'a/streamed.csv'), 'utf8')).toBe('x,y\n1,2\nក,ខ\n');
    expect(readFileSync(join(target, 'plain.txt'), 'utf8')).toBe('plain');
  });

  it('compresses a file from the given size on, beside itself, and no smaller one', async () => {
    const target = folder();
    const big = lines(50_000);
    await writeFolderStreaming(target, [
      ['big.csv', { chunks: big, gzipFrom: 1_000_000 }],
      ['small.csv', { chunks: lines(10), gzipFrom: 1_000_000 }],
    ]);
    const raw = readFileSync(join(target, 'big.csv'));
    expect(raw.length).toBeGreaterThanOrEqual(1_000_000);
    expect(gunzipSync(readFileSync(join(target, 'big.csv.gz'))).equals(raw)).toBe(true);
    expect(existsSync(join(target, 'small.csv.gz'))).toBe(false);
  });

  it('compresses deterministically: no time, no file name, the same bytes every run', async () => {
    const first = folder();
    const second = folder();
    await writeFolderStreaming(first, [['f.csv', { chunks: lines(50_000), gzipFrom: 1 }]]);
    await new Promise((done) => setTimeout(done, 1100));
    await writeFolderStreaming(second, [['f.csv', { chunks: lines(50_000), gzipFrom: 1 }]]);
    const gz = readFileSync(join(first, 'f.csv.gz'));
    expect(gz.equals(readFileSync(join(second, 'f.csv.gz')))).toBe(true);
    expect([...gz.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect((gz[3] ?? 0) & 0x08).toBe(0);
  });

  it('leaves the old folder as it was when making a file fails half-way', async () => {
    const target = folder();
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'old.txt'), 'old');
    function* failing(): Generator<string> {
      yield 'first piece\n';
      throw new Error('the data ran out');
    }
    await expect(
      writeFolderStreaming(target, [
        ['new.txt', 'new'],
        ['broken.csv', { chunks: failing() }],
      ]),
    ).rejects.toThrow('the data ran out');
    expect(readFileSync(join(target, 'old.txt'), 'utf8')).toBe('old');
    expect(existsSync(join(target, 'new.txt'))).toBe(false);
  });
});
