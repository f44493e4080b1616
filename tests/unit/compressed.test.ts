import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPRESSED, readDecompressed } from '../../scripts/lib/compressed';

const work = mkdtempSync(join(tmpdir(), 'compressed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// 8 MB of text that compresses to little, as a large download does.
const TEXT = Buffer.from(
  Array.from({ length: 200_000 }, (_, i) => `F${i},Demo Garment ${i % 97},C,NC,C`).join('\n'),
);

describe('readDecompressed', () => {
  it.each([
    ['gzip', 'findings.csv.gz', gzipSync(TEXT)],
    [
      'Brotli',
      'findings.csv.br',
      brotliCompressSync(TEXT, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
    ],
  ])('hands over a %s file as stored and its text, never whole', async (_, name, bytes) => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    const stored: Buffer[] = [];
    const text: Buffer[] = [];
    await readDecompressed(
      path,
      (chunk) => stored.push(Buffer.from(chunk)),
      (chunk) => text.push(Buffer.from(chunk)),
    );
    expect(Buffer.concat(stored).equals(readFileSync(path))).toBe(true);
    expect(Buffer.concat(text).equals(TEXT)).toBe(true);
    // The text arrives in pieces far smaller than itself: no step holds it all.
    expect(text.length).toBeGreaterThan(8);
    expect(Math.max(...text.map((chunk) => chunk.length))).toBeLessThanOrEqual(1 << 20);
  });

  it('names the file and the format it could not read', async () => {
    const path = join(work, 'scores.csv.br');
    writeFileSync(path, gzipSync('not Brotli'));
    await expect(
      readDecompressed(
        path,
        () => undefined,
        () => undefined,
      ),
    ).rejects.toThrow(`${path}: cannot be read as Brotli: `);
  });

  it('knows the compressed files by their extension', () => {
    expect(
      ['a.csv.gz', 'b.html.br', 'c.csv', 'd.gzip', 'e.br.html'].filter((f) => COMPRESSED.test(f)),
    ).toEqual(['a.csv.gz', 'b.html.br']);
  });
});
