import { defineRules, type Rule } from "../rules/defineRules.js";
import { foldText } from "../text/foldText.js";

/** What a possessive says about who speaks: "Kennedy's invitation" is Kennedy's words, "Kenteris's lawyer" is someone else's. */
export interface PossessedNounRule extends Rule {
  /** `possessor`: the owner of the noun is the speaker; `other`: the noun is a person speaking for or about the owner. */
  speaker: "possessor" | "other";
  /** Head nouns, lower case, singular and plural as written. */
  nouns: ReadonlySet<string>;
}

const nouns = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Head nouns after a possessive name, by who speaks. In a clause subject ("President Kennedy's invitation
 * said, “…”") and in a /quote query ("Knickerbocker's verdict on La Dolce Vita") a possessive before a speech
 * or opinion noun names the speaker; before a person noun ("Glazer's spokesman", "Kenteris's lawyer") it names
 * whom that person speaks for. A head in no row is read as `other`: a name before an unknown noun is not taken as a speaker.
 */
export const POSSESSED_NOUNS = defineRules<PossessedNounRule>("possessed-noun", [
  {
    id: "written-words",
    reason:
      "a text issued in someone's name carries their words: X's letter, statement, invitation, message, telegram, speech",
    speaker: "possessor",
    nouns:
      nouns(`statement statements letter letters invitation message messages telegram cable note memo memorandum announcement
      communique tweet tweets post column editorial essay book speech address testimony diary memoir memoirs manifesto`),
  },
  {
    id: "judgement",
    reason:
      "someone's stated judgement is their own words: X's verdict, opinion, view, reply, reaction, comments, warning, tribute",
    speaker: "possessor",
    nouns:
      nouns(`verdict opinion opinions view views assessment appraisal review reply replies response answer reaction comment comments
      remark remarks words advice warning warnings criticism praise tribute defence defense argument claim claims prediction forecast
      explanation account version complaint plea appeal promise pledge vow boast`),
  },
  {
    id: "spokesperson",
    reason:
      "a person who speaks for or about someone is not that someone: X's lawyer, spokesman, agent, aide, wife, coach",
    speaker: "other",
    nouns:
      nouns(`lawyer lawyers attorney attorneys counsel solicitor barrister spokesman spokeswoman spokesperson spokespeople agent agents
      aide aides adviser advisers advisor advisors representative representatives secretary assistant manager coach doctor
      wife husband son daughter mother father brother sister widow friend friends family biographer critic critics rival rivals`),
  },
]);

/** The row that says who speaks when `noun` follows a possessive name, or undefined for a noun in no row. */
export function readPossessedNoun(noun: string): PossessedNounRule | undefined {
  const folded = foldText(noun);
  return POSSESSED_NOUNS.find((row) => row.nouns.has(folded));
}
