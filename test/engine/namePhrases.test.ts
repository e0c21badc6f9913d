import { describe, expect, it } from "vitest";
import { findNamePhrases } from "../../src/engine/search/findNamePhrases.js";
import { engineOf } from "./engineOf.js";

describe("multi-word names in the question", () => {
  it("reads runs of capitalised words as phrases, without the question word that opens them", () => {
    expect(findNamePhrases("Where did Palmer win the U.S. Open?", [])).toEqual(["u.s. open"]);
    expect(findNamePhrases("Who won the World Series?", [])).toEqual(["world series"]);
    expect(findNamePhrases("Who won it?", [])).toEqual([]);
  });

  it("answers only from an article that contains the whole name: the Pensacola Open does not answer for the U.S. Open", () => {
    const engine = engineOf(
      "Golf\n\nPalmer won the Pensacola Open by two strokes in Pensacola, Florida.",
      "Tennis\n\nThe U.S. Open final was played at Forest Hills, where Laver beat Emerson.",
    );
    expect(engine.answer("where", "Where did Palmer win the U.S. Open?").answers).toEqual([]);
    expect(
      engine.answer("where", "Where did Palmer win the Pensacola Open?").answers.length,
    ).toBeGreaterThan(0);
  });

  it("matches a name by its head word: a sentence with only 'world' is not about the World Series", () => {
    const engine = engineOf(
      "Baseball\n\nThe Yankees will play in the World Series in October.",
      "Golf\n\nArnold Palmer, the world's top sportsman, won the Masters in April.",
    );
    expect(
      engine.answer("who", "Who won the World Series?").answers.map((a) => a.answer),
    ).not.toContain("Arnold Palmer");
  });
});

describe("names in the question", () => {
  it("reads a possessive name as the name ('Herter's report' names Herter, who is not the answer)", () => {
    const engine = engineOf(
      "Talks\n\nSecretary of State Christian Herter delivered his report on Tuesday. Senator Albert Gore called the report of Herter not very encouraging.",
    );
    expect(
      engine.answer("who", "Who called Herter's report not very encouraging?").answers[0]?.answer,
    ).toBe("Albert Gore");
  });

  it("never reads lower-case English words as a name, and never corrects a capitalised corpus word onto a near name", () => {
    const engine = engineOf(
      "Concert\n\nThe Capello De Musica sang at the hall.\n\nThe music center was designed by Welton Becket, the architect.",
    );
    const explanation = engine.explain("who", "Who designed the Music center?");
    expect(explanation.entities).not.toContain("person:Capello De Musica");
  });
});

describe("numbers and ordinals in the question", () => {
  it("answers only from a paragraph that gives the question's ordinal", () => {
    const engine = engineOf(
      "Contest\n\nMrs. Alice Reese won the first prize of $25,000 on Tuesday.\n\nThe judges praised every entry in the contest.",
    );
    expect(engine.answer("who", "Who won the first prize?").answers[0]?.answer).toMatch(/Reese/);
    expect(engine.answer("who", "Who won the second prize?").answers).toEqual([]);
  });
});

describe("name phrases and possessives", () => {
  it("never cuts a word to make a phrase before a possessive ('Dr. Swim's party' holds no phrase)", () => {
    expect(findNamePhrases("Where was Dr. Swim's birthday party?", [])).toEqual([]);
  });
});
