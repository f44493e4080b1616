/**
 * A worker of the factory search (src/islands/search-worker-core.ts): the page starts two, one
 * that reads /search-index.json as it arrives and answers over all of it, and one that answers
 * from its first records while the whole index is read and prepared. Neither a large index nor
 * a slow query ever holds up the page.
 */
import { createSearchWorker, type SearchMessage, type SearchReply } from './search-worker-core';
import { streamSearchIndex } from './index-stream';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchMessage>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

const worker = createSearchWorker(
  (reply) => scope.postMessage(reply),
  (run) => setTimeout(run, 0),
);

let reading = false;
scope.onmessage = (event) => {
  const message = event.data;
  worker.receive(message);
  // The index's worker starts reading once it knows its role: only it reads the index.
  if (message.type === 'index' && !reading) {
    reading = true;
    streamSearchIndex((batch) => worker.read(batch)).then(
      (all) => worker.readAll(all),
      (error: unknown) => worker.fail(error),
    );
  }
};
