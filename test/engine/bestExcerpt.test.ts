import { describe, expect, it } from "vitest";
import { engineOf } from "./engineOf.js";

describe("ask's short excerpt", () => {
  it("cuts a long sentence to the clause that answers, verbatim, and keeps the sentence as evidence", () => {
    const long =
      "The minister arrived late on Sunday after a long flight from the capital and a stop in two other cities along the coast; the new bridge over the river will cost about four hundred million euros according to the plan.";
    const [top] = engineOf(long).answer(
      "ask",
      "What does the plan say about the new bridge over the river?",
    ).answers;
    expect(top?.evidence).toBe(long);
    expect(top?.answer).toBe(
      "the new bridge over the river will cost about four hundred million euros according to the plan.",
    );
    expect(long).toContain(top!.answer);
  });

  it("leaves a short sentence whole", () => {
    const [top] = engineOf("The bridge will cost four hundred million euros.").answer(
      "ask",
      "What about the bridge?",
    ).answers;
    expect(top?.answer).toBe("The bridge will cost four hundred million euros.");
  });

  it("answers what something will cost with the amount itself, the sentence as evidence", () => {
    const [top] = engineOf("The bridge will cost four hundred million euros.").answer(
      "ask",
      "What will the bridge cost?",
    ).answers;
    expect(top).toMatchObject({
      answer: "four hundred million euros",
      evidence: "The bridge will cost four hundred million euros.",
    });
  });
});
