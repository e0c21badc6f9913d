import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { buildParagraphPostings, type IndexedParagraph } from "./buildSearchIndex.js";
import { withTermMap, type PostingArrays, type PostingIndex } from "./postingIndex.js";

// Building the postings (MiniSearch indexes the paragraphs, then compactPostings reads them out) needs nothing the
// corpus facts need, so on a first build it runs in a worker thread (countPostingsWorker.ts) while the main thread
// reads the names, dates and quotations. The build is synchronous:
// the main thread waits for the result with Atomics.wait and reads it with receiveMessageOnPort. Where no worker
// can run (a test runner that compiles TypeScript itself, a build without the worker's file), or one fails, the
// postings are built on the main thread: the same function of the same paragraphs, so the result is the same.

/** The worker's state in the shared flag: still starting, loading or counting, done, failed. */
const STARTING = 0;
const RUNNING = 1;
export const COUNT_DONE = 2;
export const COUNT_FAILED = 3;

/** How long a worker may take to start running before the main thread gives up on it and counts the postings itself. */
const START_TIMEOUT_MS = 30_000;
/**
 * How long a running worker may go without counting more paragraphs (it reports every 2000) before it is taken for
 * dead (a worker that runs out of memory ends without a word) and the main thread counts the postings itself.
 */
const STALL_TIMEOUT_MS = 60_000;

/** What the worker is given. */
export interface CountInput {
  url: string;
  /** [the worker's state, paragraphs it has counted]. */
  flag: Int32Array;
  port: MessagePort;
  paragraphs: IndexedParagraph[];
}

/**
 * The worker's file: beside this one when run from the sources; in the bundle (scripts/buildDist.mjs) this module
 * sits in a shared chunk (dist/chunks/) and the worker is an entry point of its own.
 */
function workerUrl(): URL | undefined {
  const url = import.meta.url.endsWith(".ts")
    ? new URL("./countPostingsWorker.ts", import.meta.url)
    : new URL("../src/engine/search/countPostingsWorker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

// The worker's first code, in plain JavaScript: it loads the worker's module and says so when that fails, which
// the module itself could not.
// A dynamic import, not require: an eval'd worker inherits the parent's flags, and under --input-type=module it
// is an ES module without require.
const BOOTSTRAP = `
import("node:worker_threads").then(({ workerData }) => {
  Atomics.store(workerData.flag, 0, ${RUNNING});
  return import(workerData.url).catch(() => {
    Atomics.store(workerData.flag, 0, ${COUNT_FAILED});
    Atomics.notify(workerData.flag, 0);
  });
});
`;

/** The part of each paragraph the index reads, as a worker receives it. */
const indexedPart = (p: IndexedParagraph): IndexedParagraph => {
  const part: IndexedParagraph = { text: p.comment ? "" : p.text };
  if (p.section !== undefined) part.section = p.section;
  if (p.comment) part.comment = p.comment;
  return part;
};

/** Waits for the postings; `where` says where they were built, once they are ("worker" or "main"). */
export interface PostingsWait {
  (): PostingIndex;
  where: "pending" | "worker" | "main";
}

/**
 * Start building the postings of `paragraphs` in a worker thread; the function returned waits for them, telling
 * `onIndexed` how many paragraphs the worker has done meanwhile (the main thread is busy with the facts until then).
 */
export function countPostingsAside(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingsWait {
  const wait: PostingsWait = Object.assign((): PostingIndex => take(), {
    where: "pending" as const,
  });
  const countHere = (): PostingIndex => {
    wait.where = "main";
    return buildParagraphPostings(paragraphs, onIndexed);
  };
  let take: () => PostingIndex = countHere;
  const url = workerUrl();
  if (!url) return wait;
  let worker: Worker;
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  try {
    const input: CountInput = {
      url: url.href,
      flag,
      port: port2,
      paragraphs: paragraphs.map(indexedPart),
    };
    worker = new Worker(BOOTSTRAP, { eval: true, workerData: input, transferList: [port2] });
    worker.unref();
    // A worker that fails is replaced by the main thread's own build; its error must not end the process.
    worker.on("error", () => undefined);
  } catch {
    return wait;
  }
  take = () => {
    let since = performance.now();
    let counted = -1;
    while (Atomics.load(flag, 0) < COUNT_DONE) {
      const state = Atomics.load(flag, 0);
      const done = Atomics.load(flag, 1);
      if (done !== counted) {
        counted = done;
        since = performance.now();
      }
      const waited = performance.now() - since;
      if (waited >= (state === STARTING ? START_TIMEOUT_MS : STALL_TIMEOUT_MS)) break;
      onIndexed?.(done);
      Atomics.wait(flag, 0, state, 100);
    }
    const message = Atomics.load(flag, 0) === COUNT_DONE ? receiveMessageOnPort(port1) : undefined;
    port1.close();
    void worker.terminate();
    if (!message) return countHere();
    onIndexed?.(paragraphs.length);
    wait.where = "worker";
    return withTermMap(message.message as PostingArrays);
  };
  return wait;
}
