/**
 * The supplier check's worker as the island drives it: started once the island runs, with the
 * published factories loaded; given a pasted list or a file; its replies gathered into one
 * finished check; ended and started again when a long read is cancelled. A file chosen before
 * the island's script ran is checked once the factories are loaded.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ListSource } from '../lib/supplier-check';
import type { ListError, ListRow } from '../lib/supplier-list';
import type { ProvinceNames, RowMatch } from '../lib/supplier-match';
import type { CheckReply, CheckRequest } from './check.worker';

export type Phase =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'indexFailed' }
  | { state: 'working'; message: string }
  | { state: 'failed'; error: ListError };

/** A list the worker has read and matched, every line with its match, in order. */
export interface Finished {
  /** The file's name, or null for a pasted list. */
  source: string | null;
  /** When the check was asked for, on the page's clock. */
  started: number;
  rows: ListRow[];
  matches: RowMatch[];
  outcome: Extract<Extract<CheckReply, { type: 'done' }>['outcome'], { ok: true }>;
}

export interface CheckWorkerOptions {
  country: string | null;
  provinces: ProvinceNames;
  /** The file input, which may hold a file chosen before the island's script ran. */
  fileInput: RefObject<HTMLInputElement | null>;
  /** Texts for the progress line, in the reader's language. */
  texts: {
    checking: () => string;
    reading: (name: string) => string;
    progress: (done: number, total: number) => string;
  };
  /** A new list is on its way: no result of the last list may stay on screen. */
  onStart: () => void;
  /** The check succeeded; the island shows its report and sets the phase back to ready. */
  onFinished: (finished: Finished) => void;
  /** The check failed on the list itself; the phase already says why. */
  onFailed: () => void;
}

/** What the page knows of the check under way. */
interface Running {
  id: number;
  source: string | null;
  started: number;
  /** The list's lines and their matches received so far, in order. */
  rows: ListRow[];
  matches: RowMatch[];
}

export function useCheckWorker(options: CheckWorkerOptions) {
  const [phase, setPhase] = useState<Phase>({ state: 'loading' });
  // The latest options, read when a reply comes: a worker outlives the render that started it.
  const latest = useRef(options);
  latest.current = options;
  const generation = useRef(0);
  const running = useRef<Running | null>(null);
  const worker = useRef<Worker | null>(null);
  /** A file chosen before this script ran, checked once the factories are loaded. */
  const pendingFile = useRef<File | null>(null);

  const run = (name: string | null, source: ListSource, transfer: Transferable[] = []) => {
    if (worker.current === null) return;
    generation.current += 1;
    running.current = {
      id: generation.current,
      source: name,
      started: performance.now(),
      rows: [],
      matches: [],
    };
    latest.current.onStart();
    const request: CheckRequest = { type: 'check', id: generation.current, source };
    worker.current.postMessage(request, transfer);
  };

  const checkFile = (file: File | undefined) => {
    if (file === undefined) return;
    latest.current.onStart();
    setPhase({ state: 'working', message: latest.current.texts.reading(file.name) });
    file.arrayBuffer().then(
      (buffer) => run(file.name, { file: file.name, bytes: new Uint8Array(buffer) }, [buffer]),
      (error: unknown) =>
        setPhase({ state: 'failed', error: { code: 'unreadable', detail: String(error) } }),
    );
  };
  const checkFileNow = useRef(checkFile);
  checkFileNow.current = checkFile;

  const checkPasted = (text: string) => {
    setPhase({ state: 'working', message: latest.current.texts.checking() });
    run(null, { pasted: text });
  };

  const finish = (reply: Extract<CheckReply, { type: 'done' }>) => {
    const current = running.current;
    if (current === null || reply.id !== current.id) return;
    running.current = null;
    if (!reply.outcome.ok) {
      setPhase({ state: 'failed', error: reply.outcome.error });
      latest.current.onFailed();
      return;
    }
    const { source, started, rows, matches } = current;
    latest.current.onFinished({ source, started, rows, matches, outcome: reply.outcome });
  };

  const finishNow = useRef(finish);
  finishNow.current = finish;

  /** A worker with the published factories loaded; a cancelled check ends its worker. */
  const startWorker = useCallback(() => {
    let checking: Worker;
    try {
      checking = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      console.error(error);
      setPhase({ state: 'indexFailed' });
      return;
    }
    checking.onmessage = (event: MessageEvent<CheckReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') {
        setPhase({ state: 'ready' });
        const pending = pendingFile.current;
        pendingFile.current = null;
        if (pending !== null) checkFileNow.current(pending);
      } else if (reply.type === 'indexFailed') {
        console.error(reply.message);
        setPhase({ state: 'indexFailed' });
      } else if (reply.type === 'progress') {
        if (reply.id !== running.current?.id) return;
        setPhase({
          state: 'working',
          message: latest.current.texts.progress(reply.done, reply.total),
        });
      } else if (reply.type === 'lines') {
        if (reply.id !== running.current?.id) return;
        running.current.rows.push(...reply.rows);
        running.current.matches.push(...reply.matches);
      } else if (reply.type === 'done') finishNow.current(reply);
      else if (reply.id === running.current?.id) {
        running.current = null;
        setPhase({ state: 'failed', error: { code: 'unreadable', detail: reply.message } });
      }
    };
    checking.onerror = (event) => {
      console.error(event.message);
      running.current = null;
      setPhase({ state: 'indexFailed' });
    };
    const start: CheckRequest = {
      type: 'start',
      country: latest.current.country,
      provinces: latest.current.provinces,
    };
    checking.postMessage(start);
    worker.current = checking;
  }, []);

  useEffect(() => {
    startWorker();
    // A file chosen before this script ran is in the input, its change event long gone: it is
    // checked once the factories are loaded, as a file chosen then would be.
    const input = latest.current.fileInput.current;
    const early = input?.files?.[0];
    if (early !== undefined && input) {
      pendingFile.current = early;
      input.value = '';
    }
    return () => worker.current?.terminate();
    // Runs once: the index does not change while the page is open.
  }, []);

  /** Ends the check under way with its worker, and starts a fresh worker. */
  const cancel = () => {
    running.current = null;
    worker.current?.terminate();
    worker.current = null;
    setPhase({ state: 'loading' });
    startWorker();
  };

  return { phase, setPhase, checkPasted, checkFile, cancel };
}
