import { describe, expect, it } from "vitest";
import { engineOf } from "./engineOf.js";

const when = (query: string, ...texts: string[]) =>
  engineOf(...texts).answer("when", query).answers;

describe("when-answers from the dates found", () => {
  it("answers with a day-month written without a year", () => {
    expect(
      when(
        "When did the appeals panel lift the ban?",
        "The appeals panel lifted the ban on 18 March after a long hearing.",
      )[0]?.answer,
    ).toBe("18 March");
  });

  it("answers with a weekday and its date as one expression, not two", () => {
    const answers = when(
      "When will the club play the final?",
      "The club will play the final on Saturday, Oct. 21 at the new ground.",
    );
    expect(answers.map((a) => a.answer)).toEqual(["Saturday, Oct. 21"]);
  });

  it("answers with a month given relative to the year, whole", () => {
    expect(
      when(
        "When was the bridge repainted?",
        "The bridge was repainted in May last year and reopened.",
      )[0]?.answer,
    ).toBe("May last year");
  });

  it("never answers with the modal verb may", () => {
    expect(
      when(
        "When may the council raise taxes?",
        "This may force the council to raise taxes, the leader warned.",
      ),
    ).toEqual([]);
  });

  it("takes the date from the coordinated clause that holds the question's words", () => {
    const answers = when(
      "When did the museum open at its riverside home?",
      "The museum began 40 years ago but the doors opened at its riverside home beside the old harbour wall on the east bank in 1971.",
    );
    expect(answers[0]?.answer).toBe("1971");
  });

  it("resolves a day-month without a year against the article date", () => {
    const [top] = when(
      "When will the bakery close?",
      " date 2005-01-20 The town bakery will close on 1 February after a century of trading.",
    );
    expect(top).toMatchObject({ answer: "1 February", resolved: "2005-02-01" });
  });
});
