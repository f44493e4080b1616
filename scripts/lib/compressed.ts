/**
 * A compressed file of the site (`.gz`, `.br`) read a chunk at a time, decompressed as it is
 * read: a registry's findings download is a gigabyte of text behind some 70 MB of gzip, too
 * much to hold whole beside the rest of a build.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip } from 'node:zlib';

/** The site's compressed copies and downloads: `.gz` (gzip) and `.br` (Brotli). */
export const COMPRESSED = /\.(gz|br)$/;

/**
 * Reads a `.gz` or `.br` file in chunks, handing each chunk as stored to `stored` and the text
 * it holds, as it is decompressed, to `text`.
 */
export async function readDecompressed(
  path: string,
  stored: (chunk: Uint8Array) => void,
  text: (chunk: Uint8Array) => void,
): Promise<void> {
  const gzip = path.endsWith('.gz');
  const decompressed = pipeline(
    createReadStream(path, { highWaterMark: 1 << 20 }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        stored(chunk);
        yield chunk;
      }
    },
    gzip ? createGunzip() : createBrotliDecompress(),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) text(chunk);
    },
  );
  await decompressed.catch((error: Error) => {
    throw new Error(`${path}: cannot be read as ${gzip ? 'gzip' : 'Brotli'}: ${error.message}`);
  });
}
