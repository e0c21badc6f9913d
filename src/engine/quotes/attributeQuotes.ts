import type { QuoteInfo, SentenceInfo } from "../analysis/types.js";
import type { EntityTable, PlacedMention } from "../entities/buildEntityTable.js";
import { SPEECH_VERBS } from "../entities/lexicon.js";
import { foldText } from "../text/foldText.js";
import { termsOf } from "../text/processTerm.js";
import type { Paragraph } from "../types.js";
import { findQuoteSpans, type QuoteSpan } from "./findQuoteSpans.js";

const PRONOUN_SPEAKER = /\b(he|she)\s+(?:\w+\s+)?(\w+)/gi;

function hasSpeechVerb(text: string): boolean {
  return foldText(text).split(/[^a-z]+/).some((word) => SPEECH_VERBS.has(word));
}

function isSpeakerMention(mention: PlacedMention): boolean {
  return (mention.kind === "person" || mention.kind === "org" || mention.kind === "candidate") && !mention.possessive && mention.entity !== undefined;
}

interface Attribution {
  mention?: PlacedMention;
  phrase?: string;
  pronoun?: boolean;
}

/** Attribution from the words right after the closing mark: `,” said X` / `,” X said` / `,” he added`. */
function attributeAfter(text: string, span: QuoteSpan, sentence: SentenceInfo, insideQuote: (m: PlacedMention) => boolean): Attribution | undefined {
  if (span.open) return undefined;
  const tail = text.slice(span.outerEnd, sentence.end);
  if (/^\s*[.!?]?\s*$/.test(tail)) return undefined;
  const lead = /^[\s,]*/.exec(tail)![0].length;
  const near = tail.slice(lead, lead + 80);
  if (/^(?:he|she)\b/i.test(near) && hasSpeechVerb(near.split(/[.,;]/)[0] ?? "")) return { pronoun: true };
  const mention = sentence.mentions.find((m) => m.start >= span.outerEnd && m.start - span.outerEnd <= 60 && isSpeakerMention(m) && !insideQuote(m) && m.kind !== "org");
  if (mention) {
    const clause = text.slice(span.outerEnd, sentence.end).split(/[“"]/)[0] ?? "";
    if (hasSpeechVerb(clause) && !/[“"]/.test(text.slice(span.outerEnd, mention.start))) return { mention };
  }
  const phrase = /^((?:a|an|the|one)\s+(?:[\w-]+\s+){0,4}?(?:official|source|diplomat|spokesperson|spokesman|spokeswoman|adviser|advisor|aide|minister|officer|person|analyst|statement|lawmaker|member|resident|witness|leader))\s+(\w+)(?:\s+(\w+))?/i.exec(near);
  if (phrase && (SPEECH_VERBS.has(foldText(phrase[2]!)) || SPEECH_VERBS.has(foldText(phrase[3] ?? "")))) return { phrase: phrase[1]! };
  return undefined;
}

/** Attribution from the words before the opening mark: `X said, “` / `X claimed that … “`. */
function attributeBefore(text: string, span: QuoteSpan, sentence: SentenceInfo, insideQuote: (m: PlacedMention) => boolean): Attribution | undefined {
  const head = text.slice(sentence.start, span.outerStart);
  if (!head.trim()) return undefined;
  const candidates = sentence.mentions.filter((m) => m.end <= span.outerStart && isSpeakerMention(m) && !insideQuote(m));
  const withVerb = (m: PlacedMention) => hasSpeechVerb(text.slice(m.end, span.outerStart));
  const person = [...candidates].reverse().find((m) => m.kind !== "org" && withVerb(m));
  let pronounAt = -1;
  for (const match of head.matchAll(PRONOUN_SPEAKER)) {
    if (SPEECH_VERBS.has(foldText(match[2]!)) || hasSpeechVerb(head.slice(match.index))) pronounAt = sentence.start + match.index;
  }
  if (person && person.start > pronounAt) return { mention: person };
  if (pronounAt >= 0) return { pronoun: true };
  const org = [...candidates].reverse().find((m) => m.kind === "org" && withVerb(m));
  return org ? { mention: org } : undefined;
}

/**
 * Find and attribute every quotation of an article. Speakers come from
 * "X said" / "said X" / "X told reporters" / "according to X" around the
 * marks, from a pronoun resolved to the last person named before it, or
 * from the previous quotation when a quote continues without attribution.
 */
export function attributeQuotes(paragraphs: readonly Paragraph[], sentencesByParagraph: readonly SentenceInfo[][], table: Pick<EntityTable, "byId">): QuoteInfo[] {
  const quotes: QuoteInfo[] = [];
  const history: SentenceInfo[] = [];
  let lastSpeaker: Pick<QuoteInfo, "speaker" | "speakerEntity"> | undefined;
  paragraphs.forEach((paragraph, position) => {
    const sentences = sentencesByParagraph[position] ?? [];
    const paragraphIndex = sentences[0]?.paragraphIndex ?? -1;
    const spans = findQuoteSpans(paragraph.text);
    const insideQuote = (m: PlacedMention) => spans.some((s) => m.start >= s.outerStart && m.end <= s.outerEnd);
    const resolvePronoun = (before: number): Pick<QuoteInfo, "speaker" | "speakerEntity"> | undefined => {
      const earlier = [...history, ...sentences.filter((s) => s.end <= before)].reverse().slice(0, 4);
      for (const sentence of earlier) {
        const subject = sentence.mentions.find((m) => m.kind === "person" && !m.possessive && m.entity && !(sentence.paragraphIndex === paragraphIndex && insideQuote(m)));
        if (subject?.entity) return { speaker: table.byId.get(subject.entity)?.name ?? subject.text, speakerEntity: subject.entity };
      }
      return undefined;
    };
    let previousInParagraph: Pick<QuoteInfo, "speaker" | "speakerEntity"> | undefined;
    for (const span of spans) {
      const touched = sentences.filter((s) => s.end > span.outerStart && s.start < span.outerEnd);
      const first = touched[0];
      const last = touched[touched.length - 1];
      if (!first || !last) continue;
      const attribution = attributeAfter(paragraph.text, span, last, insideQuote) ?? attributeBefore(paragraph.text, span, first, insideQuote);
      const quote: QuoteInfo = {
        span,
        article: paragraph.article,
        paragraph: paragraph.n,
        paragraphIndex,
        sentences: touched,
        attribution: "none",
        terms: termsOf(span.text),
      };
      let speaker: Pick<QuoteInfo, "speaker" | "speakerEntity"> | undefined;
      if (attribution?.mention?.entity) {
        speaker = { speaker: table.byId.get(attribution.mention.entity)?.name ?? attribution.mention.text, speakerEntity: attribution.mention.entity };
        quote.attribution = "explicit";
      } else if (attribution?.phrase) {
        speaker = { speaker: attribution.phrase };
        quote.attribution = "explicit";
      } else if (attribution?.pronoun) {
        speaker = resolvePronoun(span.outerStart);
        if (speaker) quote.attribution = "pronoun";
      } else {
        // A quotation with no attribution of its own continues the previous speaker's.
        const continues = previousInParagraph ?? (span.outerStart === 0 ? lastSpeaker : undefined);
        if (continues) {
          speaker = continues;
          quote.attribution = "continuation";
        }
      }
      if (speaker?.speaker) {
        quote.speaker = speaker.speaker;
        if (speaker.speakerEntity) quote.speakerEntity = speaker.speakerEntity;
        previousInParagraph = speaker;
        lastSpeaker = speaker;
      }
      quotes.push(quote);
    }
    history.push(...sentences);
    if (history.length > 8) history.splice(0, history.length - 8);
  });
  return quotes;
}
