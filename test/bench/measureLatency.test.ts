import { describe, expect, it } from "vitest";
import { measureLatency } from "../../bench/latency.js";
import { percentile } from "../../bench/measure.js";

const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe("the benchmark's latency figures", () => {
  it("takes the nearest-rank percentile", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([], 99)).toBeNaN();
  });

  it("lets one pause move one run's p99, not the reported p99", () => {
    let calls = 0;
    const latency = measureLatency(
      ["a", "b"],
      (item) => [item, "all"],
      () => spin(++calls === 3 ? 30 : 0.05),
      5,
      10,
    );
    expect(latency.all!.n).toBe(100);
    expect(latency.a!.n).toBe(50);
    expect(latency.all!.p99).toBeLessThan(30);
  });

  it("reports a slowness every run shares", () => {
    const latency = measureLatency(
      ["slow", "fast"],
      (item) => [item],
      (item) => spin(item === "slow" ? 5 : 0.01),
      3,
      2,
    );
    expect(latency.slow!.p50).toBeGreaterThanOrEqual(5);
    expect(latency.fast!.p99).toBeLessThan(5);
  });
});
