import type { SentenceInfo } from "../analysis/types.js";
import { sameStory } from "../corpus/sameStory.js";
import type { Entity, Paragraph } from "../types.js";
import type { PlacedMention } from "./buildEntityTable.js";
import { COREF } from "./weights.js";

/** What resolving a pronoun needs from the analysed corpus (a subset of Analysis). */
export interface PronounContext {
  paragraphs: readonly Paragraph[];
  sentencesOf(paragraphIndex: number): SentenceInfo[];
  entities: { byId: ReadonlyMap<string, Entity> };
}

/** A person a pronoun refers to, with the coreference rows that chose them. */
export interface PronounResolution {
  entity: Entity;
  /** Ids of the rows of COREF_RULES that made the link. */
  rules: string[];
}

const SUBJECT_PRONOUN =
  /(?:^|[,;:]\s*|\b(?:and|but|while|although|as|when|after|before|because|said|says)\s+)(he|she)\b/i;
const PREPOSITION_BEFORE =
  /\b(?:to|for|of|with|by|about|from|on|at|in|against|than|like|into|over|under|between|among|toward|towards)\s+(?:the\s+|\p{Lu}\p{L}*\s+)*$/iu;

/** The subject of a sentence: its first person mention that is not possessive and not the object of a preposition. */
function subjectOf(
  sentence: SentenceInfo,
  paragraphText: string,
  before = Infinity,
): PlacedMention | undefined {
  for (const mention of sentence.mentions) {
    if (mention.start >= before) break;
    if (mention.kind !== "person" || !mention.entity || mention.possessive) continue;
    if (PREPOSITION_BEFORE.test(paragraphText.slice(sentence.start, mention.start))) continue;
    return mention;
  }
  return undefined;
}

/**
 * The person a subject pronoun ("he said", "…, she added") points back to: the
 * last person named as a subject before it in the same story, skipping people
 * whose known gender does not fit the pronoun. Undefined when the sentence has
 * no subject pronoun or no such person is near enough.
 */
export function resolvePronoun(
  sentence: SentenceInfo,
  context: PronounContext,
): PronounResolution | undefined {
  const match = SUBJECT_PRONOUN.exec(sentence.text);
  if (!match) return undefined;
  const gender = match[1]!.toLowerCase() === "he" ? "m" : "f";
  const pronounAt = sentence.start + match.index + match[0].length - match[1]!.length;
  const fits = (mention: PlacedMention | undefined) => {
    const entity = mention?.entity ? context.entities.byId.get(mention.entity) : undefined;
    return entity && (entity.gender === undefined || entity.gender === gender) ? entity : undefined;
  };
  const rules = (entity: Entity) =>
    entity.gender ? ["pronoun-subject", "pronoun-gender"] : ["pronoun-subject"];
  const own = context.paragraphs[sentence.paragraphIndex];
  // A person named as the subject earlier in the same sentence ("Smith said he would…").
  const here = own && fits(subjectOf(sentence, own.text, pronounAt));
  if (here) return { entity: here, rules: rules(here) };
  let looked = 0;
  for (let p = sentence.paragraphIndex; p >= 0 && looked < COREF.pronounLookback; p--) {
    const paragraph = context.paragraphs[p];
    // The story begins at its dateline or headline: nobody before it is the antecedent.
    if (!paragraph || !sameStory(paragraph, own ?? { article: sentence.article })) break;
    const sentences = context
      .sentencesOf(p)
      .filter((s) => p < sentence.paragraphIndex || s.index < sentence.index)
      .reverse();
    for (const previous of sentences) {
      if (looked++ >= COREF.pronounLookback) break;
      const entity = fits(subjectOf(previous, paragraph.text));
      if (entity) return { entity, rules: rules(entity) };
    }
  }
  return undefined;
}
