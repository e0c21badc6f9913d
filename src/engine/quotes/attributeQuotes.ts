import type { QuoteInfo, SentenceInfo } from "../analysis/types.js";
import type { EntityTable, PlacedMention } from "../entities/buildEntityTable.js";
import { ROLE_HEADS } from "../entities/lexicon.js";
import { termsOf } from "../text/processTerm.js";
import type { Paragraph } from "../types.js";
import {
  findAntecedent,
  findChainAntecedent,
  readGenderCues,
  type StorySentence,
} from "./findAntecedent.js";
import { findNestedSpans, findQuoteSpans, type QuoteSpan } from "./findQuoteSpans.js";
import { isStoryStart } from "./isStoryStart.js";
import {
  QUOTE_RULES,
  readIntro,
  type PreviousParagraph,
  type QuoteFinding,
  type QuoteScene,
} from "./quoteRules.js";
import { QUOTE_WEIGHTS } from "./quoteWeights.js";
import type { SpeakerClue } from "./readSpeechClause.js";

/** Agent nouns that name bodies or things, not people ("the broadcaster", "the regulator" may be a firm): never resolved to a person. */
const NON_PERSON_HEADS = new Set(
  `broadcaster regulator operator carrier distributor manufacturer computer monitor sponsor newspaper paper register order reactor motor
  spokesman spokeswoman spokesperson`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A description that can stand for a person named earlier: a role noun ("the President", "the coach"), an agent
 * noun ("the central defender", "the sprinter") or an age ("the 31-year-old"). "The statement", "the club", "the
 * motion" name things. A spokesman is a new, unnamed person: never resolved.
 */
function isPersonHead(head: string): boolean {
  if (NON_PERSON_HEADS.has(head)) return false;
  return (
    ROLE_HEADS.has(head) ||
    /year-old$/.test(head) ||
    (/(?:er|or|ist|ian|ant|ee|ent)$/.test(head) && !/ment$/.test(head))
  );
}

/** A fragment: scare quotes or a title, a few words, or a short lower-case phrase inside a sentence. */
function isFragment(span: QuoteSpan): boolean {
  const words = span.text.split(/\s+/).filter(Boolean).length;
  if (words <= QUOTE_WEIGHTS.fragmentWords) return true;
  return (
    /^\p{Ll}/u.test(span.text) &&
    !/[.!?]/.test(span.text) &&
    words <= QUOTE_WEIGHTS.fragmentLowercaseWords
  );
}

type Speaker = Pick<QuoteInfo, "speaker" | "speakerEntity" | "speakerRole">;

/** The role a sentence gives a speaker: their title, or an apposition ("The head of that tribunal, Kostas Panagopoulos,", "Simon Jones, the Labs' managing director"). */
function roleAround(text: string, mention: PlacedMention): string | undefined {
  if (mention.role) return mention.role;
  const before = /(?:^|[.;,:]\s+)((?:the|a|an)\s+[^,.;:"“”]{3,60}),\s*$/i.exec(
    text.slice(Math.max(0, mention.start - 80), mention.start),
  );
  if (before) return before[1];
  return /^,\s*((?:the|a|an)\s+[^,.;:"“”]{3,60})(?:[,.;]|$)/i.exec(
    text.slice(mention.end, mention.end + 80),
  )?.[1];
}

const speakerOf = (
  mention: PlacedMention,
  table: Pick<EntityTable, "byId">,
  text: string | undefined,
): Speaker => {
  const speaker: Speaker = {
    speaker: table.byId.get(mention.entity!)?.name ?? mention.text,
    speakerEntity: mention.entity!,
  };
  const role = text === undefined ? undefined : roleAround(text, mention);
  if (role) speaker.speakerRole = role;
  return speaker;
};

/**
 * The quotation with its `terms`, read on first use: answering a quotation reads them, building the corpus facts
 * never does. Made here rather than as a getter inside attributeQuotes: a function made there keeps that whole scope
 * alive (every sentence of the article, with a decoded copy of its paragraph's text each) for as long as the
 * quotation is kept, which the analysis cache does for 512 articles.
 */
function withLazyTerms(quote: Omit<QuoteInfo, "terms">, span: QuoteSpan): QuoteInfo {
  let terms: string[] | undefined;
  return Object.defineProperty(quote, "terms", {
    get: () => (terms ??= termsOf(span.text)),
    enumerable: true,
    configurable: true,
  }) as QuoteInfo;
}

/**
 * Find and attribute every quotation of an article by the conventions of
 * `QUOTE_RULES`: the speaker is named, or is a pronoun or description in the
 * quotation's own sentence (resolved to the nearest earlier person named as a
 * subject in the same story), or is carried from the quotation just before.
 * Nothing is taken from another story or from further back than
 * `QUOTE_WEIGHTS` allows: an unattributed quotation gets no speaker.
 */
export function attributeQuotes(
  paragraphs: readonly Paragraph[],
  sentencesByParagraph: readonly SentenceInfo[][],
  table: Pick<EntityTable, "byId">,
): QuoteInfo[] {
  const spansOf = paragraphs.map((p) => findQuoteSpans(p.text));
  const itemsOf: StorySentence[][] = paragraphs.map((paragraph, position) => {
    const spans = spansOf[position]!;
    const quoted = (m: PlacedMention) =>
      spans.some((s) => m.start >= s.outerStart && m.end <= s.outerEnd);
    return (sentencesByParagraph[position] ?? []).map((sentence) => ({
      sentence,
      text: paragraph.text,
      quoted,
    }));
  });
  const genders = readGenderCues(itemsOf.flat(), table);
  const quotes: QuoteInfo[] = [];
  let storyStart = 0;
  let previous: PreviousParagraph | undefined;
  paragraphs.forEach((paragraph, position) => {
    if (isStoryStart(paragraph, paragraphs[position - 1])) {
      storyStart = position;
      previous = undefined;
    }
    const sentences = sentencesByParagraph[position] ?? [];
    const items = itemsOf[position]!;
    const spans = spansOf[position]!;
    const paragraphIndex = sentences[0]?.paragraphIndex ?? -1;
    const earlier = itemsOf
      .slice(Math.max(storyStart, position - QUOTE_WEIGHTS.antecedentParagraphs), position)
      .flat();
    const insideQuote = items[0]?.quoted ?? (() => false);

    const resolve = (
      clue: SpeakerClue,
      first: SentenceInfo,
      quoteStart: number,
    ): Speaker | undefined => {
      const textOf = (m: PlacedMention) => paragraphs[m.paragraph - 1]?.text;
      if (clue.type === "mention") return speakerOf(clue.mention, table, textOf(clue.mention));
      // The antecedent comes before the pronoun or description itself, which may sit in an earlier sentence than the quotation ("He said … . “…”").
      const at = clue.at ?? quoteStart;
      const current =
        items.find((i) => i.sentence.start <= at && at < i.sentence.end) ??
        items.find((i) => i.sentence === first);
      const before = Math.min(quoteStart, at);
      const anchor = current?.sentence.index ?? first.index;
      const window = [...earlier, ...items.filter((i) => i.sentence.index < anchor)].slice(
        -QUOTE_WEIGHTS.antecedentSentences,
      );
      if (clue.type === "pronoun") {
        const want =
          clue.pronoun === "it"
            ? { body: true }
            : { gender: clue.pronoun === "she" ? ("female" as const) : ("male" as const) };
        const found =
          findAntecedent(window, current, before, want, table, genders) ??
          (want.gender && clue.pronoun !== "it"
            ? findChainAntecedent(
                itemsOf
                  .slice(storyStart, position)
                  .concat([items.filter((i) => i.sentence.start < before)]),
                want.gender,
                genders,
              )
            : undefined);
        return found ? speakerOf(found, table, textOf(found)) : undefined;
      }
      // "a spokesman", "the statement", "Cosby's lawyer": a speaker the text does not name; "the President", "the central defender": someone named before.
      if (clue.determiner === "definite" && isPersonHead(clue.head)) {
        const found = findAntecedent(window, current, before, { head: clue.head }, table, genders);
        if (found) return speakerOf(found, table, textOf(found));
      }
      return { speaker: clue.phrase };
    };

    const paragraphQuotes: QuoteInfo[] = [];
    const carriedOf = new Map<QuoteInfo, number>();
    /** Attribute one quotation by the first row of `QUOTE_RULES` that matches its scene. */
    const attribute = (
      span: QuoteSpan,
      index: number,
      siblings: readonly QuoteSpan[],
      text: string,
      excluded: (m: PlacedMention) => boolean,
      before: QuoteInfo | undefined,
      carryOver: PreviousParagraph | undefined,
    ): QuoteInfo | undefined => {
      const touched = sentences.filter((s) => s.end > span.outerStart && s.start < span.outerEnd);
      // `“Why don't you walk to school then”? I suggested.`: a quoted sentence whose question or exclamation mark
      // stands outside the marks (Brown corpus style) runs on into the attribution the splitter cut off.
      const cut = touched[touched.length - 1];
      const next = cut && sentences[cut.index + 1];
      if (
        next &&
        /^\s*[?!]\s*$/.test(text.slice(span.outerEnd, cut.end)) &&
        /^\p{Lu}/u.test(span.text) &&
        !/[.!?]$/.test(span.text)
      )
        touched.push(next);
      const first = touched[0];
      const last = touched[touched.length - 1];
      if (!first || !last) return undefined;
      const fragment = isFragment(span);
      const quote: QuoteInfo = withLazyTerms(
        {
          span,
          article: paragraph.article,
          paragraph: paragraph.n,
          paragraphIndex,
          sentences: touched,
          attribution: "none",
          basis: "none",
          fragment,
        },
        span,
      );
      const scene: QuoteScene = {
        text,
        span,
        sentences,
        first,
        last,
        spans: siblings,
        index,
        insideQuote: excluded,
      };
      if (before) scene.previousInParagraph = before;
      if (carryOver) scene.previousParagraph = carryOver;
      for (const rule of QUOTE_RULES) {
        // Scare quotes take a speaker only from their own sentence.
        if (fragment && rule.scope === "carry") continue;
        const found: QuoteFinding | undefined = rule.match(scene);
        if (!found) continue;
        quote.attribution = rule.id;
        if ("unread" in found) break;
        const speaker =
          "carry" in found ? found.carry : resolve(found.clue, first, span.outerStart);
        if (speaker?.speaker) {
          quote.speaker = speaker.speaker;
          if (speaker.speakerEntity) quote.speakerEntity = speaker.speakerEntity;
          if (speaker.speakerRole) quote.speakerRole = speaker.speakerRole;
          quote.basis =
            rule.basis === "continuation"
              ? "continuation"
              : "carry" in found || found.clue.type === "mention"
                ? "explicit"
                : "resolved";
          if ("carry" in found)
            carriedOf.set(quote, found.carried ?? carriedOf.get(found.carry as QuoteInfo) ?? 0);
        }
        break;
      }
      return quote;
    };
    spans.forEach((span, index) => {
      const quote = attribute(
        span,
        index,
        spans,
        paragraph.text,
        insideQuote,
        paragraphQuotes[paragraphQuotes.length - 1],
        previous,
      );
      if (!quote) return;
      paragraphQuotes.push(quote);
      quotes.push(quote);
    });
    // A quoted person's words inside a quoted passage have their own speaker, read within the passage alone:
    // the passage's text is all their scene shows, and what comes before or after it does not attribute them.
    for (const outer of paragraphQuotes.filter((q) => !q.fragment)) {
      const nested = findNestedSpans(paragraph.text, outer.span).filter(
        (span) => !isFragment(span),
      );
      if (nested.length === 0) continue;
      const passage =
        paragraph.text.slice(0, outer.span.start).replace(/\S/g, " ") +
        paragraph.text.slice(outer.span.start, outer.span.end) +
        paragraph.text.slice(outer.span.end).replace(/\S/g, " ");
      const inNested = (m: PlacedMention) =>
        nested.some((s) => m.start >= s.outerStart && m.end <= s.outerEnd);
      let before: QuoteInfo | undefined;
      nested.forEach((span, index) => {
        const quote = attribute(span, index, nested, passage, inNested, before, undefined);
        if (!quote) return;
        before = quote;
        quotes.push(quote);
      });
    }

    const lastSentence = sentences[sentences.length - 1];
    const closing = paragraphQuotes[paragraphQuotes.length - 1];
    const memory: PreviousParagraph = {
      text: paragraph.text,
      sentences,
      quotes: paragraphQuotes,
      carried: 0,
    };
    if (lastSentence) {
      const intro = spans.some((s) => s.outerStart >= lastSentence.start)
        ? undefined
        : readIntro(paragraph.text, lastSentence, insideQuote);
      const introSpeaker = intro && resolve(intro, lastSentence, lastSentence.end);
      if (introSpeaker) memory.intro = introSpeaker;
      // The speaker still talking when the paragraph ends: its last quotation reaches the last sentence.
      if (closing?.speaker && !closing.fragment && closing.sentences.includes(lastSentence)) {
        memory.lastSpeaker = closing;
        memory.carried = carriedOf.get(closing) ?? 0;
      }
    }
    previous = memory;
  });
  return quotes;
}
