// The worker thread of countPostingsAside.ts: build the postings of the paragraphs it was given (MiniSearch), send the arrays
// (moved, not copied) and say so in the shared flag, which the main thread waits on.
import { isMainThread, workerData } from "node:worker_threads";
import { buildParagraphPostingArrays } from "./buildSearchIndex.js";
import { COUNT_DONE, COUNT_FAILED, type CountInput } from "./countPostingsAside.js";

function countInWorker(input: CountInput): void {
  try {
    // No term tree: it cannot be sent, and the main thread makes it from the term list.
    const arrays = buildParagraphPostingArrays(input.paragraphs, (done) =>
      Atomics.store(input.flag, 1, done),
    );
    const buffers = [
      ...arrays.fieldLengths,
      arrays.termStarts,
      arrays.docs,
      arrays.frequencies,
    ].map((a) => a.buffer as ArrayBuffer);
    input.port.postMessage(arrays, buffers);
    Atomics.store(input.flag, 0, COUNT_DONE);
  } catch {
    Atomics.store(input.flag, 0, COUNT_FAILED);
  }
  Atomics.notify(input.flag, 0);
  input.port.close();
}

if (!isMainThread) countInWorker(workerData as CountInput);
