import type { Profiler } from "node:inspector";
import { describe, expect, it } from "vitest";
import { profileCpu, summariseProfile } from "../../bench/profileCpu.js";

const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
  scriptId: "1",
});

describe("the benchmark's CPU profile summary", () => {
  it("adds up self time per function and per file, heaviest first, without idle time", () => {
    const profile: Profiler.Profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        {
          id: 2,
          callFrame: frame(
            "scoreParagraphs",
            "file:///work/main/src/engine/search/scoreParagraphs.ts",
            9,
          ),
        },
        {
          id: 3,
          callFrame: frame(
            "rankSentences",
            "file:///work/main/src/engine/search/rankSentences.ts",
            4,
          ),
        },
        {
          id: 4,
          callFrame: frame(
            "search",
            "file:///work/main/node_modules/minisearch/dist/es/index.js",
            99,
          ),
        },
        { id: 5, callFrame: frame("(idle)", "") },
      ],
      startTime: 0,
      endTime: 1000,
      samples: [2, 2, 3, 4, 2, 5, 5],
      timeDeltas: [0, 100, 100, 100, 100, 100, 100, 0],
    };
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBeCloseTo(0.5);
    expect(summary.functions[0]).toEqual({
      where: "scoreParagraphs (src/engine/search/scoreParagraphs.ts:10)",
      selfMs: 0.3,
      share: 0.6,
    });
    expect(summary.files.map((f) => f.where)).toEqual([
      "src/engine/search/scoreParagraphs.ts",
      "src/engine/search/rankSentences.ts",
      "minisearch/dist/es/index.js",
    ]);
  });

  it("profiles only the work it is given, naming the busy function", async () => {
    function spinForAWhile() {
      let x = 0;
      const end = performance.now() + 60;
      while (performance.now() < end) x += Math.sqrt(x + 1);
      return x;
    }
    const summary = summariseProfile(await profileCpu(spinForAWhile));
    expect(summary.totalMs).toBeGreaterThan(20);
    expect(summary.functions.slice(0, 3).some((f) => f.where.startsWith("spinForAWhile"))).toBe(
      true,
    );
  });
});
