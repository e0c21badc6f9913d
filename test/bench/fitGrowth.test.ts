import { describe, expect, it } from "vitest";
import { fitGrowth, sizeAt } from "../../bench/fitGrowth.js";

describe("fitGrowth", () => {
  it("recovers the exponent and scale of a power law", () => {
    const growth = fitGrowth(
      [1e3, 1e4, 1e5, 3e5].map((n) => [n, 0.02 * n ** 1.1] as [number, number]),
    )!;
    expect(growth.exponent).toBeCloseTo(1.1, 6);
    expect(growth.scale).toBeCloseTo(0.02, 6);
    expect(sizeAt(growth, 0.02 * 5e5 ** 1.1)).toBeCloseTo(5e5, 0);
  });

  it("fits a flat cost as exponent 0 and needs two usable points", () => {
    expect(
      fitGrowth([
        [1e3, 5],
        [1e5, 5],
      ])!.exponent,
    ).toBeCloseTo(0, 9);
    expect(
      fitGrowth([
        [1e3, 5],
        [1e5, Number.NaN],
      ]),
    ).toBeUndefined();
    expect(fitGrowth([[1e3, 5]])).toBeUndefined();
  });
});
