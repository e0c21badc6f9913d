import { processTerm } from "./processTerm.js";

/**
 * Words news writing uses interchangeably. A query word also matches its
 * group's other words, at a discount. General vocabulary, not per article.
 */
const GROUPS = [
  "talks discussions negotiations",
  "lead leads leading head heads heading chair chairs",
  "leader chief head",
  "attack attacks strike strikes assault",
  "war conflict fighting",
  "invasion invade invaded incursion",
  "ceasefire truce halt",
  "agreement deal accord pact",
  "kill killed dead death deaths",
  "aid assistance support",
  "envoy emissary",
  "spokesperson spokesman spokeswoman",
  "adviser advisor",
  "defence defense",
  "country nation",
  "occupy occupies hold holds control controls seize seized",
  "troops forces soldiers",
  "begin began start started commence commenced launch launched",
  "visit trip",
  "speak spoke speech told tell address addressed",
  "plant factory facility",
  "job jobs position positions",
  "minerals mineral",
  "presidency administration",
  "annex annexed annexation",
  "interview interviewed podcast",
];

const table = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const terms = [...new Set(group.split(" ").map((word) => processTerm(word)).filter((t): t is string => t !== null))];
  for (const term of terms) {
    const set = table.get(term) ?? new Set<string>();
    for (const other of terms) if (other !== term) set.add(other);
    table.set(term, set);
  }
}

/** Index terms that mean about the same as `term` (itself excluded). */
export function synonymsOf(term: string): ReadonlySet<string> {
  return table.get(term) ?? new Set();
}
