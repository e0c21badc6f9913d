import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { answerBatchLine, runBatch } from "../../src/cli/runBatch.js";
import { seedEngine } from "../engine/seedEngine.js";

async function collect(lines: string[]) {
  const engine = await seedEngine();
  async function* input() {
    yield* lines;
  }
  const out: string[] = [];
  for await (const line of runBatch(engine, input())) out.push(line);
  return out;
}

describe("batch JSON Lines", () => {
  it("answers questions in the documented shape, keys in order", async () => {
    const [line] = await collect(['{"command":"quote","query":"Witkoff ceasefire"}']);
    const parsed = JSON.parse(line!);
    expect(Object.keys(parsed)).toEqual(["command", "query", "answers"]);
    const first = parsed.answers[0];
    expect(Object.keys(first).slice(0, 3)).toEqual(["answer", "evidence", "citations"]);
    expect(first).toMatchObject({ speaker: expect.stringMatching(/Witkoff/), score: expect.any(Number) });
    expect(first.citations[0]).toEqual({ article: expect.any(String), paragraph: expect.any(Number) });
  });

  it("returns an article paragraph as {article, paragraph, text}", async () => {
    const [line] = await collect(['{"command":"article","article":"002_3005a28be2e22e32","paragraph":3}']);
    const parsed = JSON.parse(line!);
    expect(Object.keys(parsed)).toEqual(["article", "paragraph", "text"]);
    expect(parsed.text).toMatch(/^Footage showed Prince Faisal bin Farhan/);
  });

  it("returns a summary as {command, query, bullets}", async () => {
    const parsed = JSON.parse((await collect(['{"command":"summary","query":"ceasefire"}']))[0]!);
    expect(Object.keys(parsed)).toEqual(["command", "query", "bullets"]);
    expect(parsed.bullets[0]).toEqual({ text: expect.any(String), citations: expect.any(Array) });
  });

  it("summarises one article with an article key, and answers an unknown article with an error", async () => {
    const [one, none] = await collect(['{"command":"summary","query":"","article":"003_a34466e74cd344b0"}', '{"command":"summary","query":"x","article":"nope"}']);
    const parsed = JSON.parse(one!);
    expect(parsed).toMatchObject({ command: "summary", query: "", article: "003_a34466e74cd344b0" });
    expect(parsed.bullets.length).toBeGreaterThanOrEqual(5);
    for (const bullet of parsed.bullets) expect(bullet.citations.every((c: { article: string }) => c.article === "003_a34466e74cd344b0")).toBe(true);
    expect(JSON.parse(none!)).toEqual({ error: 'no article "nope"' });
  });

  it("answers a bad line with an error and goes on, one output line per input line, in order", async () => {
    const out = await collect([
      '{"command":"who","query":"Kremlin spokesperson"}',
      "not json",
      '{"command":"fly","query":"x"}',
      '{"command":"who"}',
      '{"command":"article","article":"nope","paragraph":1}',
      '{"command":"article","article":"002_3005a28be2e22e32","paragraph":0}',
      "",
      '{"command":"where","query":"Where will Kellogg visit Zelensky?"}',
    ]);
    expect(out).toHaveLength(7);
    const parsed = out.map((l) => JSON.parse(l));
    expect(parsed[0].answers[0].answer).toMatch(/Peskov/);
    for (const bad of parsed.slice(1, 6)) expect(Object.keys(bad)).toEqual(["error"]);
    expect(parsed[2].error).toMatch(/unknown command "fly"/);
    expect(parsed[6].answers[0].answer).toBe("Kyiv");
  });

  it("never throws on odd lines", async () => {
    const engine = await seedEngine();
    for (const line of ["null", "[]", "42", '{"command":null}', '{"command":"who","query":42}', `{"command":"ask","query":"${"x".repeat(7000)}"}`]) {
      expect(() => JSON.parse(answerBatchLine(engine, line))).not.toThrow();
    }
  });

  it("writes exactly one JSON line per input line and nothing else to stdout, from the real command", () => {
    const input = ['{"command":"who","query":"Lavrov"}', "oops", '{"command":"sources"}'].join("\n");
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch"], { input, encoding: "utf8", env: { ...process.env, SEEDS_DIR: "seeds", VERBATIM_CACHE_DIR: "" } });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(JSON.parse(lines[1]!)).toEqual({ error: "not valid JSON" });
  });
});

describe("batch --explain", () => {
  it("adds the explanation to a question's reply when the line asks for it", async () => {
    const [line] = await collect(['{"command":"who","query":"Russian foreign minister","explain":true}']);
    const parsed = JSON.parse(line!);
    expect(parsed.answers[0].answer).toMatch(/Lavrov/);
    expect(parsed.explanation).toMatchObject({ command: "who", kind: "who" });
    expect(parsed.explanation.candidates[0]).toHaveProperty("effects");
  });
});
