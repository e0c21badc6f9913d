// The worker thread of countPostingsAside.ts: read the names of the share of the corpus it was given, when it was
// (sent, and said so in the shared flag, as soon as read: the main thread waits for them before the postings), then
// build the postings of the paragraphs, send the arrays (moved, not copied) and say so in the shared flag, which
// the main thread waits on.
import { isMainThread, workerData } from "node:worker_threads";
import { readSentencesPart, type PartParagraph } from "../analysis/readSentencesPart.js";
import { buildParagraphPostingArrays } from "./buildSearchIndex.js";
import { COUNT_DONE, COUNT_FAILED, FLAG, type CountInput } from "./countPostingsAside.js";

/** Read the names of paragraphs `factsFrom` on and send them to `port`; the flag says whether that worked. */
function readFactsInWorker(input: CountInput, port: NonNullable<CountInput["factsPort"]>): void {
  const from = input.factsFrom ?? input.paragraphs.length;
  try {
    const part = readSentencesPart(
      input.paragraphs.map((p) => p.text),
      input.paragraphs.slice(from) as PartParagraph[],
      from,
      (done) => Atomics.store(input.flag, FLAG.factsRead, done),
    );
    port.postMessage(part);
    Atomics.store(input.flag, FLAG.factsState, COUNT_DONE);
  } catch {
    Atomics.store(input.flag, FLAG.factsState, COUNT_FAILED);
  }
  Atomics.notify(input.flag, FLAG.factsState);
  port.close();
}

function countInWorker(input: CountInput): void {
  if (input.factsPort) readFactsInWorker(input, input.factsPort);
  try {
    // No term tree: it cannot be sent, and the main thread makes it from the term list.
    const arrays = buildParagraphPostingArrays(input.paragraphs, (done) =>
      Atomics.store(input.flag, FLAG.counted, done),
    );
    const buffers = [
      ...arrays.fieldLengths,
      arrays.termStarts,
      arrays.docs,
      arrays.frequencies,
    ].map((a) => a.buffer as ArrayBuffer);
    input.port.postMessage(arrays, buffers);
    Atomics.store(input.flag, FLAG.state, COUNT_DONE);
  } catch {
    Atomics.store(input.flag, FLAG.state, COUNT_FAILED);
  }
  Atomics.notify(input.flag, FLAG.state);
  input.port.close();
}

if (!isMainThread) countInWorker(workerData as CountInput);
