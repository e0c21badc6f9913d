import { describe, expect, it } from "vitest";
import { buildEngine, loadCorpus } from "../../src/engine/index.js";
import type { QuestionCommand } from "../../src/engine/types.js";

const QUESTIONS: [QuestionCommand, string][] = [
  ["who", "Who is Lavrov?"],
  ["who", "Kremlin spokesperson"],
  ["who", "Who convened an emergency meeting in Paris?"],
  ["where", "Where did the talks take place?"],
  ["when", "When did the talks start?"],
  ["quote", "Zelensky"],
  ["ask", "What did the European leaders say?"],
];

describe("engine.prepare", () => {
  it("analyses paragraphs ahead of questions without changing any answer, then says it is done", async () => {
    const { corpus } = await loadCorpus("seeds");
    const plain = buildEngine(corpus);
    const prepared = buildEngine(corpus);
    expect(prepared.prepare(0)).toBe(true);
    let steps = 0;
    while (prepared.prepare(1)) steps++;
    const paragraphs = corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
    // First the four lookups a first question would make for itself (the lexicon, the name terms, the surname tree,
    // autocomplete's index), then every paragraph of a corpus this small, each once, and the quotations of some
    // articles as steps of their own; the step after the last finds nothing left.
    const lookups = 4;
    expect(steps).toBeGreaterThanOrEqual(lookups + paragraphs);
    expect(steps).toBeLessThanOrEqual(lookups + paragraphs + corpus.articles.length);
    expect(prepared.prepare(10)).toBe(false);
    for (const [command, query] of QUESTIONS)
      expect(prepared.answer(command, query), `${command} ${query}`).toEqual(
        plain.answer(command, query),
      );
    expect(prepared.summarize("")).toEqual(plain.summarize(""));
    for (const typed of ["Lav", "Zelenksy", "Riy", ""])
      expect(prepared.suggest(typed), typed).toEqual(plain.suggest(typed));
  });

  it("gives the same answers when questions come between its steps", async () => {
    const { corpus } = await loadCorpus("seeds");
    const plain = buildEngine(corpus);
    const mixed = buildEngine(corpus);
    for (const [command, query] of QUESTIONS) {
      mixed.prepare(7);
      expect(mixed.answer(command, query)).toEqual(plain.answer(command, query));
    }
  });
});
