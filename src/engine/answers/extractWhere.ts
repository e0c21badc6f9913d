import type { FeatureCandidate, PlannedQuestion } from "./candidate.js";
import type { PlacedMention } from "../entities/buildEntityTable.js";
import type { ScoredSentence } from "../search/rankSentences.js";
import { foldText } from "../text/foldText.js";
import type { AnswerContext } from "./context.js";
import { citationOf } from "./citationOf.js";
import { insideAside } from "./insideAside.js";
import { isEligibleForPlace } from "./isEligible.js";
import { clauseBarrier } from "./clauseBarrier.js";
import { proximity } from "./proximity.js";
import { roleSpans } from "./roleSpans.js";

/**
 * Where-candidates: places, from venues to countries, in the sentences that match the question.
 * Places named in the question, and places inside someone's title ("envoy to Ukraine"), are not answers.
 */
export function extractWhere(question: PlannedQuestion): FeatureCandidate[] {
  const { plan, ranked, context } = question;
  const excluded = new Set(plan.entities.map((e) => e.id));
  const askedNames = plan.entities.flatMap((e) =>
    e.variants.filter((v) => /\s/.test(v)).map((v) => foldText(v)),
  );
  const candidates: FeatureCandidate[] = [];
  for (const item of ranked) {
    const paragraph = context.analysis.paragraphs[item.sentence.paragraphIndex]!;
    const titles = roleSpans(item.sentence, paragraph.text);
    for (const mention of item.sentence.mentions) {
      if (!mention.entity || excluded.has(mention.entity)) continue;
      // "Where is Media Labs Europe?": a word of the question's own name is not where it is.
      if (partOfAskedName(mention.text, askedNames)) continue;
      if (titles.some(([from, to]) => mention.start >= from && mention.end <= to)) continue;
      const entity = context.analysis.entities.byId.get(mention.entity);
      // "at the Wilshire Country Club", "in the White House": a body named where something happens is a venue.
      const venueBody = mention.kind === "org" && mention.located;
      if (mention.kind !== "place" && entity?.kind !== "place" && !venueBody) continue;
      // "Belfast's Lyric Theatre", "Dublin's hi-tech laboratory, Media Labs Europe": the owner of the asked-about name is where it is.
      const ownsAsked = ownsAskedName(mention, paragraph.text, askedNames);
      candidates.push({
        key: mention.entity,
        answer: mention.text,
        evidence: item.sentence.text,
        citation: citationOf(item.sentence),
        relevance: item.score,
        features: {
          eligible: isEligibleForPlace(item) ? 1 : 0,
          typed: mention.kind === "place" || venueBody ? 1 : 0,
          venueBody: venueBody ? 1 : 0,
          specificity: venueBody
            ? "venue"
            : placedIn(mention, item.sentence.mentions, paragraph.text) &&
                mention.specificity !== "venue"
              ? "city"
              : (mention.specificity ?? "unknown"),
          stated: item.predicateHere,
          near: proximity(mention.start, mention.end, item.matches),
          locative: mention.located ? "located" : mention.acts ? "acts" : "bare",
          refines: mention.country && plan.entities.some((e) => e.name === mention.country) ? 1 : 0,
          barrier: clauseBarrier(paragraph.text, mention.start, mention.end, item.matches) ? 1 : 0,
          ownsAsked: ownsAsked ? 1 : 0,
          possessive: mention.possessive && !ownsAsked ? 1 : 0,
          aside: insideAside(item.sentence, paragraph.text, mention.start, item.matches) ? 1 : 0,
        },
      });
    }
    const dateline = datelineCandidate(item, context);
    if (dateline) candidates.push(dateline);
  }
  return candidates;
}

/** The place is a word or part of a multi-word name the question gives ("Europe" of Media Labs Europe). */
function partOfAskedName(text: string, askedNames: readonly string[]): boolean {
  const folded = foldText(text);
  return askedNames.some((name) => ` ${name} `.includes(` ${folded} `));
}

/** A possessive place right before one of the question's names ("Belfast's Lyric Theatre"), within a short appositive. */
function ownsAskedName(
  mention: PlacedMention,
  paragraphText: string,
  askedNames: readonly string[],
): boolean {
  if (!mention.possessive || askedNames.length === 0) return false;
  const after = foldText(paragraphText.slice(mention.end, mention.end + 80));
  return askedNames.some((name) => after.includes(name));
}

/**
 * "Jamaica, Long Island", "Elburn, Ill.": a place followed by a comma and a wider place is a town
 * in it, whatever else the name could be.
 */
function placedIn(
  mention: PlacedMention,
  mentions: readonly PlacedMention[],
  paragraphText: string,
): boolean {
  return mentions.some(
    (other) =>
      other !== mention &&
      other.kind === "place" &&
      other.start > mention.end &&
      /^,\s*$/.test(paragraphText.slice(mention.end, other.start)),
  );
}

/**
 * The dateline of the story a matching sentence belongs to ("Elburn, Ill. -- Farm machinery
 * dealer Bob Houtz…"): where the story was filed, and so where its events happen unless a
 * sentence names another place. Only a dateline kept in the story's first paragraph can be
 * cited verbatim.
 */
function datelineCandidate(
  item: ScoredSentence,
  context: AnswerContext,
): FeatureCandidate | undefined {
  const { analysis } = context;
  const paragraph = analysis.paragraphs[item.sentence.paragraphIndex];
  const position = analysis.paragraphArticle[item.sentence.paragraphIndex];
  if (!paragraph || position === undefined) return undefined;
  const article = analysis.articles[position];
  const story = article?.stories[paragraph.story ?? 0];
  const place = story?.dateline;
  if (!article || !story || !place) return undefined;
  const firstIndex = analysis.articleStart[position]! + story.first - 1;
  const opening = analysis.sentencesOf(firstIndex)[0];
  if (!opening || !opening.text.startsWith(place)) return undefined;
  const mention = opening.mentions.find((m) => m.start === opening.start && m.entity);
  return {
    key: mention?.entity ?? `dateline:${foldText(place)}`,
    answer: place,
    evidence: opening.text,
    citation: citationOf(opening),
    relevance: item.score,
    features: {
      eligible: isEligibleForPlace(item) ? 1 : 0,
      typed: 1,
      stated: item.predicateHere,
      source: "dateline",
      specificity: "city",
      locative: "located",
    },
  };
}
