/**
 * The search index as the site serves it: a JSON array written one record per line, so that a
 * browser can read it as it arrives and answer the first keystrokes from the first records while
 * the rest of a large registry is still on its way. The file stays one valid JSON document for
 * everyone else who downloads it.
 */
import type { SearchRecord } from './search';
import { pushAll } from './arrays';

/** The index file's text in pieces: `[`, then one record per line, then `]`. */
export function* searchIndexText(
  records: Iterable<SearchRecord>,
  perPiece = 1000,
): Generator<string> {
  let piece = '[';
  let count = 0;
  let first = true;
  for (const record of records) {
    piece += `${first ? '' : ','}\n${JSON.stringify(record)}`;
    first = false;
    count += 1;
    if (count % perPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n]\n`;
}

/**
 * Reads the index from text given in pieces of any size (as a network stream delivers it):
 * `push` returns the records completed by the piece, `end` the rest. A file written on one line
 * (an older site, or a copy saved by another tool) is read whole at the end.
 */
export class SearchIndexReader {
  #pending = '';
  #lines = 0;

  push(text: string): SearchRecord[] {
    this.#pending += text;
    const cut = this.#pending.lastIndexOf('\n');
    if (cut === -1) return [];
    const complete = this.#pending.slice(0, cut);
    this.#pending = this.#pending.slice(cut + 1);
    return this.#records(complete.split('\n'));
  }

  end(): SearchRecord[] {
    const rest = this.#pending;
    this.#pending = '';
    return this.#records([rest]);
  }

  #records(lines: string[]): SearchRecord[] {
    const records: SearchRecord[] = [];
    for (const raw of lines) {
      const line = raw.trim().replace(/,$/, '');
      if (line === '' || line === '[' || line === ']') continue;
      if (line.startsWith('[')) {
        const whole: unknown = JSON.parse(line);
        if (!Array.isArray(whole)) throw new Error('the search index is not a list of factories');
        this.#lines += whole.length;
        pushAll(records, whole as SearchRecord[]);
        continue;
      }
      this.#lines += 1;
      const record: unknown = JSON.parse(line);
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new Error(`the search index's record ${this.#lines} is not a factory`);
      }
      records.push(record as SearchRecord);
    }
    return records;
  }
}
