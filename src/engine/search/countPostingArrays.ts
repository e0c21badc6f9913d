import { compareCodeUnits, type PostingArrays } from "./postingIndex.js";

// The postings of a first build, counted straight into arrays. Adding 100k paragraphs to MiniSearch and reading its
// index out (compactPostingArrays) took about 6 s of a first start, most of it MiniSearch's radix tree and its Map
// of Maps per term, which the compact form throws away. This counts the same thing with one Map from term to
// growing lists: documents come in ascending order, so each list is sorted as it grows. Every figure is made as
// MiniSearch makes it (its `add` and `addFieldLength`, minisearch 7), so the arrays are the same, bit for bit: a
// test compares them with compactPostingArrays of a MiniSearch index, and snapshots are written from them.

/** One document to count: the tokens of each field, in field order (MiniSearch's `fields`). */
export type FieldTokens = readonly (readonly string[])[];

/** A term's postings while counting: per field, its documents and their frequencies. */
interface Growing {
  docs: number[][];
  frequencies: number[][];
}

/**
 * Count the postings of `count` documents whose tokens `tokensOf(doc)` gives, for fields `fieldNames` (numbered
 * in that order, as MiniSearch numbers them). `onCounted(done)` hears after every document.
 */
export function countPostingArrays(
  fieldNames: readonly string[],
  count: number,
  tokensOf: (doc: number) => FieldTokens,
  onCounted?: (done: number) => void,
): PostingArrays {
  const fieldCount = fieldNames.length;
  const fieldIds: Record<string, number> = {};
  fieldNames.forEach((name, f) => (fieldIds[name] = f));
  const growing = new Map<string, Growing>();
  const fieldLengths = Array.from({ length: fieldCount }, () => new Uint32Array(count));
  // MiniSearch's running mean, updated per document and field in the same order: the same floating-point steps.
  const averageLengths: number[] = [];
  let postings = 0;
  let highest = 0;
  for (let doc = 0; doc < count; doc++) {
    const fields = tokensOf(doc);
    for (let f = 0; f < fieldCount; f++) {
      const tokens = fields[f] ?? [];
      const length = new Set(tokens).size;
      fieldLengths[f]![doc] = length;
      averageLengths[f] = ((averageLengths[f] || 0) * doc + length) / (doc + 1);
      for (const term of tokens) {
        // MiniSearch skips an empty term.
        if (!term) continue;
        let entry = growing.get(term);
        if (!entry) {
          entry = {
            docs: Array.from({ length: fieldCount }, () => []),
            frequencies: Array.from({ length: fieldCount }, () => []),
          };
          growing.set(term, entry);
        }
        const docs = entry.docs[f]!;
        const frequencies = entry.frequencies[f]!;
        const last = docs.length - 1;
        if (last >= 0 && docs[last] === doc) {
          const frequency = frequencies[last]! + 1;
          frequencies[last] = frequency;
          if (frequency > highest) highest = frequency;
        } else {
          docs.push(doc);
          frequencies.push(1);
          postings++;
          if (highest < 1) highest = 1;
        }
      }
    }
    onCounted?.(doc + 1);
  }
  const termList = [...growing.keys()].sort(compareCodeUnits);
  const termStarts = new Uint32Array(termList.length * fieldCount + 1);
  const docs = new Uint32Array(postings);
  const frequencies = highest > 0xffff ? new Uint32Array(postings) : new Uint16Array(postings);
  let at = 0;
  termList.forEach((term, t) => {
    const entry = growing.get(term)!;
    for (let f = 0; f < fieldCount; f++) {
      termStarts[t * fieldCount + f] = at;
      const list = entry.docs[f]!;
      docs.set(list, at);
      frequencies.set(entry.frequencies[f]!, at);
      at += list.length;
    }
  });
  termStarts[termList.length * fieldCount] = at;
  return {
    documentCount: count,
    fieldIds,
    fieldCount,
    averageLengths,
    fieldLengths,
    termList,
    termStarts,
    docs,
    frequencies,
  };
}
