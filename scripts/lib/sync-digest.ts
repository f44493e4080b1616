/**
 * WebCrypto's SHA digests answered at once from node:crypto, in the page build's processes:
 * `node --import ./scripts/lib/sync-digest.ts` (scripts/lib/site-shards.ts).
 *
 * Astro hashes every page's scripts and styles for its Content-Security-Policy with
 * `crypto.subtle.digest`, which Node runs on its thread pool: a round trip per hash, several per
 * page, empty stylesheets included. That was 7% of a 5,000-factory page build. `createHash` gives
 * the same bytes in microseconds; the caller still receives a promise.
 */
import { createHash, webcrypto } from 'node:crypto';

const HASHES: Record<string, string> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

type Digest = webcrypto.SubtleCrypto['digest'];

const subtle = webcrypto.subtle;
const original: Digest = subtle.digest.bind(subtle);

/** An ArrayBuffer or a view on one; anything else (a SharedArrayBuffer too) WebCrypto judges. */
function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data) && data.buffer instanceof ArrayBuffer) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  return undefined;
}

const digest: Digest = (algorithm, data) => {
  const named: unknown = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  const hash = typeof named === 'string' ? HASHES[named.toUpperCase()] : undefined;
  const bytes = bytesOf(data);
  // Unknown algorithms and inputs WebCrypto refuses get WebCrypto's own answer (or rejection).
  if (hash === undefined || bytes === undefined) return original(algorithm, data);
  const result = createHash(hash).update(bytes).digest();
  return Promise.resolve(
    result.buffer.slice(result.byteOffset, result.byteOffset + result.byteLength),
  );
};

subtle.digest = digest;
