import { describe, expect, it } from "vitest";
import { CliUsageError, parseCliArgs, USAGE } from "../../src/cli/parseCliArgs.js";
import { QUESTION_COMMANDS } from "../../src/engine/questionCommands.js";

describe("command-line arguments", () => {
  it("joins the words of a question into one query and notices --json anywhere", () => {
    expect(parseCliArgs(["who", "Russian", "--json", "foreign minister"])).toEqual({
      kind: "question",
      command: "who",
      query: "Russian foreign minister",
      json: true,
      explain: false,
    });
    expect(parseCliArgs(["quote", "Witkoff ceasefire"])).toMatchObject({
      kind: "question",
      json: false,
    });
  });

  it("accepts every question command, and the usage names each one", () => {
    for (const command of QUESTION_COMMANDS) {
      expect(parseCliArgs([command, "Lavrov"])).toEqual({
        kind: "question",
        command,
        query: "Lavrov",
        json: false,
        explain: false,
      });
      expect(parseCliArgs([command, "Lavrov", "--explain"])).toMatchObject({ explain: true });
      expect(USAGE).toMatch(new RegExp(`[<|]${command}[|>]`));
    }
  });

  it("refuses a question with no query, naming the command and an example", () => {
    expect(() => parseCliArgs(["where"])).toThrow(CliUsageError);
    expect(() => parseCliArgs(["ask", "  "])).toThrow(
      /ask needs a query, e\.g\. npm run cli -- ask/,
    );
  });

  it("allows a summary with no topic: the whole corpus", () => {
    expect(parseCliArgs(["summary"])).toEqual({ kind: "summary", query: "", json: false });
  });

  it("takes the article of a summary after --article, the topic around it", () => {
    expect(parseCliArgs(["summary", "ceasefire", "--article", "003", "--json"])).toEqual({
      kind: "summary",
      query: "ceasefire",
      article: "003",
      json: true,
    });
    expect(() => parseCliArgs(["summary", "--article"])).toThrow(/--article needs an article id/);
  });

  it("reads an article id and a paragraph number, and refuses anything that is not a whole number from 1", () => {
    expect(parseCliArgs(["article", "002_x", "3"])).toEqual({
      kind: "article",
      article: "002_x",
      paragraph: 3,
      json: false,
    });
    for (const bad of [
      ["article"],
      ["article", "002_x"],
      ["article", "002_x", "three"],
      ["article", "002_x", "0"],
      ["article", "002_x", "1.5"],
      ["article", "002_x", "3", "4"],
    ]) {
      expect(() => parseCliArgs(bad), bad.join(" ")).toThrow(
        /article needs an article id \(or the start of one\) and a paragraph number/,
      );
    }
  });

  it("refuses an unknown or misspelt flag as a usage error instead of reading it as part of the query", () => {
    expect(() => parseCliArgs(["who", "Lavrov", "--jsn"])).toThrow(CliUsageError);
    expect(() => parseCliArgs(["who", "Lavrov", "--jsn"])).toThrow(
      /^unknown option "--jsn": did you mean --json\?\nUsage:/,
    );
    expect(() => parseCliArgs(["sources", "--verbose"])).toThrow(
      /unknown option "--verbose": put -- before a query that starts with "-"/,
    );
    expect(() => parseCliArgs(["who", "-x"])).toThrow(/unknown option "-x"/);
    expect(() => parseCliArgs(["who", "Lavrov", "--json=yes"])).toThrow(
      /option "--json" takes no value/,
    );
  });

  it("reads words after -- as the query, even when they start with a dash", () => {
    const request = parseCliArgs(["ask", "--json", "--", "-5 degrees"]);
    expect(request).toEqual({
      kind: "question",
      command: "ask",
      query: "-5 degrees",
      json: true,
      explain: false,
    });
  });

  it("refuses a flag the command has no use for", () => {
    expect(() => parseCliArgs(["summary", "ceasefire", "--explain"])).toThrow(
      /--explain works with questions only/,
    );
    expect(() => parseCliArgs(["batch", "--json"])).toThrow(/batch takes no --json/);
    expect(() => parseCliArgs(["sources", "extra"])).toThrow(/sources takes no words/);
  });

  it("suggests the command a typo most likely meant", () => {
    expect(() => parseCliArgs(["hwo", "Lavrov"])).toThrow(
      /unknown command "hwo": did you mean who\?/,
    );
    expect(() => parseCliArgs(["sumary"])).toThrow(/did you mean summary\?/);
  });

  it("names an unknown command and shows the usage", () => {
    expect(() => parseCliArgs(["fly", "x"])).toThrow(/unknown command "fly"\nUsage:/);
  });

  it("shows the usage for no command or help", () => {
    for (const argv of [[], ["help"], ["--help"], ["-h"]])
      expect(parseCliArgs(argv)).toEqual({ kind: "help" });
  });

  it("knows sources, validate and batch", () => {
    expect(parseCliArgs(["sources", "--json"])).toEqual({ kind: "sources", json: true });
    expect(parseCliArgs(["validate"])).toEqual({ kind: "validate" });
    expect(parseCliArgs(["batch"])).toEqual({ kind: "batch" });
  });
});
