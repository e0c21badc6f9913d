import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import type { PartParagraph, SentencesPart } from "../analysis/readSentencesPart.js";
import { buildParagraphPostings, type IndexedParagraph } from "./buildSearchIndex.js";
import { withTermMap, type PostingArrays, type PostingIndex } from "./postingIndex.js";

// Building the postings (MiniSearch indexes the paragraphs, then compactPostings reads them out) needs nothing the
// corpus facts need, so on a first build it runs in a worker thread (countPostingsWorker.ts) while the main thread
// reads the names, dates and quotations. Reading the names is most of the facts' time, so the worker first reads
// those of a share of the articles (the last ones, analysis/readSentencesPart.ts), which the main thread takes when
// it comes to them, and then builds the postings, which are needed only after the facts. The build is synchronous:
// the main thread waits for the result with Atomics.wait and reads it with receiveMessageOnPort. Where no worker
// can run (a test runner that compiles TypeScript itself, a build without the worker's file), or one fails, the
// postings are built and the names read on the main thread: the same functions of the same paragraphs, so the
// result is the same.

/** The worker's state in the shared flag: still starting, loading or counting, done, failed. */
const STARTING = 0;
const RUNNING = 1;
export const COUNT_DONE = 2;
export const COUNT_FAILED = 3;
/** Where the shared flag holds [the worker's state, paragraphs counted, the names' state, paragraphs read for names]. */
export const FLAG = { state: 0, counted: 1, factsState: 2, factsRead: 3 } as const;

/** How long a worker may take to start running before the main thread gives up on it and counts the postings itself. */
const START_TIMEOUT_MS = 30_000;
/**
 * How long a running worker may go without counting more paragraphs (it reports every 2000) before it is taken for
 * dead (a worker that runs out of memory ends without a word) and the main thread counts the postings itself.
 */
const STALL_TIMEOUT_MS = 60_000;

/** A paragraph as countPostingsAside is given it: what the index reads, and where it is for reading its names. */
export type AsideParagraph = IndexedParagraph & Pick<PartParagraph, "article" | "n">;

/** What the worker is given. */
export interface CountInput {
  url: string;
  /** The worker's progress, laid out as {@link FLAG} says; the names' state is COUNT_DONE or COUNT_FAILED when told. */
  flag: Int32Array;
  port: MessagePort;
  /** Where the names it reads go, when it reads some. */
  factsPort?: MessagePort;
  /** Every paragraph; from `factsFrom` on with its article and number. */
  paragraphs: (IndexedParagraph & Partial<PartParagraph>)[];
  /** The first paragraph whose sentences' names the worker reads (to the end), before it counts. */
  factsFrom?: number;
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

/**
 * The part of a paragraph a worker receives: what the index reads, and from `factsFrom` on what reading names
 * needs. A reader comment's text is sent too: its lower-case words are the corpus's (collectLowerWords).
 */
const sentPart = (
  p: AsideParagraph,
  at: number,
  factsFrom: number,
): CountInput["paragraphs"][number] => {
  const part: CountInput["paragraphs"][number] = { text: p.text };
  if (p.section !== undefined) part.section = p.section;
  if (p.comment) part.comment = p.comment;
  if (at >= factsFrom) {
    part.article = p.article;
    part.n = p.n;
  }
  return part;
};

/** Waits for the names the worker read (undefined when it could not), telling `onRead` how many paragraphs it has read meanwhile. */
export type SentencesWait = (onRead?: (done: number) => void) => SentencesPart | undefined;

/** Waits for the postings; `where` says where they were built, once they are ("worker" or "main"). */
export interface PostingsWait {
  (): PostingIndex;
  where: "pending" | "worker" | "main";
  /** Present when the worker was asked to read the names of paragraphs `factsFrom` on and could start. */
  facts?: SentencesWait;
}

/**
 * Wait until the worker says in `flag[slot]` that one of its jobs is done or failed, telling `onProgress` the count
 * it keeps in `flag[progressSlot]` meanwhile; whether the job is done. Gives up when the worker failed to load, did
 * not start within START_TIMEOUT_MS, or stalled for STALL_TIMEOUT_MS.
 */
function waitForSlot(
  flag: Int32Array,
  slot: number,
  progressSlot: number,
  onProgress?: (done: number) => void,
): boolean {
  let since = performance.now();
  let seen = -1;
  let value: number;
  while ((value = Atomics.load(flag, slot)) < COUNT_DONE) {
    const state = Atomics.load(flag, FLAG.state);
    // The worker failed to load: it does nothing more.
    if (state === COUNT_FAILED) break;
    const done = Atomics.load(flag, progressSlot);
    if (done !== seen) {
      seen = done;
      since = performance.now();
    }
    const waited = performance.now() - since;
    if (waited >= (state === STARTING ? START_TIMEOUT_MS : STALL_TIMEOUT_MS)) break;
    onProgress?.(done);
    Atomics.wait(flag, slot, value, 100);
  }
  return Atomics.load(flag, slot) === COUNT_DONE;
}

/**
 * Start building the postings of `paragraphs` in a worker thread; the function returned waits for them, telling
 * `onIndexed` how many paragraphs the worker has done meanwhile (the main thread is busy with the facts until then).
 * With `factsFrom`, the worker first reads the names and dates of the sentences of paragraphs `factsFrom` on
 * (readSentencesPart), which `facts` of the function returned waits for.
 */
export function countPostingsAside(
  paragraphs: readonly AsideParagraph[],
  onIndexed?: (done: number) => void,
  factsFrom?: number,
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
  const flag = new Int32Array(new SharedArrayBuffer(4 * 4));
  const { port1, port2 } = new MessageChannel();
  const facts = factsFrom === undefined ? undefined : new MessageChannel();
  try {
    const input: CountInput = {
      url: url.href,
      flag,
      port: port2,
      paragraphs: paragraphs.map((p, at) => sentPart(p, at, factsFrom ?? paragraphs.length)),
    };
    if (facts) {
      input.factsPort = facts.port2;
      input.factsFrom = factsFrom;
    }
    worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: input,
      transferList: facts ? [port2, facts.port2] : [port2],
    });
    worker.unref();
    // A worker that fails is replaced by the main thread's own build; its error must not end the process.
    worker.on("error", () => undefined);
  } catch {
    return wait;
  }
  if (facts)
    wait.facts = (onRead) => {
      const message = waitForSlot(flag, FLAG.factsState, FLAG.factsRead, onRead)
        ? receiveMessageOnPort(facts.port1)
        : undefined;
      facts.port1.close();
      return message?.message as SentencesPart | undefined;
    };
  take = () => {
    const message = waitForSlot(flag, FLAG.state, FLAG.counted, onIndexed)
      ? receiveMessageOnPort(port1)
      : undefined;
    port1.close();
    void worker.terminate();
    if (!message) return countHere();
    onIndexed?.(paragraphs.length);
    wait.where = "worker";
    return withTermMap(message.message as PostingArrays);
  };
  return wait;
}
