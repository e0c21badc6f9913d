import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generateCorpus.js";
import { collectFacts, type CorpusFacts } from "../../src/engine/analysis/analyzeCorpus.js";
import { loadCorpus } from "../../src/engine/index.js";
import {
  FACT_SECTIONS,
  factsSections,
  readFactsSections,
} from "../../src/engine/snapshot/factsSnapshot.js";
import { packSnapshot, unpackSnapshot } from "../../src/engine/snapshot/packSnapshot.js";
import type { Entity } from "../../src/engine/types.js";

const work = mkdtempSync(join(tmpdir(), "verbatim-facts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Facts written as a snapshot file's bytes and read back, as loadIndexSnapshot does. */
function roundTrip(facts: CorpusFacts): CorpusFacts {
  const { meta, sections } = factsSections(facts);
  const { header, sections: read } = unpackSnapshot(
    "TESTFACT",
    Buffer.concat(packSnapshot("TESTFACT", meta, sections)),
  );
  return readFactsSections(header, read);
}

describe("corpus facts as binary sections", () => {
  it("read back equal to the facts of the seeds and of a generated corpus", async () => {
    const generated = await generateCorpus(join(work, "gen"), 1500, 5);
    for (const dir of ["seeds", generated.dir]) {
      const facts = collectFacts((await loadCorpus(dir)).corpus);
      expect(facts.entities.entities.length).toBeGreaterThan(50);
      expect(facts.entities.nameIndex?.surnames.length).toBeGreaterThan(0);
      const read = roundTrip(facts);
      expect(read).toStrictEqual(facts);
      // Key order too: what is read serialises as the built facts do.
      expect(JSON.stringify(read)).toBe(JSON.stringify(facts));
    }
  });

  // Facts are plain objects, as the build makes them.
  const plain = { noNullPrototype: true } as const;
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.constantFrom("", "\u0000", "é", "“quoted”", "日本", "😀", "gen_000001"),
  );
  const weight = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1.2, 0.3));
  const vote = fc.record(
    {
      rule: fc.constantFrom("title-before", "speaks", "lower-case-words"),
      kind: fc.constantFrom("person", "place", "org", "other"),
      weight,
    },
    plain,
  ) as fc.Arbitrary<NonNullable<Entity["votes"]>[number]>;
  const count = fc.nat({ max: 2 ** 32 - 1 });
  const entity: fc.Arbitrary<Entity> = fc.record(
    {
      id: text,
      kind: fc.constantFrom("person", "place", "date", "org"),
      name: text,
      variants: fc.array(text, { maxLength: 4 }),
      roles: fc.array(text, { maxLength: 3 }),
      mentions: fc.array(fc.record({ article: text, paragraph: count }, plain), { maxLength: 4 }),
      mentionCount: count,
      votes: fc.array(vote, { maxLength: 3 }),
      gender: fc.constantFrom("m" as const, "f" as const),
    },
    {
      requiredKeys: ["id", "kind", "name", "variants", "roles", "mentions", "mentionCount"],
      noNullPrototype: true,
    },
  );
  const pairs = fc.array(fc.tuple(text, text), { maxLength: 4 });
  const lookups = fc.array(fc.tuple(text, fc.array(text, { maxLength: 3 })), { maxLength: 4 });
  const facts: fc.Arbitrary<CorpusFacts> = fc.record(
    {
      entities: fc.record(
        {
          entities: fc.array(entity, { maxLength: 6 }),
          clusters: fc.array(
            fc.record(
              {
                id: text,
                surnameKey: text,
                firstNames: fc.array(text, { maxLength: 3 }),
                fullNameCount: count,
                articles: fc.array(text, { maxLength: 3 }),
              },
              {
                requiredKeys: ["id", "surnameKey", "firstNames", "fullNameCount"],
                noNullPrototype: true,
              },
            ),
            { maxLength: 4 },
          ),
          spanTypes: fc.array(
            fc.tuple(text, fc.constantFrom("person" as const, "place" as const), weight),
            { maxLength: 4 },
          ),
          lowerWords: fc.array(text, { maxLength: 4 }),
          articleTitles: pairs,
          nameIndex: fc.record({ names: lookups, surnames: lookups, titles: pairs }, plain),
        },
        { requiredKeys: ["entities", "clusters"], noNullPrototype: true },
      ),
      speakerQuotes: fc.array(fc.tuple(text, fc.array(count, { maxLength: 4 })), { maxLength: 3 }),
      salient: fc.array(count, { maxLength: 5 }),
    },
    plain,
  );

  it("read back any facts equal, whatever their strings and numbers (fast-check)", () => {
    fc.assert(
      fc.property(facts, (value) => {
        const read = roundTrip(value);
        expect(read).toStrictEqual(value);
        expect(JSON.stringify(read)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it("refuse to store facts they could not read back exactly", () => {
    const base: CorpusFacts = {
      entities: { entities: [], clusters: [] },
      speakerQuotes: [],
      salient: [],
    };
    const person: Entity = {
      id: "person:1",
      kind: "person",
      name: "Jan Novak",
      variants: ["Jan Novak"],
      roles: [],
      mentions: [{ article: "a", paragraph: 1 }],
      mentionCount: 1,
    };
    expect(() =>
      factsSections({ ...base, entities: { ...base.entities, entities: [person] } }),
    ).not.toThrow();
    const extraKey = { ...person, note: "x" } as Entity;
    const { id, ...rest } = person;
    const reordered: Entity = { ...rest, id };
    const fraction = { ...person, mentionCount: 1.5 };
    for (const bad of [extraKey, reordered, fraction])
      expect(() =>
        factsSections({ ...base, entities: { ...base.entities, entities: [bad] } }),
      ).toThrow(/facts snapshot/);
    expect(() => factsSections({ ...base, salient: [-1] })).toThrow(/uint32/);
  });

  it("throw on truncated or damaged sections instead of reading wrong facts", async () => {
    const facts = collectFacts((await loadCorpus("seeds")).corpus);
    const { meta, sections } = factsSections(facts);
    expect(sections).toHaveLength(FACT_SECTIONS);
    const buffers = sections.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength));
    const read = (changed: Buffer[]) => readFactsSections(meta, changed);
    expect(read(buffers)).toStrictEqual(facts);
    const stream = buffers[4]!;
    // Cut the stream of values short anywhere (whole values: the layout rejects a partial one elsewhere).
    for (let values = 0; values < stream.length / 4; values += 97)
      expect(() => read(buffers.with(4, stream.subarray(0, values * 4)))).toThrow();
    // A value too many, a string table cut short, weights missing.
    expect(() => read(buffers.with(4, Buffer.concat([stream, Buffer.alloc(4)])))).toThrow();
    expect(() => read(buffers.with(0, buffers[0]!.subarray(0, 10)))).toThrow();
    expect(() => read(buffers.with(5, buffers[5]!.subarray(0, 8)))).toThrow();
    // A count (the first value) or a string id (the next two) gone wild: an error, never a hang.
    for (const at of [0, 1, 2]) {
      const damaged = Buffer.from(stream);
      damaged.writeUInt32LE(0xfffffff0, at * 4);
      expect(() => read(buffers.with(4, damaged))).toThrow();
    }
    expect(() => read(buffers.slice(1))).toThrow(/missing/);
    expect(() => readFactsSections({ layout: 2 }, buffers)).toThrow(/header/);
  });
});
