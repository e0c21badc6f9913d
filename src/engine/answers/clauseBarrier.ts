/**
 * 1 when a date or place sits in the same clause as one of the question's words, less
 * when a relative clause (", which …", ", who …", ", where …") lies between
 * them: "paused intelligence sharing with Ukraine, which Russian troops invaded
 * in 2022" dates the invasion, not the pause.
 */
export function clauseBarrier(paragraphText: string, start: number, end: number, matches: readonly number[]): number {
  if (matches.length === 0) return 1;
  // One question word in the same clause is enough.
  const sameClause = matches.some((offset) => {
    const between = offset < start ? paragraphText.slice(offset, start) : paragraphText.slice(end, offset);
    // "in Washington, where Zelenskyj was treated…": a where-clause right after a place is about that place.
    if (offset > end && /^\s*,\s+where\b/i.test(between)) return !/,\s+(?:which|who|whom|whose|where)\b/i.test(between.replace(/^\s*,\s+where\b/i, ""));
    return !/,\s+(?:which|who|whom|whose|where)\b/i.test(between);
  });
  return sameClause ? 1 : 0.6;
}
