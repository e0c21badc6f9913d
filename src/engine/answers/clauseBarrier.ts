/**
 * True when a relative clause (", which …", ", who …", ", where …") lies between a date or
 * place and every one of the question's words: "paused intelligence sharing with Ukraine, which Russian troops invaded
 * in 2022" dates the invasion, not the pause.
 */
export function clauseBarrier(
  paragraphText: string,
  start: number,
  end: number,
  matches: readonly number[],
): boolean {
  if (matches.length === 0) return false;
  // One question word in the same clause is enough.
  const sameClause = matches.some((offset) => {
    const between =
      offset < start ? paragraphText.slice(offset, start) : paragraphText.slice(end, offset);
    // "in Washington, where Zelenskyj was treated…": a where-clause right after a place is about that place.
    if (offset > end && /^\s*,\s+where\b/i.test(between))
      return !/,\s+(?:which|who|whom|whose|where)\b/i.test(between.replace(/^\s*,\s+where\b/i, ""));
    return !/,\s+(?:which|who|whom|whose|where)\b/i.test(between);
  });
  return !sameClause;
}
