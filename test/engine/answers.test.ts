import { describe, expect, it } from "vitest";
import type { AnswerResult, Engine } from "../../src/engine/index.js";
import { engineOf } from "./engineOf.js";
import { seedEngine } from "./seedEngine.js";

function expectVerbatim(engine: Engine, result: AnswerResult) {
  for (const answer of result.answers) {
    const cited = answer.citations[0]!;
    const paragraph = engine.getParagraph(cited.article, cited.paragraph);
    expect(paragraph?.text).toContain(answer.evidence);
  }
}

describe("who", () => {
  it("names the holder of a role with the role as the text states it", async () => {
    const engine = await seedEngine();
    const result = engine.answer("who", "Russian foreign minister");
    expect(result.answers[0]?.answer).toMatch(/Lavrov/);
    expect(result.answers[0]?.role).toMatch(/Foreign Minister/);
    expect(result.answers[0]?.evidence).toMatch(/Lavrov/);
    expectVerbatim(engine, result);
  });

  it("answers who did something with the agent, not a possessive or a person the question names", async () => {
    const engine = await seedEngine();
    expect(
      engine.answer("who", "leads the Ukrainian delegation in Jeddah").answers[0]?.answer,
    ).toMatch(/Jermak|Yermak/);
    expect(
      engine.answer("who", "Who interviewed Witkoff on a podcast?").answers[0]?.answer,
    ).toMatch(/Carlson/);
  });

  it("answers 'who is X' with the person, their roles and where they appear", async () => {
    const engine = await seedEngine();
    const result = engine.answer("who", "Who is Witkoff?");
    expect(result.answers[0]?.answer).toMatch(/Witkoff/);
    expect(result.answers[0]?.role).toMatch(/envoy/);
    expect(result.answers[0]!.citations.length).toBeGreaterThan(1);
    expect(new Set(result.answers.map((a) => a.role)).size).toBe(result.answers.length);
  });

  it("does not take the doer from an aside that holds none of the question's words", async () => {
    const engine = await seedEngine();
    // "Zelenskiy, who was in Saudi Arabia on Monday to meet with Crown Prince Mohammed bin Salman, will not be joining the talks."
    expect(engine.answer("who", "Who will not be joining the talks?").answers[0]?.answer).toMatch(
      /Zelensk/,
    );
  });

  it("follows a subject pronoun back to the person named just before it", () => {
    const engine = engineOf(
      "Prime Minister Ana Lind met the unions on Monday. Later, she announced a freeze on fuel prices.",
    );
    expect(engine.answer("who", "Who announced a freeze on fuel prices?").answers[0]?.answer).toBe(
      "Ana Lind",
    );
  });

  it("keeps the answer short: a name, not a sentence", async () => {
    const engine = await seedEngine();
    for (const query of [
      "Kremlin spokesperson",
      "Dutch prime minister",
      "Saudi foreign minister",
    ]) {
      const top = engine.answer("who", query).answers[0];
      expect(top?.answer.split(/\s+/).length).toBeLessThanOrEqual(6);
    }
  });
});

describe("where, when, quote, ask", () => {
  it("answers where with a venue when the text gives one", async () => {
    const engine = await seedEngine();
    expect(
      engine.answer("where", "Where did the US-Russia talks commence?").answers[0]?.answer,
    ).toBe("Al-Diriyah Palace");
    expect(engine.answer("where", "Where will Kellogg visit Zelensky?").answers[0]?.answer).toBe(
      "Kyiv",
    );
  });

  it("answers when with the expression as written", async () => {
    const engine = await seedEngine();
    expect(
      engine.answer("when", "When did Russia launch its large-scale invasion of Ukraine?")
        .answers[0]?.answer,
    ).toBe("February 24, 2022");
    expect(engine.answer("when", "When did Russia annex Crimea?").answers[0]?.answer).toBe("2014");
  });

  it("does not take a date from a relative clause about something else", async () => {
    const engine = await seedEngine();
    // "…paused intelligence sharing with Ukraine, which Russian troops invaded at scale in 2022": 2022 dates the invasion.
    expect(engine.answer("when", "When did the US stop intelligence sharing?").answers).toEqual([]);
  });

  it("takes a place from a where-clause that describes it", () => {
    const engine = engineOf(
      "Talks\n\nThe two leaders met in Geneva, where the talks on the dam collapsed after an hour.",
    );
    expect(engine.answer("where", "Where did the dam talks collapse?").answers[0]?.answer).toBe(
      "Geneva",
    );
  });

  it("resolves a relative date against the article date and shows both", () => {
    const engine = engineOf(
      " date 2025-03-11 Officials will meet in Jeddah on Thursday to discuss the ceasefire.",
    );
    const top = engine.answer("when", "When will officials meet in Jeddah?").answers[0];
    expect(top?.answer).toBe("Thursday");
    expect(top?.resolved).toBe("2025-03-13");
  });

  it("does not resolve a relative date when the article date is unknown", () => {
    const engine = engineOf("Officials will meet in Jeddah on Thursday to discuss the ceasefire.");
    const top = engine.answer("when", "When will officials meet in Jeddah?").answers[0];
    expect(top?.answer).toBe("Thursday");
    expect(top?.resolved).toBeUndefined();
  });

  it("attributes quotations in curly, straight and mixed marks to their speaker", () => {
    const engine = engineOf(
      "Foreign Minister Jan Novak spoke on Monday. “We will rebuild every bridge,” Novak said.",
      'Energy chief Maria Lopez arrived. "The grid is stable tonight," said Lopez.',
      'Mayor Tom Berg was asked about floods. "We cannot wait for the river to rise again,” he told reporters.',
    );
    expect(engine.answer("quote", "Novak bridge").answers[0]).toMatchObject({
      answer: "We will rebuild every bridge",
      speaker: "Jan Novak",
    });
    expect(engine.answer("quote", "Lopez grid").answers[0]).toMatchObject({
      answer: "The grid is stable tonight",
      speaker: "Maria Lopez",
    });
    expect(engine.answer("quote", "river floods").answers[0]).toMatchObject({
      speaker: "Tom Berg",
    });
  });

  it("finds a speaker's quotation on a topic in the seeds, verbatim", async () => {
    const engine = await seedEngine();
    const result = engine.answer("quote", "Witkoff ceasefire");
    expect(result.answers[0]?.answer).toContain("30-day ceasefire");
    expect(result.answers[0]?.speaker).toMatch(/Witkoff/);
    expectVerbatim(engine, result);
  });

  it("answers amounts for how-much questions", async () => {
    const engine = await seedEngine();
    expect(
      engine.answer("ask", "How much military aid has the US given Ukraine?").answers[0]?.answer,
    ).toContain("$65 billion");
  });

  it("routes ask by question word", async () => {
    const engine = await seedEngine();
    expect(
      engine.answer("ask", "Which city hosted the emergency meeting of European leaders?")
        .answers[0]?.answer,
    ).toBe("Paris");
    expect(
      engine.answer("ask", "What is the name of the Dutch prime minister?").answers[0]?.answer,
    ).toBe("Dick Schoof");
    expect(engine.answer("ask", "Who is the Kremlin spokesperson?").answers[0]?.answer).toMatch(
      /Peskov/,
    );
    expect(engine.answer("ask", "Where will Kellogg visit Zelensky?").answers[0]?.answer).toBe(
      "Kyiv",
    );
  });
});

describe("no answer", () => {
  it.each([
    ["who", "Who won the Super Bowl?"],
    ["where", "Where were the Olympic Games held?"],
    ["when", "When did the Beatles split up?"],
    ["quote", "Taylor Swift on touring"],
    ["ask", "What is the boiling point of mercury?"],
    ["who", "the the of and"],
    ["who", ""],
  ] as const)("returns no answer for %s %j, with suggestions", async (command, query) => {
    const engine = await seedEngine();
    const result = engine.answer(command, query);
    expect(result.answers).toEqual([]);
    expect(Array.isArray(result.suggestions)).toBe(true);
  });
});

describe("ask for an amount", () => {
  const engine = engineOf(
    "Ballet news\n\nThe Kirov Ballet opened its season on Friday, and the tickets sold out within a day.\n\nUltimately the U.N. army in the Congo reached a top strength of 19,000 troops.",
  );

  it("says the sources don't say when no sentence on the question gives a figure", () => {
    expect(engine.answer("ask", "How much did the Kirov Ballet tickets cost?").answers).toEqual([]);
  });

  it("still falls back to a sentence that gives a figure the amount reader missed", () => {
    const answers = engine.answer("ask", "How large did the U.N. army in the Congo get?").answers;
    expect(answers[0]?.evidence).toContain("19,000");
  });
});

describe("summary", () => {
  it("gives 5 to 10 cited bullets without repeating a fact, within 4096 characters", async () => {
    const engine = await seedEngine();
    for (const topic of ["", "Ukraine minerals deal", "Riyadh talks"]) {
      const summary = engine.summarize(topic);
      expect(summary.bullets.length).toBeGreaterThanOrEqual(topic ? 3 : 5);
      expect(summary.bullets.length).toBeLessThanOrEqual(10);
      const texts = summary.bullets.map((b) => b.text);
      expect(new Set(texts).size).toBe(texts.length);
      const rendered = summary.bullets
        .map(
          (b) => `• ${b.text} ${b.citations.map((c) => `${c.article} ¶${c.paragraph}`).join(", ")}`,
        )
        .join("\n");
      expect(rendered.length).toBeLessThanOrEqual(4096);
      for (const bullet of summary.bullets) {
        const first = bullet.citations[0]!;
        expect(engine.getParagraph(first.article, first.paragraph)?.text).toContain(bullet.text);
      }
    }
  });

  it("merges the citations of articles that state the same fact", async () => {
    const engine = engineOf(
      "Leaders met in Geneva on Monday to discuss the grain corridor.\nThe weather was cold.",
      "Leaders met in Geneva on Monday to discuss the grain corridor, officials said.\nA band played.",
      "Separately, the central bank raised interest rates by half a point.",
    );
    const bullets = engine.summarize("").bullets;
    const geneva = bullets.filter((b) => b.text.includes("Geneva"));
    expect(geneva).toHaveLength(1);
    expect(geneva[0]!.citations.map((c) => c.article).sort()).toEqual(["a0", "a1"]);
  });
});

describe("answer cache", () => {
  it("gives the same answers to a repeated question: a caller cannot change the cached result", async () => {
    const engine = await seedEngine();
    const first = engine.answer("who", "Kremlin spokesperson");
    expect(() => {
      first.answers[0]!.answer = "changed by a caller";
    }).toThrow(TypeError);
    expect(() => first.answers.pop()).toThrow(TypeError);
    expect(() => first.answers[0]!.citations.push({ article: "x", paragraph: 1 })).toThrow(
      TypeError,
    );
    const again = engine.answer("who", "Kremlin spokesperson");
    expect(again.answers[0]?.answer).toMatch(/Peskov/);
    expect(again).toEqual(engine.answer("who", "  Kremlin   spokesperson "));
  });

  it("leaves the entity table unfrozen when a profile answer cites it", async () => {
    const engine = await seedEngine();
    const person = engine.entities().find((e) => e.name.endsWith("Lavrov"))!;
    const profile = engine.answer("who", "Who is Lavrov?");
    expect(Object.isFrozen(profile.answers[0]!.citations[0])).toBe(true);
    expect(person.mentions.some((c) => Object.isFrozen(c))).toBe(false);
  });
});

describe("find source", () => {
  it("finds the paragraphs that support a chat claim, ignoring chat noise", async () => {
    const engine = await seedEngine();
    for (const claim of [
      "Russia holds a fifth of Ukraine",
      "lol russia holds like a fifth of ukraine @everyone xD",
    ]) {
      const [best] = engine.findSupport(claim);
      expect(best?.evidence).toContain("Russia holds around a fifth of Ukraine");
      expect(best?.citations[0]).toEqual({ article: "001_4f592e13d0db0899", paragraph: 14 });
    }
  });

  it("says the sources do not cover a claim made of words they never use", async () => {
    const engine = await seedEngine();
    expect(engine.findSupport("the moon is made of cheese")).toEqual([]);
    expect(engine.findSupport("")).toEqual([]);
  });
});

describe("robustness", () => {
  it("never throws and returns well-formed answers for odd input", async () => {
    const engine = await seedEngine();
    const odd = [
      "",
      "   ",
      "?".repeat(6000),
      "**bold** `code` ||spoiler||",
      "@everyone <@&123> <@456>",
      "(.*+?[]{}^$|\\",
      "\u202Eevil\u200D",
      "\uD800 lone",
      "a".repeat(6000),
    ];
    for (const query of odd) {
      for (const command of ["who", "where", "when", "quote", "ask"] as const) {
        const result = engine.answer(command, query);
        expect(Array.isArray(result.answers)).toBe(true);
        expectVerbatim(engine, result);
      }
      expect(() => engine.summarize(query)).not.toThrow();
      expect(() => engine.suggest(query)).not.toThrow();
      expect(() => engine.findSupport(query)).not.toThrow();
    }
  });
});
