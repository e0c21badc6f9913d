import { describe, expect, it } from "vitest";
import MiniSearch from "minisearch";
import { loadCorpus } from "../../src/engine/index.js";
import {
  buildParagraphIndex,
  PARAGRAPH_INDEX_OPTIONS,
} from "../../src/engine/search/buildSearchIndex.js";
import { compactPostings, postingsOf } from "../../src/engine/search/postingIndex.js";
import { scoreParagraphs, vocabularyOf } from "../../src/engine/search/scoreParagraphs.js";
import { packSnapshot, unpackSnapshot } from "../../src/engine/snapshot/packSnapshot.js";
import { postingSections, readPostingSections } from "../../src/engine/snapshot/postingSnapshot.js";

type Internals = {
  _index: Map<string, Map<number, Map<number, number>>> &
    Iterable<[string, Map<number, Map<number, number>>]>;
};

async function seedIndex() {
  const { corpus } = await loadCorpus("seeds");
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  const mini = buildParagraphIndex(paragraphs);
  return { mini, postings: compactPostings(mini) };
}

describe("compact postings", () => {
  it("hold exactly MiniSearch's postings: every term, field, paragraph and frequency", async () => {
    const { mini, postings } = await seedIndex();
    const internals = mini as unknown as Internals;
    let terms = 0;
    for (const [term, fields] of internals._index) {
      terms++;
      for (let field = 0; field < postings.fieldCount; field++) {
        const expected = [...(fields.get(field) ?? new Map<number, number>())].sort(
          (a, b) => a[0] - b[0],
        );
        const range = postingsOf(postings, term, field);
        const actual = range
          ? Array.from({ length: range.end - range.start }, (_, i) => [
              postings.docs[range.start + i]!,
              postings.frequencies[range.start + i]!,
            ])
          : [];
        expect(actual, `${term} in field ${field}`).toEqual(expected);
      }
    }
    expect(postings.termList).toHaveLength(terms);
    expect(postings.documentCount).toBe(mini.documentCount);
  });

  it("rank one word's paragraphs as MiniSearch's own search does", async () => {
    const { mini, postings } = await seedIndex();
    // Common and rare words alike: every 20th term of the vocabulary, plus some of the seeds' most frequent.
    const words = [
      ...postings.termList.filter((_, i) => i % 20 === 0),
      "russia",
      "ukrain",
      "talk",
      "minist",
      "ceasefir",
      "war",
    ];
    for (const word of words) {
      const ours = scoreParagraphs(
        postings,
        [{ terms: new Map([[word, 1]]), weight: 1 }],
        { text: 1 },
        10,
      );
      const theirs = mini
        .search(word, { fields: ["text"], prefix: false, fuzzy: false })
        .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
        .slice(0, 10)
        .map((r) => r.id as number);
      if (word.length > 0 && postingsOf(postings, word, 0))
        expect(ours.length, word).toBeGreaterThan(0);
      expect(ours, word).toEqual(theirs);
    }
  });

  it("answer vocabulary lookups (counts, fuzzy, prefix, ranges) as MiniSearch's term tree does", async () => {
    const { mini, postings } = await seedIndex();
    const vocabulary = vocabularyOf(postings);
    const tree = (
      mini as unknown as {
        _index: {
          get(t: string): Map<number, Map<number, number>> | undefined;
          atPrefix(p: string): Iterable<[string, unknown]>;
        };
      }
    )._index;
    expect(vocabulary.get("russia")).toBe(tree.get("russia")?.get(0)?.size);
    expect(vocabulary.get("no-such-term")).toBeUndefined();
    expect([...vocabulary.atPrefix("ukr")].map(([t]) => t).sort()).toEqual(
      [...tree.atPrefix("ukr")]
        .map(([t]) => t)
        .filter((t) => tree.get(t)?.get(0)?.size)
        .sort(),
    );
    expect([...vocabulary.fuzzyGet("rusia", 1).keys()]).toContain("russia");
    const [first] = scoreParagraphs(
      postings,
      [{ terms: new Map([["witkoff", 1]]), weight: 1 }],
      { text: 1 },
      1,
    );
    expect(vocabulary.inRange("witkoff", first!, first! + 1)).toBe(true);
    expect(vocabulary.inRange("witkoff", 0, 0)).toBe(false);
  });

  it("come back from a snapshot's bytes unchanged, and a truncated snapshot is refused", async () => {
    const { postings } = await seedIndex();
    const { meta, sections } = postingSections(postings);
    const bytes = Buffer.concat(packSnapshot("TESTPOST", { meta }, sections));
    const unpacked = unpackSnapshot("TESTPOST", bytes);
    const restored = readPostingSections(
      (unpacked.header as { meta: unknown }).meta,
      unpacked.sections,
    );
    expect({ ...restored, terms: undefined }).toEqual({ ...postings, terms: undefined });
    expect([...restored.terms]).toEqual([...postings.terms]);
    expect(() => unpackSnapshot("TESTPOST", bytes.subarray(0, bytes.length - 9))).toThrow();
    expect(() => unpackSnapshot("OTHERTAG", bytes)).toThrow();
  });

  it("are built with the options the paragraph index is loaded with", () => {
    const mini = new MiniSearch(PARAGRAPH_INDEX_OPTIONS);
    mini.addAll([
      { id: 0, text: "Talks began in Riyadh.", section: "" },
      { id: 1, text: "The talks ended.", section: "Riyadh talks" },
    ]);
    const postings = compactPostings(mini);
    expect(postingsOf(postings, "talk", postings.fieldIds.text!)).toEqual({
      start: expect.any(Number),
      end: expect.any(Number),
    });
    expect(vocabularyOf(postings).get("talk")).toBe(2);
    expect(vocabularyOf(postings, "section").get("talk")).toBe(1);
  });
});
