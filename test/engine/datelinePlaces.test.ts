import { describe, expect, it } from "vitest";
import { engineOf } from "./engineOf.js";

describe("where from a story's dateline", () => {
  it("answers where with the dateline of the story the matching sentence belongs to, citing the story's first sentence", () => {
    const engine = engineOf(
      "Elburn, Ill. -- Farm machinery dealer Bob Houtz tilts back in a battered chair and tells of a sharp pickup in sales.\n" +
        "Corn harvests are so heavy that older machines cannot handle them.\n" +
        "Austin, Texas -- The Texas Senate voted on Tuesday to raise the sales tax.\n",
    );
    const top = engine.answer("where", "Where does farm machinery dealer Bob Houtz work?")
      .answers[0];
    expect(top?.answer).toBe("Elburn, Ill.");
    expect(top?.evidence).toMatch(/^Elburn, Ill\. -- Farm machinery dealer/);
    expect(top?.citations[0]).toEqual({ article: "a0", paragraph: 1 });
  });

  it("never takes a place from another story's dateline", () => {
    const engine = engineOf(
      "Elburn, Ill. -- Farm machinery dealer Bob Houtz tilts back in a battered chair.\n" +
        "Austin, Texas -- The Texas Senate voted on Tuesday to raise the sales tax.\n",
    );
    const answers = engine.answer(
      "where",
      "Where does farm machinery dealer Bob Houtz work?",
    ).answers;
    expect(answers.map((a) => a.answer)).not.toContain("Austin, Texas");
  });
});

describe("a place qualified by a wider one", () => {
  it("reads 'Jamaica, Long Island' as a town in Long Island, ranked as a city rather than a country", () => {
    const engine = engineOf(
      "Roommates\n\nMantle and Maris share an apartment in Jamaica, Long Island, not far from the airport.",
    );
    expect(
      engine.answer("where", "Where do Mantle and Maris share an apartment?").answers[0]?.answer,
    ).toBe("Jamaica");
  });
});

describe("places in an aside", () => {
  it("ranks a place inside ', who …,' holding none of the question's words below the place of the event", () => {
    const engine = engineOf(
      "Court\n\nMr Sigarchi, who also edits a newspaper in Tehran, was sentenced by a court in Rasht on Tuesday.",
    );
    const explanation = engine.explain("where", "Where was Sigarchi sentenced?");
    expect(
      explanation.candidates.find((c) => c.answer === "Tehran")?.effects.map((e) => e.rule),
    ).toContain("aside");
    expect(explanation.answers[0]?.answer).toBe("Rasht");
  });
});

describe("where a named thing is", () => {
  it("answers with the place that owns the asked-about name, never with a word of that name", () => {
    const engine = engineOf(
      "Labs to close\n\nDublin's hi-tech research laboratory, Media Labs Europe, is to shut down.",
      "Burgers\n\nIn 2001, he took over the reins in Europe, the company's second market.",
    );
    const answers = engine
      .answer("where", "Where is Media Labs Europe?")
      .answers.map((a) => a.answer);
    expect(answers[0]).toBe("Dublin");
    expect(answers).not.toContain("Europe");
  });
});

describe("venues named like bodies, and Irish counties", () => {
  it("answers where with a body named after 'at the' ('the Wilshire Country Club') and with 'County Down'", () => {
    const engine = engineOf(
      "Party\n\nWhen Dr. W. A. Swim held his 75th birthday party at the Wilshire Country Club, guests came by plane.",
      "Star\n\nGreer Garson was born in County Down, Ireland.",
    );
    expect(engine.answer("where", "Where was Dr. Swim's birthday party?").answers[0]?.answer).toBe(
      "Wilshire Country Club",
    );
    expect(engine.answer("where", "Where was Greer Garson born?").answers[0]?.answer).toBe(
      "County Down",
    );
  });
});

describe("stories bundled in one file", () => {
  it("does not let another story of the same file supply the question's missing words", () => {
    const engine = engineOf(
      "Dallas, Texas -- The Kirov Ballet opened a series of performances on Friday night at the Opera House downtown.\n" +
        "Austin, Texas -- Tickets for the television show cost $2 at the door, the station said on Monday.\n",
    );
    const top = engine.answer("ask", "How much did the Kirov Ballet tickets cost?").answers[0];
    expect(top?.answer).not.toBe("$2");
  });
});
