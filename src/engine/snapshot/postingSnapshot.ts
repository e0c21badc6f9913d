import { withTermMap, type PostingIndex } from "../search/postingIndex.js";
import { viewSection } from "./packSnapshot.js";

/** What a snapshot header says about its postings; the arrays themselves are sections. */
export interface PostingMeta {
  documentCount: number;
  fieldIds: Record<string, number>;
  fieldCount: number;
  averageLengths: number[];
  termCount: number;
  /** 2 or 4: the width of a frequency. */
  frequencyBytes: number;
}

// Terms are words: they never hold a NUL, so it separates them.
const SEPARATOR = "\u0000";

/** The header part and the sections (term starts, documents, frequencies, each field's lengths, the terms) of a posting index. */
export function postingSections(index: PostingIndex): {
  meta: PostingMeta;
  sections: ArrayBufferView[];
} {
  return {
    meta: {
      documentCount: index.documentCount,
      fieldIds: { ...index.fieldIds },
      fieldCount: index.fieldCount,
      averageLengths: [...index.averageLengths],
      termCount: index.termList.length,
      frequencyBytes: index.frequencies.BYTES_PER_ELEMENT,
    },
    sections: [
      index.termStarts,
      index.docs,
      index.frequencies,
      ...index.fieldLengths,
      Buffer.from(index.termList.join(SEPARATOR), "utf8"),
    ],
  };
}

const isMeta = (value: unknown): value is PostingMeta => {
  const meta = value as Partial<PostingMeta> | null | undefined;
  return (
    typeof meta === "object" &&
    meta !== null &&
    Number.isInteger(meta.documentCount) &&
    Number.isInteger(meta.fieldCount) &&
    Number.isInteger(meta.termCount) &&
    (meta.frequencyBytes === 2 || meta.frequencyBytes === 4) &&
    typeof meta.fieldIds === "object" &&
    Array.isArray(meta.averageLengths)
  );
};

/**
 * The posting index stored by {@link postingSections}. Its arrays are copied
 * out of the snapshot's bytes (a few milliseconds), so the file's buffer,
 * most of which is the JSON header, is not kept alive by them. Throws when the sections do not agree with the
 * header (a truncated or foreign file), so such a snapshot is rebuilt.
 */
export function readPostingSections(meta: unknown, sections: readonly Buffer[]): PostingIndex {
  if (!isMeta(meta)) throw new Error("no posting header");
  const { fieldCount, termCount } = meta;
  if (sections.length !== 4 + fieldCount) throw new Error("posting sections missing");
  const termStarts = viewSection(Uint32Array, sections[0]!).slice();
  const docs = viewSection(Uint32Array, sections[1]!).slice();
  const frequencies =
    meta.frequencyBytes === 4
      ? viewSection(Uint32Array, sections[2]!).slice()
      : viewSection(Uint16Array, sections[2]!).slice();
  const fieldLengths = sections
    .slice(3, 3 + fieldCount)
    .map((s) => viewSection(Uint32Array, s).slice());
  const text = sections[3 + fieldCount]!.toString("utf8");
  const termList = termCount === 0 ? [] : text.split(SEPARATOR);
  if (
    termList.length !== termCount ||
    termStarts.length !== termCount * fieldCount + 1 ||
    termStarts[termCount * fieldCount] !== docs.length ||
    frequencies.length !== docs.length
  ) {
    throw new Error("posting sections do not match their header");
  }
  if (fieldLengths.some((lengths) => lengths.length !== meta.documentCount))
    throw new Error("field lengths do not match the document count");
  return withTermMap({
    documentCount: meta.documentCount,
    fieldIds: meta.fieldIds,
    fieldCount,
    averageLengths: meta.averageLengths,
    fieldLengths,
    termList,
    termStarts,
    docs,
    frequencies,
  });
}
