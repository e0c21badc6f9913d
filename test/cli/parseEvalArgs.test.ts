import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/loadEngine.js";
import { parseEvalArgs } from "../../src/cli/parseEvalArgs.js";

describe("eval arguments", () => {
  it("runs every corpus when no file is given", () => {
    expect(parseEvalArgs([])).toEqual({
      json: false,
      check: false,
      goal: false,
      questions: false,
      summaries: false,
    });
  });

  it("takes one questions file and the flags in any order", () => {
    expect(parseEvalArgs(["--check", "a.json", "--json"])).toEqual({
      file: "a.json",
      json: true,
      check: true,
      goal: false,
      questions: false,
      summaries: false,
    });
    expect(parseEvalArgs(["--goal", "--questions"])).toMatchObject({ goal: true, questions: true });
  });

  it("refuses an unknown option and a second file, with the usage", () => {
    expect(() => parseEvalArgs(["--cheque"])).toThrow(CliError);
    expect(() => parseEvalArgs(["a.json", "b.json"])).toThrow(
      /one questions file at most[\s\S]*Usage/,
    );
  });
});
