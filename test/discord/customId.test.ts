import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCustomId, encodeCustomId, type ButtonAction } from "../../src/discord/customId.js";

describe("custom id codec", () => {
  it("round-trips a page button with its query", () => {
    const action: ButtonAction = {
      kind: "page",
      command: "quote",
      page: 3,
      userId: "123456789012345678",
      query: "Witkoff | said",
    };
    expect(decodeCustomId(encodeCustomId(action))).toEqual(action);
  });

  it("round-trips a publish button, including the empty (whole corpus) topic", () => {
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "" }))).toEqual({
      kind: "publish",
      topic: "",
    });
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "Ukraine minerals" }))).toEqual({
      kind: "publish",
      topic: "Ukraine minerals",
    });
  });

  it("leaves out text too long for 100 characters instead of cutting it", () => {
    const id = encodeCustomId({
      kind: "page",
      command: "who",
      page: 1,
      userId: "123456789012345678",
      query: "x".repeat(6000),
    });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id)).toEqual({
      kind: "page",
      command: "who",
      page: 1,
      userId: "123456789012345678",
    });
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "t".repeat(99) }))).toEqual({
      kind: "publish",
    });
  });

  it("never produces more than 100 characters and always decodes what it made", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom("who", "where", "when", "quote", "ask" as const),
        (query, page, command) => {
          const action: ButtonAction = {
            kind: "page",
            command,
            page,
            userId: "123456789012345678",
            query,
          };
          const id = encodeCustomId(action);
          expect(id.length).toBeLessThanOrEqual(100);
          const back = decodeCustomId(id);
          expect(back).toMatchObject({ kind: "page", command, page });
          if (back?.kind === "page" && back.query !== undefined) expect(back.query).toBe(query);
        },
      ),
    );
  });

  it("round-trips a publish button for one article's summary, whatever characters the id holds", () => {
    for (const article of ["002_3005a28be2e22e32", "a|b=c^", "12:x"]) {
      expect(
        decodeCustomId(encodeCustomId({ kind: "publish", topic: "Ukraine", article })),
      ).toEqual({ kind: "publish", topic: "Ukraine", article });
    }
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "ends with ^" }))).toEqual({
      kind: "publish",
      topic: "ends with ^",
    });
    // Too long together: neither is carried, the preview's marker has both.
    expect(
      decodeCustomId(
        encodeCustomId({ kind: "publish", topic: "t".repeat(80), article: "a".repeat(30) }),
      ),
    ).toEqual({ kind: "publish" });
  });

  it("never makes a publish id over 100 characters and always decodes it to the scope or to nothing", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.option(fc.string({ minLength: 1, maxLength: 120 }), { nil: undefined }),
        (topic, article) => {
          const id = encodeCustomId({
            kind: "publish",
            topic,
            ...(article !== undefined ? { article } : {}),
          });
          expect(id.length).toBeLessThanOrEqual(100);
          const back = decodeCustomId(id);
          expect(back?.kind).toBe("publish");
          if (back?.kind === "publish" && back.topic !== undefined)
            expect(back).toEqual({
              kind: "publish",
              topic,
              ...(article !== undefined ? { article } : {}),
            });
        },
      ),
    );
  });

  it("round-trips a Show context button", () => {
    expect(
      decodeCustomId(encodeCustomId({ kind: "context", article: "002_x", paragraph: 14 })),
    ).toEqual({ kind: "context", article: "002_x", paragraph: 14 });
  });

  it("rejects ids it did not make", () => {
    for (const id of [
      "",
      "x",
      "p|rm|1|123|=q",
      "p|who|one|123|=q",
      "p|who|1|123|q",
      "s|",
      "s|x",
      "s|5:ab=t",
      "s|2:ab^",
      "c|x|a",
      "c|3|",
      "z".repeat(101),
    ]) {
      expect(decodeCustomId(id)).toBeUndefined();
    }
  });
});
