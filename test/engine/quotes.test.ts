import { describe, expect, it } from "vitest";
import { engineOf } from "./engineOf.js";
import { findQuoteSpans } from "../../src/engine/quotes/findQuoteSpans.js";

describe("quotations", () => {
  it("pairs curly, straight and mixed marks, and reads single marks as quotes but not apostrophes", () => {
    expect(findQuoteSpans("“One,” he said. \"Two,\" she said. \"Three,” they said.").map((q) => q.text)).toEqual(["One", "Two", "Three"]);
    expect(findQuoteSpans("The minister’s aides said ‘we will not move’ on Friday.").map((q) => q.text)).toEqual(["we will not move"]);
    expect(findQuoteSpans("It’s the envoys’ plan, Kyiv’s view.").map((q) => q.text)).toEqual([]);
  });

  it("lets a quotation without a closing mark run to the end of its paragraph", () => {
    const [span] = findQuoteSpans("He said: “We will rebuild. Every bridge, every road.");
    expect(span).toMatchObject({ text: "We will rebuild. Every bridge, every road.", open: true });
  });

  it.each([
    ["“The grid will hold through winter,” said Energy Minister Ana Petrova.", "Ana Petrova"],
    ["“The grid will hold through winter,” Energy Minister Ana Petrova told reporters.", "Ana Petrova"],
    ["Energy Minister Ana Petrova said on Monday: “The grid will hold through winter.”", "Ana Petrova"],
    ["“The grid will hold through winter,” according to Energy Minister Ana Petrova.", "Ana Petrova"],
  ])("attributes %j to its speaker", (text, speaker) => {
    const top = engineOf(text).answer("quote", "grid winter").answers[0];
    expect(top?.answer).toMatch(/^The grid will hold through winter\.?$/);
    expect(top?.speaker).toBe(speaker);
  });

  it("resolves a pronoun to the person named before it, and a continued quotation to the last speaker", () => {
    const engine = engineOf(
      "Energy Minister Ana Petrova visited the plant on Monday.\n“The turbines are back online,” she said.\n“Repairs took nine days.”",
    );
    expect(engine.answer("quote", "turbines online").answers[0]?.speaker).toBe("Ana Petrova");
    expect(engine.answer("quote", "repairs nine days").answers[0]?.speaker).toBe("Ana Petrova");
  });

  it("never offers a quotation it cannot attribute", () => {
    const engine = engineOf("The plan was called “unrealistic” in a statement.\n“Nothing will change,” the sign read.");
    expect(engine.answer("quote", "unrealistic").answers).toEqual([]);
    expect(engine.answer("quote", "nothing will change").answers).toEqual([]);
  });
});
