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

const digest: Digest = (algorithm, data) => {
  const name = HASHES[(typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase()];
  if (name === undefined) return original(algorithm, data);
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const hash = createHash(name).update(bytes).digest();
  return Promise.resolve(hash.buffer.slice(hash.byteOffset, hash.byteOffset + hash.byteLength));
};

subtle.digest = digest;
