import type { PlacedMention } from "../entities/buildEntityTable.js";
import { SPEECH_VERBS } from "../entities/lexicon.js";
import { foldText } from "../text/foldText.js";
import { readPossessedNoun } from "./possessedNouns.js";
import { QUOTE_WEIGHTS } from "./quoteWeights.js";

/** Who a clause names as the speaker: a name, a pronoun to resolve, or a description ("the central defender"). */
export type SpeakerClue =
  | { type: "mention"; mention: PlacedMention }
  | { type: "pronoun"; pronoun: "he" | "she" | "it"; at?: number }
  | {
      type: "description";
      phrase: string;
      head: string;
      determiner: "definite" | "indefinite" | "possessive";
      at?: number;
    };

/**
 * Verbs that introduce someone's words in news and feature copy beyond the entity lexicon's `SPEECH_VERBS`
 * (which also marks names as speaking): the manner of speech ("confided", "reminisced", "exclaimed") and its
 * stance ("conceded", "contended", "protested"). Only the quote stage reads them.
 */
const MORE_SPEECH_VERBS = new Set(
  `confided confides reminisced reminisces mused muses recounted recounts testified testifies maintained maintains contended contends
  conceded concedes protested protests complained complains boasted boasts exclaimed exclaims shouted shouts whispered whispers
  murmured murmurs retorted retorts countered counters interjected joked jokes lamented laments proclaimed proclaims pleaded
  cautioned cautions grumbled grumbles sighed snapped volunteered`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for a word that is a verb of speaking ("said", "told", "added", "announced", "confided"). */
export function isSpeechVerb(word: string): boolean {
  const folded = foldText(word);
  return SPEECH_VERBS.has(folded) || MORE_SPEECH_VERBS.has(folded);
}

// Verbs that take their subject after them in news copy ("said Smith", "added the minister"); "told Smith" makes Smith the listener.
const INVERTIBLE = new Set(
  "said says stated states added adds emphasized emphasised stressed claimed asked asks replied replies explained explains recalled recalls continued continues declared declares wrote writes insisted insists noted notes remarked remarks commented comments observed observes warned warns announced announces argued argues conceded admitted".split(
    " ",
  ),
);

/** True for a speech verb whose subject may follow it: "said Smith", not "told Smith". */
export function isInvertibleSpeechVerb(word: string): boolean {
  return INVERTIBLE.has(foldText(word));
}

/** A name that can speak: a person or organisation, not a possessive ("Glazer's plan"), resolved to an entity. */
export function isSpeakerMention(mention: PlacedMention): boolean {
  return (
    (mention.kind === "person" || mention.kind === "org" || mention.kind === "candidate") &&
    !mention.possessive &&
    mention.entity !== undefined
  );
}

const DETERMINER = /^(the|a|an|one|another|two|three|several|some|[\p{L}.-]+['’]s)\s+/iu;
// A description ends where a prepositional or relative tail begins: "the campaign's director told the BBC".
const DESCRIPTION_END =
  /\s+(?:to|for|in|at|on|with|from|who|which|that|after|before|during|when|as|outside|inside|last|this|yesterday|today)\b.*$/i;

/** Read a noun phrase such as "the central defender" or "United's statement to the stock exchange" as a description clue. */
export function readDescription(text: string): SpeakerClue | undefined {
  const trimmed = text.trim().replace(/^(?:and|but|so|then)\s+/i, "");
  const determiner = DETERMINER.exec(trimmed);
  if (!determiner) return undefined;
  const phrase = trimmed
    .replace(DESCRIPTION_END, "")
    .split(/\s+/)
    .slice(0, QUOTE_WEIGHTS.descriptionWords)
    .join(" ")
    .replace(/[,;:.]+$/, "");
  const words = phrase.split(/\s+/);
  const head = foldText(words[words.length - 1] ?? "").replace(/['’]s$/, "");
  if (words.length < 2 || !/^[a-z\d-]+$/.test(head) || isSpeechVerb(head)) return undefined;
  const d = foldText(determiner[1]!);
  return {
    type: "description",
    phrase,
    head,
    determiner: d === "the" ? "definite" : /['’]s$/.test(d) ? "possessive" : "indefinite",
  };
}

// A relative clause between a subject and its verb: "Mr Neeson, whose films include …, said".
const RELATIVE = /(?:,|\s[-–—])\s*(?:who|whose|which|where)\b/i;
// Clause boundaries inside a sentence: what comes before belongs to another clause.
const CLAUSE_BREAK =
  /(?:;|,\s+(?:and|but|while|as|although|though)\s+|\s+(?:and|but)\s+(?=(?:he|she)\b))/gi;

// A preposition, then any determiner and capitalised words, right before a name: "of the New York", "in People".
const PREPOSITION_BEFORE =
  /\b(?:of|in|at|from|for|with|by|on|to|under|near|outside|inside|against|about|like)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/**
 * The subject of a speech verb: the text from the start of its clause to the
 * verb, read as a pronoun, the nearest name, or a description. `base` is the
 * paragraph offset of `segment`; `mentions` are the sentence's names.
 */
export function readSubject(
  segment: string,
  base: number,
  mentions: readonly PlacedMention[],
  excluded: (m: PlacedMention) => boolean,
): SpeakerClue | undefined {
  let start = 0;
  for (const match of segment.matchAll(CLAUSE_BREAK)) start = match.index + match[0].length;
  let subject = segment.slice(start);
  // "…was denounced by the organized employers, who declared:": the verb is the relative clause's, so its subject is what "who" stands for.
  const relativeSubject = /,\s*who\s+(?:\p{Ll}+ly\s+)?$/u.exec(subject);
  if (relativeSubject)
    return readRelativeAntecedent(
      subject.slice(0, relativeSubject.index),
      base + start,
      mentions,
      excluded,
    );
  const relative = RELATIVE.exec(subject);
  if (relative) subject = subject.slice(0, relative.index);
  // "The plan was called …": a passive names what was spoken of, not who spoke.
  if (/\b(?:was|were|is|are|been|being|be)\s*$/i.test(subject)) return undefined;
  const pronoun =
    /\b(he|she|it)\s+(?:(?:also|then|later|again|further|simply|only|once|earlier)\s+|\w+ly\s+)?(?:(?:has|had|was|is)\s+)?$/i.exec(
      subject,
    );
  const from = base + start;
  if (pronoun)
    return {
      type: "pronoun",
      pronoun: foldText(pronoun[1]!) as "he" | "she" | "it",
      at: from + pronoun.index,
    };
  const author = possessorSpeaking(subject, from, mentions, excluded);
  if (author) return { type: "mention", mention: author };
  // "Apparently at the insistence of the U.S., the announcements issued in Moscow emphasized": the last comma part is the subject when it is a description.
  const lastPart = subject.replace(/^.*,\s*/, "");
  const lastFrom = from + subject.length - lastPart.length;
  if (
    lastPart.trim() &&
    !mentions.some(
      (m) =>
        m.start >= lastFrom &&
        m.end <= from + subject.length &&
        isSpeakerMention(m) &&
        !excluded(m),
    )
  ) {
    const described = readDescription(lastPart);
    if (described?.type === "description") {
      described.at = lastFrom;
      return described;
    }
  }
  const to = from + subject.length;
  const names = mentions.filter(
    (m) => m.start >= from && m.end <= to && isSpeakerMention(m) && !excluded(m),
  );
  // "Justice Savage of the New York Supreme Court declared": a name after a preposition modifies the subject, or sets the scene ("In People vs. Fisher,").
  const heads = names.filter((m) => !PREPOSITION_BEFORE.test(segment.slice(0, m.start - base)));
  const nearest = heads[heads.length - 1] ?? names[names.length - 1];
  if (nearest) return { type: "mention", mention: nearest };
  // "Lavrov said …, but added that": the verb shares the subject of the clause before.
  if (start > 0 && !subject.trim()) {
    const earlier = mentions.filter(
      (m) => m.start >= base && m.end <= base + start && isSpeakerMention(m) && !excluded(m),
    );
    const speaking = earlier.find((m) => m.speaks) ?? earlier[0];
    if (speaking) return { type: "mention", mention: speaking };
  }
  const last = subject.replace(/^.*,\s*/, "");
  const description = readDescription(last);
  // The antecedent of "the actor" is named before the description, not in the clause after it.
  if (description?.type === "description") description.at = from + subject.length - last.length;
  return description;
}

/** What "who" stands for after `text`: a name that ends it ("Smith, who said"), or its last noun phrase ("the organized employers, who declared"). */
function readRelativeAntecedent(
  text: string,
  base: number,
  mentions: readonly PlacedMention[],
  excluded: (m: PlacedMention) => boolean,
): SpeakerClue | undefined {
  const end = base + text.trimEnd().length;
  const named = mentions.find((m) => m.end === end && isSpeakerMention(m) && !excluded(m));
  if (named) return { type: "mention", mention: named };
  // The noun phrase is the text's last run from a determiner, with no name in it.
  const phrase = /^.*(?:^|\s)((?:the|a|an|one|another|[\p{L}.-]+['’]s)\s+[^,;:"“”]*)$/isu.exec(
    text,
  )?.[1];
  const from = base + text.length - (phrase?.length ?? 0);
  if (!phrase || mentions.some((m) => m.start >= from && m.end <= end && isSpeakerMention(m)))
    return undefined;
  const described = readDescription(phrase);
  if (described?.type === "description") described.at = from;
  return described;
}

/**
 * "President Kennedy's invitation to the Spanish-born master said": the subject is a text or judgement in
 * someone's name (`POSSESSED_NOUNS`), so its owner is the speaker. The possessive must head the subject:
 * only a prepositional tail may follow the noun.
 */
function possessorSpeaking(
  subject: string,
  from: number,
  mentions: readonly PlacedMention[],
  excluded: (m: PlacedMention) => boolean,
): PlacedMention | undefined {
  for (const mention of mentions) {
    if (
      !mention.possessive ||
      !mention.entity ||
      excluded(mention) ||
      (mention.kind !== "person" && mention.kind !== "org")
    )
      continue;
    if (mention.start < from || mention.end > from + subject.length) continue;
    // The noun right after the possessive, or after one modifier ("Kennedy's formal invitation").
    const words = subject
      .slice(mention.end - from)
      .replace(/^['’]s?/, "")
      .trim()
      .split(/\s+/);
    const at = [0, 1].find(
      (i) => words[i] !== undefined && readPossessedNoun(words[i]) !== undefined,
    );
    if (at === undefined) continue;
    const rest = words.slice(at + 1);
    if (rest.length > 0 && !/^(?:to|for|on|of|about|in|from|at|with)$/i.test(rest[0]!)) continue;
    const noun = words[at]!;
    if (noun && readPossessedNoun(noun)!.speaker === "possessor") return mention;
  }
  return undefined;
}

/** The last speech verb of a text, with its offset. */
export function lastSpeechVerb(text: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const match of text.matchAll(/[\p{L}]+/gu))
    if (isSpeechVerb(match[0])) found = { start: match.index, end: match.index + match[0].length };
  return found;
}

/** The first speech verb of a text, with its offset. */
export function firstSpeechVerb(text: string): { start: number; end: number } | undefined {
  for (const match of text.matchAll(/[\p{L}]+/gu))
    if (isSpeechVerb(match[0])) return { start: match.index, end: match.index + match[0].length };
  return undefined;
}
