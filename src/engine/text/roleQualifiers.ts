import { DEMONYM_TO_PLACE, KNOWN_PLACES } from "../entities/gazetteer.js";
import { defineRules, type Rule } from "../rules/defineRules.js";
import { foldText } from "./foldText.js";
import { STOP_WORDS } from "./stopWords.js";

/** A word that narrows a role ("former", "shadow", "deputy"): a role with it is a different role. */
export interface QualifierRow extends Rule {
  /** Folded words that carry the qualifier; a trailing hyphen means a prefix ("ex-" in "ex-minister"). */
  readonly words: readonly string[];
  /**
   * True when a role with this qualifier is not the plain role: a "former foreign secretary" does not answer "Who is
   * the foreign secretary?". False when it only has to agree once the question names it ("interim", "honorary").
   */
  readonly marked: boolean;
}

/** Role qualifiers, one row each. */
export const ROLE_QUALIFIERS = defineRules("role-qualifiers", [
  {
    id: "former",
    words: ["former", "ex-", "erstwhile", "one-time", "onetime", "outgoing", "retired"],
    marked: true,
    reason: "a former holder is not the holder now",
  },
  {
    id: "shadow",
    words: ["shadow"],
    marked: true,
    reason: "a shadow minister is the opposition's spokesperson, not the minister",
  },
  {
    id: "deputy",
    words: ["deputy", "under-secretary", "undersecretary"],
    marked: true,
    reason: "a deputy serves under the holder of the plain role",
  },
  {
    id: "vice",
    words: ["vice", "vice-"],
    marked: true,
    reason: "a vice-president is not the president",
  },
  {
    id: "acting",
    words: ["acting"],
    marked: true,
    reason: "an acting holder stands in; the question without it asks for the holder",
  },
  {
    id: "assistant",
    words: ["assistant", "associate"],
    marked: true,
    reason: "an assistant manager or associate editor is not the manager or editor",
  },
  {
    id: "interim",
    words: ["interim", "caretaker"],
    marked: false,
    reason: "an interim holder does hold the role, but 'interim' in a question asks for that one",
  },
  {
    id: "junior",
    words: ["junior", "senior"],
    marked: false,
    reason: "a junior or senior grade must match when the question gives it",
  },
  {
    id: "honorary",
    words: ["honorary", "emeritus"],
    marked: false,
    reason: "an honorary title must match when the question gives it",
  },
] as const satisfies readonly QualifierRow[]);

/** What narrows one role phrase: qualifier row ids, and the places it names ("place:russia" for "Russian"). */
export interface RoleQualifiers {
  /** Ids of the qualifier rows found. */
  qualifiers: ReadonlySet<string>;
  /** Folded places named, demonyms mapped to their country. */
  places: ReadonlySet<string>;
}

/** Is this folded name a place? The gazetteer answers by default; a caller may add the corpus's own places ("bronx"). */
export type PlaceTest = (folded: string) => boolean;

const inGazetteer: PlaceTest = (folded) => KNOWN_PLACES.has(folded);

/** The qualifiers of a role phrase or a question: "former Russian foreign minister" -> former, place russia. */
export function qualifiersOf(text: string, isPlace: PlaceTest = inGazetteer): RoleQualifiers {
  const words = foldText(text)
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const qualifiers = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const row of ROLE_QUALIFIERS) {
      if (
        row.words.some((w) =>
          w.endsWith("-") ? word.startsWith(w) && word.length > w.length : word === w,
        )
      )
        qualifiers.add(row.id);
    }
    const place = DEMONYM_TO_PLACE.get(word);
    if (place) places.add(place);
    // Two-word places first ("new york"), then one-word ones.
    const pair = `${word} ${words[i + 1] ?? ""}`;
    if (isPlace(pair)) {
      places.add(pair);
      i++;
    } else if (isPlace(word)) places.add(word);
  }
  return { qualifiers, places };
}

/** Words that may stand between a place and the role it qualifies: "the Russian foreign minister". */
const LEAD_FILLERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * The qualifiers of a role as it stands before a name, with the places that
 * pre-modify it in the words just before ("Nationalist China's dapper,
 * diminutive Vice President"): a possessive place or a demonym, up to the
 * nearest function word or clause break. "In Moscow, Foreign Minister …" does
 * not make Moscow part of the role.
 */
export function qualifiersBefore(
  leadText: string,
  role: string,
  isPlace: PlaceTest = inGazetteer,
): RoleQualifiers {
  const own = qualifiersOf(role, isPlace);
  const places = new Set(own.places);
  const words = leadText.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
    const word = words[i]!;
    if (/[.;:!?()"“”]$/.test(word)) break;
    const bare = foldText(word.replace(/[,]$/, ""));
    if (STOP_WORDS.has(bare) && !LEAD_FILLERS.has(bare)) break;
    const possessive = /['’]s?$/.test(bare) ? bare.replace(/['’]s?$/, "") : undefined;
    const demonym = DEMONYM_TO_PLACE.get(bare);
    if (demonym) places.add(demonym);
    else if (possessive && isPlace(possessive)) places.add(possessive);
    else if (possessive && DEMONYM_TO_PLACE.has(possessive))
      places.add(DEMONYM_TO_PLACE.get(possessive)!);
  }
  return { qualifiers: own.qualifiers, places };
}

/** Why a role does or does not fit the question's qualifiers; `rule` names the row that decided, for the explain trace. */
export interface QualifierVerdict {
  agree: boolean;
  /** The qualifier row id (or "place") that made the role disagree; absent when it agrees. */
  rule?: string;
}

/**
 * Does a role fit the question's qualifiers? Every qualifier the question
 * gives must be in the role; a marked qualifier ("former", "shadow",
 * "deputy", "vice", "acting", "assistant") in the role must be in the
 * question; a role naming places must name the question's place, if the
 * question names one (a role naming none may say it elsewhere).
 */
export function qualifiersAgree(question: RoleQualifiers, role: RoleQualifiers): QualifierVerdict {
  for (const id of question.qualifiers)
    if (!role.qualifiers.has(id)) return { agree: false, rule: id };
  for (const row of ROLE_QUALIFIERS)
    if (row.marked && role.qualifiers.has(row.id) && !question.qualifiers.has(row.id))
      return { agree: false, rule: row.id };
  if (
    question.places.size > 0 &&
    role.places.size > 0 &&
    ![...question.places].some((p) => role.places.has(p))
  )
    return { agree: false, rule: "place" };
  return { agree: true };
}

/**
 * The verdict on a role as a sentence gives it before a name: `role` is the
 * mention's role text, found at or before `nameStart` in `paragraphText`; the
 * words of the sentence (from `sentenceStart`) just before it may add a place.
 */
export function roleVerdict(
  asked: RoleQualifiers,
  paragraphText: string,
  sentenceStart: number,
  role: string,
  nameStart: number,
  isPlace: PlaceTest = inGazetteer,
): QualifierVerdict {
  const at = paragraphText.lastIndexOf(role, nameStart);
  const lead = at >= sentenceStart ? paragraphText.slice(sentenceStart, at) : "";
  return qualifiersAgree(asked, qualifiersBefore(lead, role, isPlace));
}
