import { describe, expect, it } from "vitest";
import { findAmounts } from "../../src/engine/answers/findAmounts.js";
import { engineOf } from "./engineOf.js";

const amounts = (text: string) => findAmounts(text).map((a) => a.text);

describe("amounts", () => {
  it.each([
    [
      "there were no fewer than 120 political parties in the country",
      "no fewer than 120 political parties",
    ],
    ["the plant turns out 2,100 cars a day", "2,100 cars a day"],
    ["a skilled worker earns $37 a week", "$37 a week"],
    ["the state pays thirty cents per head", "thirty cents per head"],
    ["the club has 75 fun-loving couples", "75 fun-loving couples"],
    ["his family holds a 28.1% stake", "28.1%"],
  ])("finds the whole amount in %j", (text, expected) => {
    expect(amounts(text)).toContain(expected);
  });

  it("names the row that found each amount", () => {
    expect(findAmounts("It cost $24m.")[0]).toMatchObject({ text: "$24m", rule: "money" });
  });

  it("never answers 'how much' with an age", () => {
    const engine = engineOf(
      "Pay\n\nThe 34-year-old striker will be paid £50,000 a week under the new contract.",
    );
    expect(engine.answer("ask", "How much will the striker be paid?").answers[0]?.answer).toBe(
      "£50,000 a week",
    );
  });

  it("routes 'What does X pay …?' to amounts", () => {
    const engine = engineOf(
      "Libraries\n\nThe state pays each library system thirty cents per head of population.",
    );
    expect(
      engine.answer("ask", "What does the state pay a library system?").answers[0]?.answer,
    ).toBe("thirty cents per head");
  });
});
