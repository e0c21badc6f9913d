/** A power law `value = scale × size^exponent`, fitted by least squares on the logarithms. */
export interface Growth {
  exponent: number;
  scale: number;
  /** How many points the fit used (sizes with a positive, finite value). */
  points: number;
}

/** Fit `value ∝ size^exponent` to (size, value) points; undefined with fewer than two usable points. */
export function fitGrowth(points: readonly [size: number, value: number][]): Growth | undefined {
  const usable = points.filter(([size, value]) => size > 0 && value > 0 && Number.isFinite(value));
  if (usable.length < 2) return undefined;
  const xs = usable.map(([size]) => Math.log(size));
  const ys = usable.map(([, value]) => Math.log(value));
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * (ys[i]! - my);
    variance += (x - mx) ** 2;
  });
  if (variance === 0) return undefined;
  const exponent = covariance / variance;
  return { exponent, scale: Math.exp(my - exponent * mx), points: usable.length };
}

/** The size at which a fitted quantity reaches `limit`: the largest corpus a budget allows. */
export function sizeAt(growth: Growth, limit: number): number {
  return (limit / growth.scale) ** (1 / growth.exponent);
}
