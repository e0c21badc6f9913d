import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { answerBatchLine, runBatch } from "../../src/cli/runBatch.js";
import { seedEngine } from "../engine/seedEngine.js";

/** A citation in the batch output. */
interface CitationLine {
  article: string;
  paragraph: number;
}

/** One batch output line, in the documented shape the tests read (the parts they read). */
interface BatchLine {
  command?: string;
  query?: string;
  article?: string;
  paragraph?: number;
  text?: string;
  error?: string;
  line?: number;
  answers: { answer: string; evidence: string; speaker?: string; citations: CitationLine[] }[];
  bullets: { text: string; citations: CitationLine[] }[];
  explanation: { command: string; kind: string; candidates: { effects: unknown }[] };
}

/** Parse an output line of the batch; a missing line parses as an error, and fails the test. */
const parseLine = (line: string | undefined): BatchLine => JSON.parse(line ?? "") as BatchLine;

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
    const parsed = parseLine(line);
    expect(Object.keys(parsed)).toEqual(["command", "query", "answers"]);
    const first = parsed.answers[0];
    expect(Object.keys(first ?? {}).slice(0, 3)).toEqual(["answer", "evidence", "citations"]);
    expect(first).toMatchObject({
      speaker: expect.stringMatching(/Witkoff/),
      score: expect.any(Number),
    });
    expect(first?.citations[0]).toEqual({
      article: expect.any(String),
      paragraph: expect.any(Number),
    });
  });

  it("returns an article paragraph as {article, paragraph, text}", async () => {
    const [line] = await collect([
      '{"command":"article","article":"002_3005a28be2e22e32","paragraph":3}',
    ]);
    const parsed = parseLine(line);
    expect(Object.keys(parsed)).toEqual(["article", "paragraph", "text"]);
    expect(parsed.text).toMatch(/^Footage showed Prince Faisal bin Farhan/);
  });

  it("returns a summary as {command, query, bullets}", async () => {
    const parsed = parseLine((await collect(['{"command":"summary","query":"ceasefire"}']))[0]);
    expect(Object.keys(parsed)).toEqual(["command", "query", "bullets"]);
    expect(parsed.bullets[0]).toEqual({ text: expect.any(String), citations: expect.any(Array) });
  });

  it("summarises one article with an article key, and answers an unknown article with an error", async () => {
    const [one, none] = await collect([
      '{"command":"summary","query":"","article":"003_a34466e74cd344b0"}',
      '{"command":"summary","query":"x","article":"nope"}',
    ]);
    const parsed = parseLine(one);
    expect(parsed).toMatchObject({
      command: "summary",
      query: "",
      article: "003_a34466e74cd344b0",
    });
    expect(parsed.bullets.length).toBeGreaterThanOrEqual(5);
    for (const bullet of parsed.bullets)
      expect(bullet.citations.every((c) => c.article === "003_a34466e74cd344b0")).toBe(true);
    expect(parseLine(none)).toEqual({ error: 'no article "nope"' });
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
    const parsed = out.map(parseLine);
    expect(parsed[0]?.answers[0]?.answer).toMatch(/Peskov/);
    for (const bad of parsed.slice(1, 6)) expect(Object.keys(bad)).toEqual(["error", "line"]);
    expect(parsed[2]?.error).toMatch(/unknown command "fly"/);
    expect(parsed[6]?.answers[0]?.answer).toBe("Kyiv");
  });

  it("gives each error the number of the input line it answers, blank lines counted", async () => {
    const out = await collect([
      '{"command":"who","query":"Lavrov"}',
      "",
      "not json",
      '{"command":"fly"}',
      "   ",
      '{"command":"who"}',
    ]);
    expect(out.map((l) => parseLine(l).line)).toEqual([undefined, 3, 4, 6]);
  });

  it("finds an article by the start of its id, as the console does, and answers with the full id", async () => {
    const parsed = JSON.parse(
      (await collect(['{"command":"article","article":"002","paragraph":3}']))[0]!,
    );
    expect(parsed).toMatchObject({
      article: "002_3005a28be2e22e32",
      paragraph: 3,
      text: expect.stringMatching(/^Footage showed/),
    });
    const ambiguous = JSON.parse(
      (await collect(['{"command":"article","article":"0","paragraph":3}']))[0]!,
    );
    expect(ambiguous).toMatchObject({
      error: expect.stringMatching(/no paragraph 3 in article "0"/),
      line: 1,
    });
  });

  it("never throws on odd lines", async () => {
    const engine = await seedEngine();
    for (const line of [
      "null",
      "[]",
      "42",
      '{"command":null}',
      '{"command":"who","query":42}',
      `{"command":"ask","query":"${"x".repeat(7000)}"}`,
    ]) {
      expect(() => JSON.parse(answerBatchLine(engine, line)) as unknown).not.toThrow();
    }
  });

  it("writes exactly one JSON line per input line and nothing else to stdout, from the real command", () => {
    const input = ['{"command":"who","query":"Lavrov"}', "oops", '{"command":"sources"}'].join(
      "\n",
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch"], {
      input,
      encoding: "utf8",
      env: { ...process.env, SEEDS_DIR: "seeds", VERBATIM_CACHE_DIR: "" },
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(parseLine(lines[1])).toEqual({ error: "not valid JSON", line: 2 });
  });

  it("ends quietly with exit 0 when the reader closes stdout early (| head -c 100)", async () => {
    const env = { ...process.env, SEEDS_DIR: "seeds", VERBATIM_CACHE_DIR: "" };
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch"], { env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Far more output than a pipe buffers, so the writer is still writing when the reader goes away.
    child.stdin.end('{"command":"sources"}\n'.repeat(2000));
    let read = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read >= 100) {
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\n +at /);
  });
});

describe("batch --explain", () => {
  it("adds the explanation to a question's reply when the line asks for it", async () => {
    const [line] = await collect([
      '{"command":"who","query":"Russian foreign minister","explain":true}',
    ]);
    const parsed = parseLine(line);
    expect(parsed.answers[0]?.answer).toMatch(/Lavrov/);
    expect(parsed.explanation).toMatchObject({ command: "who", kind: "who" });
    expect(parsed.explanation.candidates[0]).toHaveProperty("effects");
  });
});

describe("the command line's usage errors", () => {
  it("stops with exit 1 and the usage on an unknown flag, before loading the corpus", () => {
    const env = { ...process.env, SEEDS_DIR: "/nonexistent" };
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "who", "Lavrov", "--jsn"],
      { encoding: "utf8", env },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^unknown option "--jsn": did you mean --json\?\nUsage:/);
  });

  it("prints a paragraph named by the start of its article id", () => {
    const env = { ...process.env, SEEDS_DIR: "seeds", VERBATIM_CACHE_DIR: "" };
    const args = ["--import", "tsx", "src/cli/main.ts", "article", "002", "3", "--json"];
    const run = spawnSync(process.execPath, args, { encoding: "utf8", env });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ article: "002_3005a28be2e22e32", paragraph: 3 });
  });
});
