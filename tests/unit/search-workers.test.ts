import { afterEach, describe, expect, it, vi } from 'vitest';
import * as search from '../../src/lib/search';
import { EMPTY_SEARCH_STATE, type SearchRecord } from '../../src/lib/search';
import { showsAnswer } from '../../src/islands/search-answers';
import {
  FIRST_PART,
  createSearchWorker,
  type SearchAnswer,
  type SearchQuery,
  type SearchReply,
} from '../../src/islands/search-worker-core';

vi.mock(import('../../src/lib/search'), async (original) => {
  const module = await original();
  return { ...module, searchFactoryPage: vi.fn(module.searchFactoryPage) };
});

/**
 * The factory search's two workers, run in this thread: the index's worker reading a registry
 * larger than the first part in batches, the first part's worker answering from the records
 * handed to it while the whole index is read and prepared, and the page choosing between their
 * answers, which reach it in either order.
 */
const REGISTRY: SearchRecord[] = Array.from({ length: FIRST_PART + 700 }, (_, i) => ({
  id: `KH-${String(i + 1).padStart(5, '0')}`,
  // The registry's last factories are the only "Lotus" ones: outside the first part.
  n: i >= FIRST_PART ? `Lotus Demo Apparel ${String(i + 1)}` : `Demo Garment ${String(i + 1)}`,
  st: 'open',
  lc: false,
  nc: [],
}));

const query = (id: number, q: string): SearchQuery => ({
  type: 'query',
  id,
  state: { ...EMPTY_SEARCH_STATE, q },
  limit: 20,
});

/**
 * A worker whose deferred answers run when the test says, and whose replies are kept; `heard`
 * sees each reply as it is sent.
 */
function worker(heard: (reply: SearchReply) => void = () => undefined) {
  const replies: SearchReply[] = [];
  const pending: Array<() => void> = [];
  const core = createSearchWorker(
    (reply) => {
      heard(reply);
      replies.push(reply);
    },
    (run) => pending.push(run),
  );
  const flush = () => {
    while (pending.length > 0) pending.shift()?.();
  };
  return { core, replies, flush };
}

const answers = (replies: SearchReply[]) =>
  replies.filter((reply): reply is SearchAnswer => reply.type === 'answer');

/** The next message on a port, as the channel delivers it. */
const nextMessage = (port: MessagePort) =>
  new Promise<SearchRecord[]>((done) => {
    port.addEventListener('message', (event) => done(event.data as SearchRecord[]), {
      once: true,
    });
    port.start();
  });

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
  vi.mocked(search.searchFactoryPage).mockClear();
});

describe('the index worker alone', () => {
  it('answers from its first part, then from every record', () => {
    const index = worker();
    index.core.receive({ type: 'index' });
    index.core.receive(query(1, 'demo garment'));
    index.flush();
    expect(index.replies).toEqual([]);
    index.core.read(REGISTRY.slice(0, FIRST_PART));
    expect(index.replies[0]).toEqual({ type: 'loaded', searched: FIRST_PART, complete: false });
    expect(answers(index.replies)).toMatchObject([{ id: 1, complete: false, total: FIRST_PART }]);
    index.core.read(REGISTRY.slice(FIRST_PART));
    index.core.readAll(REGISTRY);
    expect(answers(index.replies).at(-1)).toMatchObject({
      id: 1,
      complete: true,
      searched: REGISTRY.length,
    });
  });
});

describe('the index worker with the first part’s worker', () => {
  it('hands its first records over and answers only once it has them all', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    const prepared = vi.mocked(search.searchFactoryPage);
    let preparedFirst = false;
    const index = worker((reply) => {
      // The page drops the first part's worker on this message: by then a query over the whole
      // index must be answered at once, its word and name indexes made.
      if (reply.type === 'loaded' && reply.complete) {
        preparedFirst = prepared.mock.calls.some(([over]) => over === REGISTRY);
      }
    });
    const handed = nextMessage(channel.port2);
    index.core.receive({ type: 'index', partner: channel.port1 });
    index.core.read(REGISTRY.slice(0, FIRST_PART + 10));
    const records = await handed;
    expect(records.map((r) => r.id)).toEqual(REGISTRY.slice(0, FIRST_PART + 10).map((r) => r.id));
    index.core.receive(query(1, 'lotus'));
    index.flush();
    // Nothing from the index's worker while it has only a part: the first part's worker says it.
    expect(index.replies).toEqual([]);
    index.core.read(REGISTRY.slice(FIRST_PART + 10));
    expect(index.replies).toEqual([]);

    // A query is waiting as the last records come: the indexes are made before the page hears.
    index.core.readAll(REGISTRY);
    expect(preparedFirst).toBe(true);
    expect(index.replies.map((r) => r.type)).toEqual(['loaded', 'answer']);
    expect(answers(index.replies)[0]).toMatchObject({ id: 1, complete: true });
    expect(answers(index.replies)[0]?.hits[0]?.record.n).toMatch(/^Lotus/);
  });

  it('answers from its own first part once the first part’s worker is gone', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    const index = worker();
    const handed = nextMessage(channel.port2);
    index.core.receive({ type: 'index', partner: channel.port1 });
    index.core.read(REGISTRY.slice(0, FIRST_PART));
    await handed;
    index.core.receive(query(1, 'demo garment'));
    index.flush();
    expect(index.replies).toEqual([]);
    // The page tells it its role again, without the partner whose worker failed.
    index.core.receive({ type: 'index' });
    expect(index.replies[0]).toEqual({ type: 'loaded', searched: FIRST_PART, complete: false });
    expect(answers(index.replies)).toMatchObject([{ id: 1, complete: false }]);
    index.core.receive(query(2, 'demo garment 7'));
    index.flush();
    expect(answers(index.replies).at(-1)).toMatchObject({ id: 2, complete: false });
    index.core.readAll(REGISTRY);
    expect(answers(index.replies).at(-1)).toMatchObject({ id: 2, complete: true });
  });

  it('the first part’s worker answers from the records handed to it, and from no others', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    const first = worker();
    const received = new Promise<void>((done) => {
      first.core.receive({ type: 'first-part', partner: channel.port2 });
      const original = channel.port2.onmessage;
      channel.port2.onmessage = (event) => {
        original?.call(channel.port2, event);
        done();
      };
    });
    first.core.receive(query(1, 'demo garment 12'));
    first.flush();
    expect(first.replies).toEqual([]);
    channel.port1.postMessage(REGISTRY.slice(0, FIRST_PART));
    await received;
    expect(first.replies[0]).toEqual({ type: 'loaded', searched: FIRST_PART, complete: false });
    expect(answers(first.replies)).toMatchObject([
      { id: 1, complete: false, searched: FIRST_PART },
    ]);
    first.core.receive(query(2, 'lotus demo apparel'));
    first.flush();
    expect(answers(first.replies).at(-1)).toMatchObject({ id: 2, complete: false });
    expect(
      answers(first.replies)
        .at(-1)
        ?.hits.every((hit) => !hit.record.n.startsWith('Lotus')),
    ).toBe(true);
  });
});

describe('the answer the page shows', () => {
  const reply = (id: number, complete: boolean): SearchAnswer => ({
    type: 'answer',
    id,
    total: 0,
    hits: [],
    searched: complete ? REGISTRY.length : FIRST_PART,
    complete,
  });

  it('is the latest query’s only', () => {
    expect(showsAnswer(null, reply(1, false), 2, false)).toBe(false);
    expect(showsAnswer(null, reply(2, false), 2, false)).toBe(true);
    expect(showsAnswer(reply(1, true), reply(2, true), 2, true)).toBe(true);
  });

  it('is never the first part’s once the whole index has answered', () => {
    // The same query answered by both workers, the index's answer first.
    expect(showsAnswer(reply(3, true), reply(3, false), 3, false)).toBe(false);
    // The first part's answer, late, once the page knows the whole index is in.
    expect(showsAnswer(reply(2, true), reply(3, false), 3, true)).toBe(false);
    // Still the first part's while the index is read and prepared, and replaced by the index's.
    expect(showsAnswer(reply(2, false), reply(3, false), 3, false)).toBe(true);
    expect(showsAnswer(reply(3, false), reply(3, true), 3, false)).toBe(true);
  });
});
