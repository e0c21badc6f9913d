import { describe, expect, it } from "vitest";
import { scoreCandidate, type ScoringRow } from "../../src/engine/answers/scoreCandidate.js";
import { WHERE_ROWS, WHO_ROWS } from "../../src/engine/answers/weights.js";
import { formatExplanationText } from "../../src/cli/formatExplanation.js";
import { engineOf } from "./engineOf.js";
import { seedEngine } from "./seedEngine.js";

describe("scoring tables", () => {
  const rows: ScoringRow[] = [
    { id: "must", reason: "test", feature: "ok", kind: "require", min: 1 },
    { id: "near", reason: "test", feature: "near", kind: "scale", floor: 0.5 },
    { id: "owned", reason: "test", feature: "owned", kind: "factor", factor: 0.5 },
    {
      id: "kind",
      reason: "test",
      feature: "kind",
      kind: "table",
      values: { city: 1, country: 0.5 },
      otherwise: 0.8,
    },
    { id: "role", reason: "test", feature: "role", kind: "bonus", weight: 2, power: 2 },
  ];

  it("multiplies relevance by every factor, adds every bonus, and names each row that moved the score", () => {
    const result = scoreCandidate(
      1,
      { ok: 1, near: 0, owned: 1, kind: "country", role: 0.5 },
      rows,
    );
    expect(result.score).toBeCloseTo(1 * 0.5 * 0.5 * 0.5 + 2 * 0.25);
    expect(result.effects.map((e) => e.rule)).toEqual(["near", "owned", "kind", "role"]);
  });

  it("drops a candidate that fails a require row and says which row dropped it", () => {
    expect(scoreCandidate(1, { ok: 0, near: 1 }, rows)).toMatchObject({
      score: undefined,
      droppedBy: "must",
    });
  });

  it("leaves the score alone for features a candidate lacks", () => {
    expect(scoreCandidate(0.7, { ok: 1 }, rows).score).toBeCloseTo(0.7);
  });

  it("keeps every row of the answer tables named, with a reason", () => {
    for (const row of [...WHO_ROWS, ...WHERE_ROWS]) {
      expect(row.id).toMatch(/^[a-z-]+$/);
      expect(row.reason.length).toBeGreaterThan(10);
    }
  });
});

describe("explain", () => {
  it("shows the plan, the sentences retrieved, the rows that scored each candidate and the type of each name, with the same first answer as /who", async () => {
    const engine = await seedEngine();
    const explanation = engine.explain("who", "Russian foreign minister");
    const answer = engine.answer("who", "Russian foreign minister");
    expect(explanation.answers[0]?.answer).toBe(answer.answers[0]?.answer);
    expect(explanation.kind).toBe("who");
    expect(explanation.concepts.map((c) => c.word)).toEqual(
      expect.arrayContaining(["foreign", "minister"]),
    );
    expect(explanation.retrieved.length).toBeGreaterThan(0);
    const best = explanation.candidates.find((c) => c.answer === answer.answers[0]?.answer);
    expect(best?.features).toMatchObject({ typed: 1 });
    expect(explanation.names.some((n) => n.entity?.kind === "person")).toBe(true);
  });

  it("names the route an /ask question took and the row that dropped a candidate", () => {
    const engine = engineOf(
      "Talks\n\nThe talks took place in Jeddah on Tuesday, officials said.\n\nMarco Rubio, the secretary of state, led the delegation.",
    );
    const explanation = engine.explain("ask", "Where did the talks take place?");
    expect(explanation.route).toBe("where");
    expect(explanation.answers[0]?.answer).toBe("Jeddah");
    const text = formatExplanationText(explanation, new Map());
    expect(text).toMatch(/route=where/);
    expect(text).toMatch(/Jeddah +score/);
    expect(text).toMatch(/rows: .*near ×/);
  });

  it("explains a refusal: a question the sources cannot answer has candidates that were dropped or none", () => {
    const engine = engineOf("Talks\n\nThe talks took place in Jeddah on Tuesday, officials said.");
    const explanation = engine.explain("who", "Who won the football match in Tokyo?");
    expect(explanation.answers).toEqual([]);
    expect(explanation.unknownNames).toContain("Tokyo");
  });
});

describe("answers as written", () => {
  it("spells a person as the evidence sentence does and lists the other spellings as also written", () => {
    const engine = engineOf(
      "Talks\n\nForeign Minister Sergei Lavrov met the envoy in Riyadh.",
      "More talks\n\nForeign Minister Sergey Lavrov flew to Ankara on Monday to meet the Turkish delegation.",
    );
    const top = engine.answer("who", "Who flew to Ankara?").answers[0];
    expect(top?.answer).toBe("Sergey Lavrov");
    expect(top?.evidence).toContain("Sergey Lavrov");
    expect(top?.variants).toContain("Sergei Lavrov");
  });
});

describe("role questions", () => {
  it("answers 'Who is the <role>?' only with someone the text gives that role", () => {
    const engine = engineOf(
      "Ban upheld\n\nThe Greek athletics federation upheld the ban on Tuesday. Greek athletics coach Christos Tzekos said he would appeal.",
      "Budget\n\nThe finance minister, Anna Diamantopoulou, presented the budget on Monday.",
    );
    expect(engine.answer("who", "Who is the Greek athletics coach?").answers[0]?.answer).toBe(
      "Christos Tzekos",
    );
    expect(engine.answer("who", "Who is the Greek sports minister?").answers).toEqual([]);
  });
});

describe("explain for quotations", () => {
  it("lists each quotation considered with its speaker and the attribution row that gave it", () => {
    const engine = engineOf(
      'Budget\n\n"We will cut the deficit by half," said Anna Diamantopoulou, the finance minister.',
    );
    const explanation = engine.explain("quote", "Diamantopoulou on the deficit");
    expect(explanation.kind).toBe("quote");
    const quote = explanation.candidates.find((c) => c.kind === "quote");
    expect(quote?.features.speaker).toBe("Anna Diamantopoulou");
    expect(String(quote?.features.attributedBy)).toMatch(/^[a-z-]+$/);
    expect(explanation.answers[0]?.speaker).toBe("Anna Diamantopoulou");
  });
});
