/**
 * The build's check of its own output (contract section 4): every file of the built site is read
 * once, in chunks, by one multi-string matcher looking for everything the disclosure rules
 * withhold, in the forms those strings take in files. A hit names the file, the line and the
 * string, and stops the build. A compressed file is decompressed as it is read: a registry's
 * findings download is a gigabyte of text behind some 70 MB of gzip.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MIN_NAME_LENGTH, normaliseForSearch } from '../../src/lib/distinctive-strings';
import { pushAll } from '../../src/lib/arrays';
import { encodedForms, type WithheldString } from '../../src/lib/withheld-strings';
import { ByteMatcher, type Hit } from './byte-matcher';
import { COMPRESSED, readDecompressed } from './compressed';

export interface Leak {
  /** Path inside the site, `/`-separated. */
  file: string;
  /** 1-based line of the hit; 0 for a hit in the file's path. */
  line: number;
  string: WithheldString;
}

/** Files that no data can reach as text: fonts and images. */
const BINARY = /\.(woff2?|ttf|otf|png|jpe?g|gif|webp|avif|ico)$/i;

/**
 * Bundled code (`_astro/`) is made from the project's source, not from the data, and minified
 * code is full of short tokens (React names the keys `F1`…`F12`): there, only strings of
 * MIN_NAME_LENGTH characters or more are searched.
 */
const isBundledCode = (file: string) => file.startsWith('_astro/');

export const CHUNK = 1 << 20;
/** Characters of legitimate text matched at once. */
const LEGIT_BATCH = 1 << 18;
const SEPARATOR = '\u0000';

export class LeakScanner {
  private readonly matcher: ByteMatcher;
  /** For each pattern, the withheld strings still searched for that it is a form of. */
  private readonly owners: number[][];
  private readonly all: readonly WithheldString[];
  private readonly kept: boolean[];
  private readonly short: boolean[];
  /** Withheld strings left out because published records or the site's words contain them. */
  readonly dropped: WithheldString[];

  /**
   * `legitimate` is every text the site may show: the public snapshot's values and the
   * interface's own words. A withheld string found in any of them is not searched for. One
   * automaton serves both searches: a pattern whose strings are all legitimate stays in it and
   * its hits are passed over.
   */
  constructor(withheld: readonly WithheldString[], legitimate: Iterable<string>) {
    const all = buildPatterns(withheld);
    this.matcher = new ByteMatcher(all.patterns);
    const encoder = new TextEncoder();
    const legit = new Set<number>();
    const findIn = (texts: string[]) => {
      for (const hit of this.matcher.find(encoder.encode(texts.join(SEPARATOR)))) {
        for (const owner of all.owners[hit.pattern] ?? []) legit.add(owner);
      }
    };
    // Texts are matched in batches, joined by a character no pattern holds (the data may not
    // contain control characters), so no hit spans two texts.
    let batch: string[] = [];
    let length = 0;
    for (const text of legitimate) {
      batch.push(text);
      length += text.length + 1;
      if (length >= LEGIT_BATCH) {
        findIn(batch);
        batch = [];
        length = 0;
      }
    }
    findIn(batch);
    this.all = withheld;
    this.kept = withheld.map((_, i) => !legit.has(i));
    this.dropped = withheld.filter((_, i) => legit.has(i));
    this.owners = all.owners.map((owners) => owners.filter((owner) => this.kept[owner]));
    this.short = withheld.map((s) => [...normaliseForSearch(s.text)].length < MIN_NAME_LENGTH);
  }

  get searched(): number {
    return this.withheld.length;
  }

  /** The withheld strings searched for: those no legitimate text contains. */
  get withheld(): readonly WithheldString[] {
    return this.all.filter((_, i) => this.kept[i]);
  }

  /** Scans every file under `root` and every file's path; returns the leaks, by file. */
  async scanFolder(root: string): Promise<Leak[]> {
    const leaks: Leak[] = [];
    const buffer = new Uint8Array(CHUNK);
    for (const path of walk(root)) pushAll(leaks, await this.scanPath(root, path, buffer));
    return dedupe(leaks);
  }

  /**
   * Scans one file of the site under `root`, its path and its bytes, reading it in chunks into
   * `buffer`. `digest`, when given, is fed every byte of the file as it is read (a compressed
   * file as stored), so that the file is hashed in the same pass.
   */
  async scanPath(
    root: string,
    path: string,
    buffer: Uint8Array,
    digest?: { update(bytes: Uint8Array): unknown },
  ): Promise<Leak[]> {
    const leaks: Leak[] = [];
    const file = relative(root, path).split(sep).join('/');
    for (const hit of this.matcher.find(new TextEncoder().encode(`/${file}`))) {
      this.report(leaks, file, 0, hit.pattern);
    }
    if (BINARY.test(file)) {
      if (digest !== undefined) readChunks(path, buffer, (chunk) => digest.update(chunk));
      return leaks;
    }
    const stream = this.matcher.scan();
    const hits: Hit[] = [];
    const search = (text: Uint8Array) => pushAll(hits, stream.push(text));
    if (COMPRESSED.test(file)) {
      await readDecompressed(path, (stored) => digest?.update(stored), search);
    } else {
      readChunks(path, buffer, (chunk) => {
        digest?.update(chunk);
        search(chunk);
      });
    }
    pushAll(hits, stream.end());
    const offsets = hits.filter((hit) => this.ownersOf(hit.pattern).length > 0);
    if (offsets.length === 0) return leaks;
    const lines = await lineNumbers(
      path,
      offsets.map((o) => o.start),
      buffer,
    );
    offsets.forEach((hit, i) => {
      if (isBundledCode(file) && this.ownersOf(hit.pattern).every((o) => this.short[o])) return;
      this.report(leaks, file, lines[i] ?? 1, hit.pattern);
    });
    return leaks;
  }

  /** Scans one text that is about to be written (a file made after the pages). */
  scanText(file: string, text: string): Leak[] {
    const bytes = new TextEncoder().encode(text);
    const leaks: Leak[] = [];
    for (const hit of this.matcher.find(bytes)) {
      const line = new TextDecoder().decode(bytes.subarray(0, hit.start)).split('\n').length;
      this.report(leaks, file, line, hit.pattern);
    }
    return dedupe(leaks);
  }

  private ownersOf(pattern: number): number[] {
    return this.owners[pattern] ?? [];
  }

  private report(leaks: Leak[], file: string, line: number, pattern: number): void {
    for (const owner of this.ownersOf(pattern)) {
      const string = this.all[owner];
      if (string) leaks.push({ file, line, string });
    }
  }
}

function buildPatterns(strings: readonly WithheldString[]) {
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const owners: number[][] = [];
  strings.forEach((string, owner) => {
    for (const form of encodedForms(string.text)) {
      let at = index.get(form);
      if (at === undefined) {
        at = patterns.length;
        index.set(form, at);
        patterns.push(form);
        owners.push([]);
      }
      const list = owners[at] as number[];
      if (!list.includes(owner)) list.push(owner);
    }
  });
  return { patterns, owners };
}

/** Every file under `dir`, each folder's entries in code-point order. */
export function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Reads a file in chunks into `buffer`, handing each chunk to `use` before the next is read. */
function readChunks(path: string, buffer: Uint8Array, use: (chunk: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      use(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Line numbers of byte offsets (in the text, for a compressed file), read again only for a file
 * with hits.
 */
async function lineNumbers(
  path: string,
  offsets: readonly number[],
  buffer: Uint8Array,
): Promise<number[]> {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const lines: number[] = [];
  let next = 0;
  let line = 1;
  let position = 0;
  const count = (chunk: Uint8Array) => {
    for (let k = 0; k < chunk.length && next < order.length; k += 1) {
      for (
        let at = order[next];
        at !== undefined && at.offset <= position + k;
        at = order[++next]
      ) {
        lines[at.i] = line;
      }
      if (chunk[k] === 0x0a) line += 1;
    }
    position += chunk.length;
  };
  if (COMPRESSED.test(path)) await readDecompressed(path, () => undefined, count);
  else readChunks(path, buffer, count);
  for (; next < order.length; next += 1) lines[(order[next] as { i: number }).i] = line;
  return lines;
}

/** The leaks without repeats of one string on one line of one file, in their order. */
export function dedupe(leaks: Leak[]): Leak[] {
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    const key = `${leak.file}\u0000${leak.line}\u0000${leak.string.what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `file:line: what "string"`, with the string JSON-quoted so no data reaches the log raw. */
export function formatLeak(leak: Leak, prefix = ''): string {
  const what = `withheld ${leak.string.what} ${JSON.stringify(leak.string.text)}`;
  return leak.line === 0
    ? `${prefix}${leak.file}: the file's path holds the ${what}`
    : `${prefix}${leak.file}:${leak.line}: the ${what} is in the built site`;
}
