/**
 * Freeze a value and everything it holds (arrays, plain objects, Maps' and Sets' entries stay as they are: results
 * hold none), in place, and give it back. Cheaper than a copy: the answer cache hands one frozen result to every
 * caller, and an attempt to change it throws instead of changing later answers. Pure apart from the freezing.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  return value;
}
