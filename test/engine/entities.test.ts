import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/engine/entities/nameKey.js";
import { engineOf } from "./engineOf.js";
import { seedEngine } from "./seedEngine.js";

const person = (engine: Awaited<ReturnType<typeof seedEngine>>, variant: string) =>
  engine.entities().filter((e) => e.kind === "person" && e.variants.includes(variant));

describe("entity table", () => {
  it.each([
    ["Andrij Jermak", "Andriy Yermak"],
    ["Rustem Umjerov", "Rustem Umerov"],
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Steven Witkoff", "Steve Witkoff"],
    ["Volodymyr Zelenskyj", "Volodymyr Zelenskyy"],
  ])("merges the spellings %s and %s of one person across articles", async (a, b) => {
    const engine = await seedEngine();
    const [first] = person(engine, a);
    expect(first).toBeDefined();
    expect(first!.variants).toContain(b);
  });

  it("keeps apart different people with similar names (Mike Waltz, Tim Walz)", () => {
    const engine = engineOf("National security adviser Mike Waltz met reporters.\nMinnesota Governor Tim Walz spoke later.");
    const names = engine.entities().filter((e) => e.kind === "person").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Mike Waltz", "Tim Walz"]));
  });

  it("keys transliterations together without edit distance", () => {
    expect(nameKey("Zelenskiy")).toBe(nameKey("Zelenskyj"));
    expect(nameKey("Zelensky")).toBe(nameKey("Zelenskyy"));
    expect(nameKey("Waltz")).not.toBe(nameKey("Walz"));
  });

  it("resolves a bare surname to the full name found elsewhere in the corpus", () => {
    const engine = engineOf("Foreign Minister Sergei Lavrov arrived in Riyadh.", "Lavrov said the talks were useful.");
    const lavrov = engine.entities().find((e) => e.name === "Sergei Lavrov");
    expect(lavrov?.mentions.map((m) => m.article)).toEqual(["a0", "a1"]);
  });

  it("records the roles the text gives a person, as written", async () => {
    const engine = await seedEngine();
    const [peskov] = person(engine, "Dmitry Peskov");
    expect(peskov?.roles).toContain("Kremlin's spokesperson");
    const [lavrov] = person(engine, "Sergei Lavrov");
    expect(lavrov?.roles).toContain("Russian Foreign Minister");
  });

  it("lists dates that stand on their own, with where they appear", async () => {
    const engine = await seedEngine();
    const dates = engine.entities().filter((e) => e.kind === "date");
    expect(dates.map((d) => d.name)).toEqual(expect.arrayContaining(["February 24, 2022", "2014", "from 2016 to 2020"]));
    expect(dates.find((d) => d.name === "2014")!.mentionCount).toBeGreaterThanOrEqual(3);
    expect(dates.map((d) => d.name)).not.toContain("Monday");
  });

  it("does not mistake titles, places or organisations for people", async () => {
    const engine = await seedEngine();
    const people = engine.entities().filter((e) => e.kind === "person").map((e) => e.name);
    for (const notPerson of ["Saudi Arabia", "White House", "Middle East", "Cold War", "Foreign Minister", "Kremlin", "Goldman Sachs"]) {
      expect(people).not.toContain(notPerson);
    }
    const places = engine.entities().filter((e) => e.kind === "place").map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(["Jeddah", "Riyadh", "Al-Diriyah Palace", "Ritz-Carlton hotel", "Kyiv"]));
  });
});

describe("names resolved on demand", () => {
  it("resolve to the same entities as the build pass that made the table", async () => {
    const { loadCorpus } = await import("../../src/engine/index.js");
    const { collectFacts, createAnalysis, paragraphIndexOf } = await import("../../src/engine/analysis/analyzeCorpus.js");
    const { corpus } = await loadCorpus("seeds");
    const analysis = createAnalysis(corpus, collectFacts(corpus));
    let checked = 0;
    for (const entity of analysis.entities.entities) {
      if (entity.kind === "date") continue;
      for (const citation of entity.mentions) {
        const sentences = analysis.sentencesOf(paragraphIndexOf(analysis, citation.article, citation.paragraph));
        expect(sentences.some((s) => s.mentions.some((m) => m.entity === entity.id)), `${entity.name} in ${citation.article} ¶${citation.paragraph}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("reads a family name first: a bare Xi is Xi Jinping", () => {
    const engine = engineOf("Chinese President Xi Jinping met Kim Jong Un in Beijing.\nXi said the two countries would deepen cooperation.");
    const xi = engine.entities().find((e) => e.name === "Xi Jinping");
    expect(xi?.variants).toContain("Xi");
    expect(xi?.mentionCount).toBe(2);
  });

  it("reads a title used as a name as the one person who holds it", async () => {
    const engine = await seedEngine();
    // "Foreign Minister Rubio is to meet the Crown Prince during his visit."
    expect(engine.answer("who", "Who did Rubio meet?").answers[0]?.answer).toBe("Mohammed bin Salman");
    // The title in an action question names the object, not the answer.
    expect(engine.answer("who", "Who will meet the Crown Prince?").answers[0]?.answer).toBe("Marco Rubio");
    expect(engine.answer("who", "Who is the Crown Prince?").answers[0]?.answer).toBe("Mohammed bin Salman");
    const shared = engineOf("President Anna Berg met President Tom Holt.\nThe President said the talks went well.");
    expect(shared.answer("who", "Who said the talks went well?").answers).toEqual([]);
  });

  it("keeps particles inside names: Ursula von der Leyen", () => {
    const engine = engineOf("European Commission President Ursula von der Leyen spoke in Brussels.");
    expect(engine.entities().map((e) => e.name)).toContain("Ursula von der Leyen");
  });
});
