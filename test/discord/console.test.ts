import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/cli/console.js";
import type { AnswerResult, Engine, QuestionCommand } from "../../src/engine/types.js";

const engine: Engine = {
  corpus: { articles: [], version: "v1" },
  version: "v1",
  snapshot: { state: "disabled" },
  answer(command: QuestionCommand, query: string): AnswerResult {
    if (query === "nobody") return { command, query, answers: [], suggestions: ["Sergei Lavrov"] };
    return {
      command,
      query,
      answers: [
        {
          answer: "Sergei Lavrov",
          evidence: "Foreign Minister Sergei Lavrov *arrived*.",
          citations: [{ article: "a1", paragraph: 3 }],
          score: 2,
          role: "Foreign Minister",
        },
        {
          answer: "Marco Rubio",
          evidence: "Marco Rubio arrived.",
          citations: [{ article: "a1", paragraph: 4 }],
          score: 1,
        },
      ],
    };
  },
  summarize: (topic, options) => ({
    command: "summary",
    query: topic,
    ...(options?.article ? { article: options.article } : {}),
    bullets: [
      {
        text: `About ${topic || "everything"}${options?.article ? ` in ${options.article}` : ""}.`,
        citations: [{ article: "a1", paragraph: 1 }],
      },
    ],
  }),
  getParagraph: (id, n) =>
    id === "a1" && n === 2
      ? { article: "a1", n: 2, text: "Second paragraph, verbatim.", sentences: [] }
      : undefined,
  listSources: () => [{ id: "a1", label: "Talks in Riyadh", date: "2025-02-18", paragraphs: 5 }],
  suggest: () => [],
  findSupport: () => [],
  entities: () => [],
  prepare: () => false,
  prepareLookups: () => undefined,
  explain: () => {
    throw new Error("not used by these tests");
  },
};

async function run(lines: string[]): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  await runConsole({
    engine,
    input: Readable.from([lines.join("\n") + "\n"]),
    output,
    ansi: false,
  });
  return chunks.join("");
}

describe("runConsole", () => {
  it("prints a ready line, then each answer as it reads in Discord, and ends at end of input", async () => {
    const out = await run(["/who Russian foreign minister"]);
    expect(out).toMatch(/^Verbatim console ready: 1 articles, corpus v1/);
    expect(out).toContain("Who: Russian foreign minister");
    expect(out).toContain("│ Foreign Minister Sergei Lavrov *arrived*.");
    expect(out).toContain("Role: Foreign Minister");
    expect(out).toContain("Source: Talks in Riyadh ¶3");
    expect(out).toContain("[More answers]");
  });

  it("pages with /more and /previous like the buttons", async () => {
    const out = await run(["/who minister", "/more", "/more", "/previous"]);
    const pages = [...out.matchAll(/Answer (\d) of 2/g)].map((m) => m[1]);
    expect(pages).toEqual(["1", "2", "2", "1"]);
  });

  it("handles summaries, sources, a paragraph, help and no answer", async () => {
    const out = await run([
      "/summary",
      "/summary Ukraine minerals",
      "/sources",
      "/source a1 2",
      "/source a1 9",
      "/help",
      "/who nobody",
    ]);
    expect(out).toContain("About everything.");
    expect(out).toContain("Summary: Ukraine minerals");
    expect(out).not.toContain("verbatim:preview");
    expect(out).toContain("2025-02-18 · 5 paragraphs · id a1");
    expect(out).toContain("Second paragraph, verbatim.");
    expect(out).toContain("Article a1 has paragraphs 1 to 5; there is no paragraph 9.");
    expect(out).toMatch(/quoted word for word/);
    expect(out).toMatch(/The sources don't say[\s\S]*• Sergei Lavrov/);
  });

  it("summarises one article with article:<id or label>, and says so when no article matches", async () => {
    const out = await run([
      "/summary article:a1 minerals",
      '/summary article:"Talks in Riyadh"',
      "/summary article:zz",
    ]);
    expect(out).toContain("About minerals in a1.");
    expect(out).toContain("About everything in a1.");
    expect(out).toContain("Summary: Talks in Riyadh · minerals");
    expect(out).toMatch(/There is no article "zz"/);
  });

  it("gives a clear hint for unknown commands, plain text and missing queries", async () => {
    const out = await run(["/bogus", "hello there", "/who", "/source"]);
    expect(out).toMatch(/Unknown command \/bogus\. Commands: \/who/);
    expect(out).toMatch(/Start with a command, e\.g\. \/ask hello there/);
    expect(out).toContain("/who needs a query");
    expect(out).toMatch(/Usage: \/source <article id> <paragraph number>/);
  });

  it("suggests the command a typo most likely meant, in those words", async () => {
    const out = await run(["/hwo Lavrov", "/sumary", "/relaod", "/xyzzy"]);
    expect(out).toContain("Unknown command /hwo: did you mean /who?");
    expect(out).toContain("Unknown command /sumary: did you mean /summary?");
    expect(out).toContain("Unknown command /relaod: did you mean /reload?");
    expect(out).toMatch(/Unknown command \/xyzzy\. Commands: \/who/);
  });

  it("reads private: True and private:true as the option, not as part of the question", async () => {
    const asked: string[] = [];
    const spy: Engine = {
      ...engine,
      answer: (command, query) => (asked.push(query), engine.answer(command, query)),
    };
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString()));
    const lines = [
      "/who Russian foreign minister private: True",
      "/who private:true Lavrov",
      "/where query: Riyadh talks private: False",
      "/more",
    ];
    await runConsole({
      engine: spy,
      input: Readable.from([`${lines.join("\n")}\n`]),
      output,
      ansi: false,
    });
    expect(asked).toEqual(["Russian foreign minister", "Lavrov", "Riyadh talks", "Riyadh talks"]);
    const replies = chunks.join("").split("\n\n");
    expect(
      replies
        .filter((r) => r.includes("(only you can see this)"))
        .map((r) => /Who: [^\n]*/.exec(r)?.[0]),
    ).toEqual(["Who: Russian foreign minister", "Who: Lavrov"]);
  });

  it("lists in /help what works in the console, /reload included and nothing Discord-only", async () => {
    const out = await run(["/help"]);
    for (const command of [
      "/who",
      "/more",
      "/summary",
      "/sources",
      "/source",
      "/findsource",
      "/reload",
      "/help",
    ]) {
      expect(out).toContain(command);
    }
    expect(out).not.toMatch(/Find source \(message menu|Apps ›/);
    expect(out).toContain("Ctrl+D quits");
  });

  it("re-reads the articles on /reload and answers from the new ones", async () => {
    const next: Engine = {
      ...engine,
      version: "v2",
      listSources: () => [{ id: "b1", label: "New talks", paragraphs: 2 }],
    };
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString()));
    let reloads = 0;
    const reload = async () => {
      reloads++;
      const diff = { added: ["b1"], removed: ["a1"], changed: [] };
      return {
        outcome: { ok: true as const, previousVersion: "v1", version: "v2", diff, warnings: [] },
        engine: next,
      };
    };
    await runConsole({
      engine,
      input: Readable.from(["/reload\n/sources\n"]),
      output,
      ansi: false,
      reload,
    });
    const out = chunks.join("");
    expect(reloads).toBe(1);
    expect(out).toMatch(/v2/);
    expect(out).toMatch(/New talks[\s\S]*id b1/);
    expect(await run(["/reload"])).toContain("Reloading is not available here.");
  });
});

/** Relative imports of a module, without type-only ones (they vanish at runtime). */
function runtimeImports(file: string): { relative: string[]; packages: string[] } {
  const source = readFileSync(file, "utf8");
  const specs = [
    ...source.matchAll(
      /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"|await import\("([^"]+)"\)/gm,
    ),
  ].map((m) => m[1] ?? m[2]!);
  return {
    relative: specs
      .filter((s) => s.startsWith("."))
      .map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts"))),
    packages: specs.filter((s) => !s.startsWith(".")),
  };
}

describe("the console path", () => {
  it("never loads discord.js, directly or through another module", () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [resolve("src/cli/console.ts")];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { relative, packages: used } = runtimeImports(file);
      used.forEach((p) => packages.add(p));
      queue.push(...relative);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(
      [...packages].filter(
        (p) => p === "discord.js" || (p.startsWith("@discordjs/") && p !== "@discordjs/formatters"),
      ),
    ).toEqual([]);
  });

  it("keeps discord.js out of the startup imports of src/index.ts", () => {
    const { packages } = runtimeImports(resolve("src/index.ts"));
    expect(packages).not.toContain("discord.js");
    expect(readFileSync("src/index.ts", "utf8")).toMatch(
      /await import\("\.\/discord\/startBot\.js"\)/,
    );
  });
});
