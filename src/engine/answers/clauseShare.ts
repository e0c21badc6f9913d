// Coordinated clauses ("the club began 40 years ago but moved in 1971") each carry their own time.
const COORDINATION = /,?\s+(?:but|yet|whereas)\s+|;\s*/g;

/**
 * The share (0..1) of the question's matched words, among those in the same
 * sentence, that lie in the same coordinated clause as the span: "The museum
 * began 40 years ago but its doors opened at the riverside site in 1971" gives
 * "1971" the words "opened", "riverside", "site" and "40 years ago" only "museum".
 * 1 when the sentence has no coordination or no matched words.
 */
export function clauseShare(
  sentenceText: string,
  sentenceStart: number,
  start: number,
  end: number,
  matches: readonly number[],
): number {
  const inSentence = matches.filter(
    (m) => m >= sentenceStart && m < sentenceStart + sentenceText.length,
  );
  if (inSentence.length === 0) return 1;
  let from = sentenceStart;
  let to = sentenceStart + sentenceText.length;
  for (const boundary of sentenceText.matchAll(COORDINATION)) {
    const at = sentenceStart + boundary.index;
    if (at + boundary[0].length <= start) from = at + boundary[0].length;
    else if (at >= end && at < to) to = at;
  }
  return inSentence.filter((m) => m >= from && m < to).length / inSentence.length;
}
