/**
 * The supplier check's worker: it loads the published factories, then reads and matches each
 * list it is given (src/lib/supplier-check.ts, the code `npm run check-suppliers` runs), so that
 * no file, however large or strange, freezes the page. The page stops a long read by ending the
 * worker and starting another.
 */
import type { SearchRecord } from '../lib/search';
import type { ListRow } from '../lib/supplier-list';
import { checkList, type CheckOutcome, type ListSource } from '../lib/supplier-check';
import {
  createMatcher,
  type Matcher,
  type ProvinceNames,
  type RowMatch,
} from '../lib/supplier-match';
import { streamSearchIndex } from './index-stream';

export type CheckRequest =
  | { type: 'start'; country: string | null; provinces: ProvinceNames }
  | { type: 'check'; id: number; source: ListSource };

export type CheckReply =
  | { type: 'ready'; factories: number }
  | { type: 'indexFailed'; message: string }
  | { type: 'progress'; id: number; done: number; total: number }
  /**
   * A run of the list's lines with their matches, in order; the `done` that follows carries
   * neither lines nor matches.
   */
  | { type: 'lines'; id: number; rows: ListRow[]; matches: RowMatch[] }
  | { type: 'done'; id: number; outcome: CheckOutcome }
  | { type: 'crashed'; id: number; message: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (reply: CheckReply) => void;
};

let matcher: Promise<Matcher> | null = null;

async function readSheets(bytes: Uint8Array) {
  const { default: readXlsxFile } = await import('read-excel-file/web-worker');
  return readXlsxFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
}

async function check(id: number, source: ListSource): Promise<void> {
  if (matcher === null) throw new Error('the check was asked before it started');
  const outcome = await checkList(source, await matcher, {
    readSheets,
    onProgress: (done, total) => scope.postMessage({ type: 'progress', id, done, total }),
  });
  if (!outcome.ok) return scope.postMessage({ type: 'done', id, outcome });
  // The page reads a message in one task: thousands of lines, each with its candidates' records,
  // are sent a hundred at a time so that no single read holds up the page (a list of 7,000 lines
  // read back in one message took the page over 600 ms on a loaded machine).
  const { list, matches } = outcome.checked;
  for (let from = 0; from < matches.length; from += LINES_PER_MESSAGE) {
    scope.postMessage({
      type: 'lines',
      id,
      rows: list.rows.slice(from, from + LINES_PER_MESSAGE),
      matches: matches.slice(from, from + LINES_PER_MESSAGE),
    });
  }
  scope.postMessage({
    type: 'done',
    id,
    outcome: {
      ok: true,
      checked: { ...outcome.checked, list: { ...list, rows: [] }, matches: [] },
    },
  });
}

const LINES_PER_MESSAGE = 100;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'start') {
    matcher = streamSearchIndex(() => undefined).then((records: SearchRecord[]) =>
      createMatcher(records, { country: request.country, provinces: request.provinces }),
    );
    matcher.then(
      (ready) => scope.postMessage({ type: 'ready', factories: ready.index.entries.length }),
      (error: unknown) => scope.postMessage({ type: 'indexFailed', message: String(error) }),
    );
    return;
  }
  check(request.id, request.source).catch((error: unknown) =>
    scope.postMessage({ type: 'crashed', id: request.id, message: String(error) }),
  );
};
