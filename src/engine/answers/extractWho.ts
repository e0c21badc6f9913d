import type { SentenceInfo } from "../analysis/types.js";
import type { PlacedMention } from "../entities/buildEntityTable.js";
import { foldText } from "../text/foldText.js";
import type { Entity } from "../types.js";
import { quoteEvidence } from "./answerQuote.js";
import type { FeatureCandidate, PlannedQuestion } from "./candidate.js";
import type { Features } from "./scoreCandidate.js";
import { askedRole, roleMatch } from "./askedRole.js";
import { insideAside } from "./insideAside.js";
import { citationOf } from "./citationOf.js";
import { isEligible } from "./isEligible.js";
import { conceptCoverage } from "./conceptCoverage.js";
import { proximity } from "./proximity.js";
import { neighboursOf } from "./neighboursOf.js";
import { resolvePronoun } from "../entities/resolvePronoun.js";
import { MIN_ROLE_COVERAGE, QUOTE_SENTENCES } from "./weights.js";
import { KNOWN_PLACES } from "../entities/gazetteer.js";
import { qualifiersOf, roleVerdict } from "../text/roleQualifiers.js";

const ACTION_QUESTION = /^\s*who\s+(?!is\b|was\b|are\b|were\b|'s\b)\S/i;
const SPEECH_QUESTION =
  /^\s*who\s+(?:said|says|told|stated|claimed|remarked|warned|added|declared|insisted|described|called|announced|admitted|argued)\b/i;
/** "which company / party / club …": the question asks for a body, not a person. */
const ASKS_BODY =
  /\b(?:which|what)\s+(?:\w+\s+)?(?:company|companies|firm|party|club|team|body|organi[sz]ation|group|bank|airline|agency|union|newspaper|channel|network|broadcaster|studio|label|council|committee|board|government|country)\b/i;

/** People whose title (held by them alone) the question uses instead of their name. */
function holdersNamedByTitle(query: string, question: PlannedQuestion): string[] {
  const words = foldText(query)
    .replace(/[^\p{L}\p{N}'\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const ids: string[] = [];
  for (let length = 4; length >= 2; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const id = question.context.analysis.entities.titles.get(
        words.slice(i, i + length).join(" "),
      );
      if (id && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The mention is the sentence's subject: its first name, not owned, followed by a verb. */
function isSubject(mention: PlacedMention, sentence: SentenceInfo): boolean {
  const first = sentence.mentions.find((m) => m.kind !== "place");
  return first === mention && !mention.possessive && (mention.acts === true || mention.speaks);
}

/**
 * A person as the answer: spelled as the evidence spells them when it gives a full name
 * ("Sergei Lavrov" where the sentence says Sergei), else by the corpus's usual full name;
 * every other spelling goes to `variants` ("also written").
 */
function personCandidate(
  entity: Entity,
  sentence: SentenceInfo,
  evidence: string,
  relevance: number,
  features: FeatureCandidate["features"],
  role?: string,
  written?: string,
): FeatureCandidate {
  const asWritten =
    written && /\s/.test(written.trim()) && entity.variants.includes(written)
      ? written
      : entity.name;
  const candidate: FeatureCandidate = {
    key: entity.id,
    answer: asWritten,
    evidence,
    citation: citationOf(sentence),
    relevance,
    features,
  };
  const shown = role ?? entity.roles[0];
  if (shown) candidate.role = shown;
  const others = entity.variants.filter((v) => v !== asWritten);
  if (others.length > 0) candidate.variants = others;
  return candidate;
}

/**
 * Who-candidates: the people (or bodies, when asked for) named in the sentences that match the
 * question, the speakers of matching quotations, the person a subject pronoun points back to,
 * and the people of the neighbouring sentence when the matching one names nobody.
 * People named in the question are not answers to it.
 */
export function extractWho(question: PlannedQuestion): FeatureCandidate[] {
  const { plan, ranked, context, query } = question;
  const { analysis } = context;
  const excluded = new Set(plan.entities.map((e) => e.id));
  // "Who will meet the Crown Prince?": a title in an action question names its holder, who is not the answer.
  if (ACTION_QUESTION.test(query))
    for (const id of holdersNamedByTitle(query, question)) excluded.add(id);
  const asksSpeaker = SPEECH_QUESTION.test(query);
  const asksBody = ASKS_BODY.test(query);
  // "Who is the Greek sports minister?": only someone the text gives that role answers.
  const role = askedRole(query);
  const roleFeature = (entity: Entity, own?: string): Features =>
    role ? { roleHeld: roleMatch(role, own ? [own, ...entity.roles] : entity.roles) } : {};
  // "former", "deputy", "shadow", a place: the qualifiers a role must share with the question (roleQualifiers.ts).
  const isPlace = (folded: string) =>
    KNOWN_PLACES.has(folded) ||
    (analysis.entities.names.get(folded) ?? []).some(
      (id) => analysis.entities.byId.get(id)?.kind === "place",
    );
  const asked = qualifiersOf(query, isPlace);
  const accepts = (entity: Entity | undefined): entity is Entity =>
    entity !== undefined &&
    !excluded.has(entity.id) &&
    (entity.kind === "person" || (asksBody && entity.kind === "org"));
  const candidates: FeatureCandidate[] = [];
  ranked.forEach((item, rank) => {
    const paragraphText = analysis.paragraphs[item.sentence.paragraphIndex]!.text;
    const covered = isEligible(item) ? 1 : 0;
    let named = false;
    // Words inside a quotation were said by its speaker, who may be named a sentence later.
    const quotes =
      rank < QUOTE_SENTENCES && /[“”"]/.test(paragraphText)
        ? analysis.quotesOf(item.sentence.paragraphIndex)
        : [];
    for (const quote of quotes) {
      if (!quote.speakerEntity || !quote.sentences.some((s) => s.id === item.sentence.id)) continue;
      const entity = analysis.entities.byId.get(quote.speakerEntity);
      if (!accepts(entity) || entity.kind !== "person") continue;
      named = true;
      candidates.push(
        personCandidate(entity, item.sentence, quoteEvidence(quote, context), item.score, {
          eligible: covered,
          typed: 1,
          source: "quote-speaker",
          speakerAsked: asksSpeaker ? 1 : 0,
          ...roleFeature(entity),
        }),
      );
    }
    for (const mention of item.sentence.mentions) {
      if (!mention.entity) continue;
      const entity = analysis.entities.byId.get(mention.entity);
      if (!entity || excluded.has(entity.id)) continue;
      if (mention.kind !== "person" && !(asksBody && mention.kind === "org")) continue;
      let roleCoverage = mention.role ? conceptCoverage(plan, mention.role) : 0;
      // "former foreign secretary" is another office than the foreign secretary the question asks for: no role credit.
      const clash =
        roleCoverage > 0 &&
        !roleVerdict(
          asked,
          paragraphText,
          item.sentence.start,
          mention.role!,
          mention.start,
          isPlace,
        ).agree;
      if (clash) roleCoverage = 0;
      // A title belongs to its name: "led by Zelenskyj's chief of staff Andrij Jermak" is right next to "led".
      const roleStart = mention.role ? paragraphText.lastIndexOf(mention.role, mention.start) : -1;
      const start =
        roleStart >= 0 && mention.start - (roleStart + mention.role!.length) <= 3
          ? roleStart
          : mention.start;
      named = named || accepts(entity);
      candidates.push(
        personCandidate(
          entity,
          item.sentence,
          item.sentence.text,
          item.score,
          {
            eligible: covered || roleCoverage >= MIN_ROLE_COVERAGE ? 1 : 0,
            typed: accepts(entity) ? 1 : 0,
            source: "mention",
            near: proximity(start, mention.end, item.matches),
            possessive: mention.possessive ? 1 : 0,
            silentWhenAsked: asksSpeaker && !mention.speaks ? 1 : 0,
            aside: insideAside(item.sentence, paragraphText, mention.start, item.matches) ? 1 : 0,
            subject: isSubject(mention, item.sentence) ? 1 : 0,
            roleCoverage,
            qualifierClash: clash ? 1 : 0,
            ...roleFeature(entity, clash ? undefined : mention.role),
          },
          mention.role,
          mention.text,
        ),
      );
    }
    if (!covered || named) return;
    // "…he has threatened to tighten sanctions": the person is the one named just before the pronoun.
    const person = resolvePronoun(item.sentence, analysis)?.entity;
    if (accepts(person)) {
      candidates.push(
        personCandidate(person, item.sentence, item.sentence.text, item.score, {
          eligible: 1,
          typed: 1,
          source: "pronoun",
          ...roleFeature(person),
        }),
      );
      return;
    }
    // News paragraphs are short: the name is often in the sentence before or after the one that matches, or opens the next paragraph.
    for (const neighbour of neighboursOf(item.sentence, analysis)) {
      for (const mention of neighbour.mentions) {
        if (mention.kind !== "person" || !mention.entity || mention.possessive) continue;
        const entity = analysis.entities.byId.get(mention.entity);
        if (!accepts(entity)) continue;
        // Both sentences are the evidence, as one verbatim slice of the paragraph; across paragraphs, the naming sentence.
        const evidence =
          neighbour.paragraphIndex === item.sentence.paragraphIndex
            ? paragraphText.slice(
                Math.min(item.sentence.start, neighbour.start),
                Math.max(item.sentence.end, neighbour.end),
              )
            : neighbour.text;
        candidates.push(
          personCandidate(
            entity,
            neighbour,
            evidence,
            item.score,
            {
              eligible: 1,
              typed: 1,
              source: "neighbour",
              subject: isSubject(mention, neighbour) ? 1 : 0,
              ...roleFeature(entity, mention.role),
            },
            mention.role,
            mention.text,
          ),
        );
      }
    }
  });
  return candidates;
}
