/**
 * Finds many strings at once in a stream of bytes: an Aho–Corasick automaton over UTF-8 bytes,
 * one pass per file whatever the number of strings, fed in chunks of any size so no file is
 * ever held whole. ASCII letters match in either case.
 *
 * A pattern that starts (ends) with an ASCII letter or digit matches only as a whole token: the
 * byte before (after) it must not be a letter, digit, `-` or `_`, so `KH-006` is not found in
 * `KH-0061`. An escape just before a token counts as a boundary (`%2FKH-006`, `\nKH-006`),
 * because that is how a token looks in a URL or a JSON string.
 */

const FOLD = new Uint8Array(256).map((_, byte) =>
  byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte,
);

const isWordByte = (byte: number): boolean =>
  (byte >= 0x30 && byte <= 0x39) ||
  (byte >= 0x41 && byte <= 0x5a) ||
  (byte >= 0x61 && byte <= 0x7a) ||
  byte === 0x2d ||
  byte === 0x5f;

const isHexByte = (byte: number): boolean =>
  (byte >= 0x30 && byte <= 0x39) ||
  (byte >= 0x41 && byte <= 0x46) ||
  (byte >= 0x61 && byte <= 0x66);

export interface Hit {
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
  /** Byte offset of the match's first byte in the stream. */
  start: number;
}

export class ByteMatcher {
  readonly size: number;
  private readonly patternLength: Int32Array;
  private readonly needsLeft: Uint8Array;
  private readonly needsRight: Uint8Array;
  private readonly rootNext: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childEnd: Int32Array;
  private readonly childByte: Uint8Array;
  private readonly childTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at the state, or -1. */
  private readonly output: Int32Array;
  /** The nearest proper suffix state with an output, or -1. */
  private readonly dictionary: Int32Array;
  readonly maxLength: number;
  /** Byte → class: bytes in no pattern share class 0, which always leads back to the root. */
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  /**
   * Full transitions of the first `denseStates` states in breadth-first order (the shallow ones,
   * where a scan spends most of its time), `classes` entries a state; deeper states use their
   * sparse children and failure links. The budget keeps memory bounded for any pattern count.
   */
  private readonly dense: Int32Array;
  private readonly denseStates: number;

  constructor(patterns: readonly string[], denseBudget = 1 << 24) {
    const encoder = new TextEncoder();
    const bytes = patterns.map((p) => encoder.encode(p).map((b) => FOLD[b] ?? b));
    this.size = patterns.length;
    this.patternLength = Int32Array.from(bytes, (b) => b.length);
    this.maxLength = this.patternLength.reduce((most, length) => Math.max(most, length), 0);
    this.needsLeft = Uint8Array.from(bytes, (b) => (b.length > 0 && isWordByte(b[0] ?? 0) ? 1 : 0));
    this.needsRight = Uint8Array.from(bytes, (b) =>
      b.length > 0 && isWordByte(b[b.length - 1] ?? 0) ? 1 : 0,
    );

    // The trie, built from the patterns in byte order: a pattern shares the states of its
    // longest common prefix with the one before it and adds a state for each byte after that.
    // Each new state's one incoming edge is recorded in flat arrays (state s + 1 enters by edge
    // s), so the trie takes a few bytes a state however many patterns there are.
    const sorted = bytes
      .map((_, index) => index)
      .filter((index) => (bytes[index] as Uint8Array).length > 0)
      .sort((a, b) => Buffer.compare(bytes[a] as Uint8Array, bytes[b] as Uint8Array) || a - b);
    const capacity = sorted.reduce((sum, index) => sum + (bytes[index] as Uint8Array).length, 0);
    const edgeParent = new Int32Array(capacity);
    const edgeByte = new Uint8Array(capacity);
    const ends = new Int32Array(capacity + 1).fill(-1);
    const path = new Int32Array(this.maxLength + 1);
    let edges = 0;
    let previous: Uint8Array = new Uint8Array(0);
    for (const index of sorted) {
      const pattern = bytes[index] as Uint8Array;
      let shared = 0;
      const most = Math.min(pattern.length, previous.length);
      while (shared < most && pattern[shared] === previous[shared]) shared += 1;
      let state = path[shared] as number;
      for (let depth = shared; depth < pattern.length; depth += 1) {
        edgeParent[edges] = state;
        edgeByte[edges] = pattern[depth] as number;
        edges += 1;
        state = edges;
        path[depth + 1] = state;
      }
      // Equal patterns sort by index: the first keeps the state.
      if (ends[state] === -1) ends[state] = index;
      previous = pattern;
    }
    const states = edges + 1;

    // Byte classes over the folded bytes the patterns use.
    this.classOf = new Uint8Array(256);
    let classes = 1;
    for (const pattern of bytes) {
      for (const byte of pattern) {
        if (this.classOf[byte] === 0) this.classOf[byte] = classes++;
      }
    }
    for (let byte = 0x41; byte <= 0x5a; byte += 1)
      this.classOf[byte] = this.classOf[byte + 0x20] ?? 0;
    this.classes = classes;

    // Children as runs of flat arrays, each state's in byte order (the order they were made
    // in): the scan loop reads typed arrays only.
    this.childStart = new Int32Array(states);
    this.childEnd = new Int32Array(states);
    for (let e = 0; e < edges; e += 1) {
      const parent = edgeParent[e] as number;
      this.childEnd[parent] = (this.childEnd[parent] as number) + 1;
    }
    for (let state = 0, at = 0; state < states; state += 1) {
      this.childStart[state] = at;
      at += this.childEnd[state] as number;
      this.childEnd[state] = this.childStart[state] as number;
    }
    this.childByte = new Uint8Array(edges);
    this.childTarget = new Int32Array(edges);
    for (let e = 0; e < edges; e += 1) {
      const parent = edgeParent[e] as number;
      const at = this.childEnd[parent] as number;
      this.childByte[at] = edgeByte[e] as number;
      this.childTarget[at] = e + 1;
      this.childEnd[parent] = at + 1;
    }

    // Failure and dictionary links, breadth first.
    this.fail = new Int32Array(states);
    this.output = ends.slice(0, states);
    this.dictionary = new Int32Array(states).fill(-1);
    this.rootNext = new Int32Array(256);
    const order = new Int32Array(states);
    let tail = 1;
    for (let e = this.childStart[0] as number; e < (this.childEnd[0] as number); e += 1) {
      const target = this.childTarget[e] as number;
      this.rootNext[this.childByte[e] as number] = target;
      order[tail++] = target;
    }
    for (let head = 1; head < tail; head += 1) {
      const state = order[head] as number;
      for (let e = this.childStart[state] as number; e < (this.childEnd[state] as number); e += 1) {
        const byte = this.childByte[e] as number;
        const target = this.childTarget[e] as number;
        let f = this.fail[state] as number;
        while (f !== 0 && this.child(f, byte) < 0) f = this.fail[f] as number;
        const next = this.step(f, byte);
        this.fail[target] = next === target ? 0 : next;
        const suffix = this.fail[target] as number;
        this.dictionary[target] =
          (this.output[suffix] ?? -1) >= 0 ? suffix : (this.dictionary[suffix] ?? -1);
        order[tail++] = target;
      }
    }

    // Dense rows for the shallowest states; a state's failure is shallower, so its row is ready.
    this.denseStates = Math.min(states, Math.max(1, Math.floor(denseBudget / classes)));
    this.dense = new Int32Array(this.denseStates * classes);
    const rank = new Int32Array(states).fill(-1);
    order.forEach((state, i) => {
      rank[state] = i;
    });
    // Dense rows are indexed by breadth-first rank; renumber states so rank and id agree.
    this.renumber(order, rank);
    for (let state = 0; state < this.denseStates; state += 1) {
      const row = state * classes;
      const failRow = (this.fail[state] as number) * classes;
      for (let c = 1; c < classes; c += 1)
        this.dense[row + c] = state === 0 ? 0 : (this.dense[failRow + c] as number);
      for (let e = this.childStart[state] as number; e < (this.childEnd[state] as number); e += 1) {
        this.dense[row + (this.classOf[this.childByte[e] as number] as number)] = this.childTarget[
          e
        ] as number;
      }
    }
  }

  /** Renumbers every state by its breadth-first rank (the root stays 0). */
  private renumber(order: Int32Array, rank: Int32Array): void {
    const states = order.length;
    const remap = (table: Int32Array, keepNegative: boolean) => {
      const out = new Int32Array(states);
      order.forEach((old, i) => {
        const value = table[old] as number;
        out[i] = keepNegative && value < 0 ? value : (rank[value] as number);
      });
      return out;
    };
    const fail = remap(this.fail, false);
    const dictionary = remap(this.dictionary, true);
    const output = new Int32Array(states);
    const childStart = new Int32Array(states);
    const childEnd = new Int32Array(states);
    const childByte = new Uint8Array(this.childByte.length);
    const childTarget = new Int32Array(this.childTarget.length);
    let at = 0;
    order.forEach((old, i) => {
      output[i] = this.output[old] as number;
      childStart[i] = at;
      for (let e = this.childStart[old] as number; e < (this.childEnd[old] as number); e += 1) {
        childByte[at] = this.childByte[e] as number;
        childTarget[at] = rank[this.childTarget[e] as number] as number;
        at += 1;
      }
      childEnd[i] = at;
    });
    for (let byte = 0; byte < 256; byte += 1) {
      this.rootNext[byte] = rank[this.rootNext[byte] as number] as number;
    }
    this.fail.set(fail);
    this.dictionary.set(dictionary);
    this.output.set(output);
    this.childStart.set(childStart);
    this.childEnd.set(childEnd);
    this.childByte.set(childByte);
    this.childTarget.set(childTarget);
  }

  private child(state: number, byte: number): number {
    const end = this.childEnd[state] as number;
    for (let i = this.childStart[state] as number; i < end; i += 1) {
      if (this.childByte[i] === byte) return this.childTarget[i] as number;
    }
    return -1;
  }

  private step(state: number, byte: number): number {
    let s = state;
    for (;;) {
      if (s === 0) return this.rootNext[byte] as number;
      const next = this.child(s, byte);
      if (next >= 0) return next;
      s = this.fail[s] as number;
    }
  }

  /** A scan of one stream: push its chunks in order, then end it. */
  scan(): MatchStream {
    return new MatchStream(this);
  }

  /** Every hit in one whole buffer (a short text, a file path). */
  find(bytes: Uint8Array): Hit[] {
    const stream = this.scan();
    return [...stream.push(bytes), ...stream.end()];
  }

  /** @internal The scan loop, kept here so it reads the private tables directly. */
  run(stream: MatchStream, chunk: Uint8Array, hits: Hit[]): void {
    const { rootNext, childStart, childEnd, childByte, childTarget, fail, output, dictionary } =
      this;
    const { dense, denseStates, classOf, classes } = this;
    let state = stream.state;
    const base = stream.offset;
    for (let i = 0; i < chunk.length; i += 1) {
      const raw = chunk[i] as number;
      if (state < denseStates) {
        state = dense[state * classes + (classOf[raw] as number)] as number;
        if (state === 0) continue;
        let hit = (output[state] as number) >= 0 ? state : (dictionary[state] as number);
        while (hit >= 0) {
          this.check(stream, chunk, i, output[hit] as number, hits);
          hit = dictionary[hit] as number;
        }
        continue;
      }
      const byte = FOLD[raw] as number;
      for (;;) {
        if (state === 0) {
          state = rootNext[byte] as number;
          break;
        }
        let next = -1;
        const end = childEnd[state] as number;
        for (let c = childStart[state] as number; c < end; c += 1) {
          if (childByte[c] === byte) {
            next = childTarget[c] as number;
            break;
          }
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
      if (state === 0) continue;
      let found = (output[state] as number) >= 0 ? state : (dictionary[state] as number);
      while (found >= 0) {
        this.check(stream, chunk, i, output[found] as number, hits);
        found = dictionary[found] as number;
      }
    }
    stream.state = state;
    stream.offset = base + chunk.length;
  }

  private check(stream: MatchStream, chunk: Uint8Array, i: number, pattern: number, hits: Hit[]) {
    const start = stream.offset + i + 1 - (this.patternLength[pattern] as number);
    if (this.needsLeft[pattern] === 1 && !stream.boundaryBefore(start, chunk)) return;
    if (this.needsRight[pattern] === 1) {
      if (i + 1 >= chunk.length) {
        stream.pending.push({ pattern, start });
        return;
      }
      if (isWordByte(chunk[i + 1] as number)) return;
    }
    hits.push({ pattern, start });
  }

  /** @internal */
  keep(): number {
    return this.maxLength + 3;
  }
}

export class MatchStream {
  state = 0;
  /** Stream offset of the next chunk's first byte. */
  offset = 0;
  /** Matches that end a chunk and wait for the next byte to know their right boundary. */
  pending: Hit[] = [];
  /** The last bytes before the current chunk, to look behind a match that began there. */
  private tail = new Uint8Array(0);
  private tailStart = 0;

  constructor(private readonly matcher: ByteMatcher) {}

  push(chunk: Uint8Array): Hit[] {
    const hits: Hit[] = [];
    if (chunk.length === 0) return hits;
    for (const hit of this.pending) if (!isWordByte(chunk[0] as number)) hits.push(hit);
    this.pending = [];
    this.matcher.run(this, chunk, hits);
    this.remember(chunk);
    return hits;
  }

  /** The end of the stream is a boundary: matches waiting for their right side count. */
  end(): Hit[] {
    const hits = this.pending;
    this.pending = [];
    return hits;
  }

  /** The byte at a stream offset inside the current chunk or the remembered tail, if any. */
  private byteAt(at: number, chunk: Uint8Array, chunkStart: number): number | undefined {
    if (at < 0) return undefined;
    if (at >= chunkStart) return chunk[at - chunkStart];
    const index = at - this.tailStart;
    return index >= 0 ? this.tail[index] : undefined;
  }

  /** @internal Called during a chunk's scan, while `offset` is still that chunk's start. */
  boundaryBefore(start: number, chunk: Uint8Array): boolean {
    const before = this.byteAt(start - 1, chunk, this.offset);
    if (before === undefined || !isWordByte(before)) return true;
    const two = this.byteAt(start - 2, chunk, this.offset);
    const three = this.byteAt(start - 3, chunk, this.offset);
    // `%2F` before a token in a URL; `\n`, `\t`, `\r` before it in a JSON string.
    if (three === 0x25 && two !== undefined && isHexByte(two) && isHexByte(before)) return true;
    return two === 0x5c && (before === 0x6e || before === 0x74 || before === 0x72);
  }

  private remember(chunk: Uint8Array): void {
    const keep = this.matcher.keep();
    const end = this.offset;
    if (chunk.length >= keep) {
      this.tail = chunk.slice(chunk.length - keep);
    } else {
      const joined = new Uint8Array(Math.min(keep, this.tail.length + chunk.length));
      const fromTail = joined.length - chunk.length;
      joined.set(this.tail.subarray(this.tail.length - fromTail), 0);
      joined.set(chunk, fromTail);
      this.tail = joined;
    }
    this.tailStart = end - this.tail.length;
  }
}
