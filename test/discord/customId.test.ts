import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCustomId, encodeCustomId, type ButtonAction } from "../../src/discord/customId.js";

describe("custom id codec", () => {
  it("round-trips a page button with its query", () => {
    const action: ButtonAction = { kind: "page", command: "quote", page: 3, userId: "123456789012345678", query: "Witkoff | said" };
    expect(decodeCustomId(encodeCustomId(action))).toEqual(action);
  });

  it("round-trips a publish button, including the empty (whole corpus) topic", () => {
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "" }))).toEqual({ kind: "publish", topic: "" });
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "Ukraine minerals" }))).toEqual({ kind: "publish", topic: "Ukraine minerals" });
  });

  it("leaves out text too long for 100 characters instead of cutting it", () => {
    const id = encodeCustomId({ kind: "page", command: "who", page: 1, userId: "123456789012345678", query: "x".repeat(6000) });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id)).toEqual({ kind: "page", command: "who", page: 1, userId: "123456789012345678" });
    expect(decodeCustomId(encodeCustomId({ kind: "publish", topic: "t".repeat(99) }))).toEqual({ kind: "publish" });
  });

  it("never produces more than 100 characters and always decodes what it made", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom("who", "where", "when", "quote", "ask" as const), (query, page, command) => {
        const action: ButtonAction = { kind: "page", command, page, userId: "123456789012345678", query };
        const id = encodeCustomId(action);
        expect(id.length).toBeLessThanOrEqual(100);
        const back = decodeCustomId(id);
        expect(back).toMatchObject({ kind: "page", command, page });
        if (back?.kind === "page" && back.query !== undefined) expect(back.query).toBe(query);
      }),
    );
  });

  it("rejects ids it did not make", () => {
    for (const id of ["", "x", "p|rm|1|123|=q", "p|who|one|123|=q", "p|who|1|123|q", "s|", "s|x", "z".repeat(101)]) {
      expect(decodeCustomId(id)).toBeUndefined();
    }
  });
});
