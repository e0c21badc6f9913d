import { findGazetteerPlace, mayStartPlace } from "./gazetteer.js";
import { baseOf, foldToken, type Token } from "./tokenizeSentence.js";

/** The run opens with a place the gazetteers know ("New York Yankees", "Tampa Bay Buccaneers", "New Zealand Grand Prix"). */
export function startsWithPlace(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first?.word || !mayStartPlace(foldToken(first))) return false;
  let text = "";
  for (let k = from; k <= Math.min(to, from + 3); k++) {
    if (!tokens[k]!.word) return false;
    text = text ? `${text} ${baseOf(tokens[k]!)}` : baseOf(tokens[k]!);
    if (findGazetteerPlace(text)) return true;
  }
  return false;
}
