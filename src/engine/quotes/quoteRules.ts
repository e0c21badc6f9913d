import type { QuoteInfo, SentenceInfo } from "../analysis/types.js";
import type { PlacedMention } from "../entities/buildEntityTable.js";
import { defineRules, type Rule } from "../rules/defineRules.js";
import type { QuoteSpan } from "./findQuoteSpans.js";
import { QUOTE_WEIGHTS } from "./quoteWeights.js";
import {
  firstSpeechVerb,
  isInvertibleSpeechVerb,
  isSpeakerMention,
  isSpeechVerb,
  lastSpeechVerb,
  readDescription,
  readSubject,
  type SpeakerClue,
} from "./readSpeechClause.js";

/** What a quote rule sees: one quotation in its paragraph, and what came just before it in the same story. */
export interface QuoteScene {
  /** The paragraph text; every offset is into it. */
  text: string;
  span: QuoteSpan;
  /** Sentences of the paragraph, and the first and last the quotation touches. */
  sentences: readonly SentenceInfo[];
  first: SentenceInfo;
  last: SentenceInfo;
  /** The quotations of the paragraph, in order, and this one's position among them. */
  spans: readonly QuoteSpan[];
  index: number;
  /** The previous quotation of the paragraph, already attributed. */
  previousInParagraph?: QuoteInfo;
  /** The previous paragraph, when it is in the same story. */
  previousParagraph?: PreviousParagraph;
  /** A name inside some quotation of this paragraph (quoted words do not attribute). */
  readonly insideQuote: (mention: PlacedMention) => boolean;
}

/** What the previous paragraph of the story leaves for the next one. */
export interface PreviousParagraph {
  text: string;
  sentences: readonly SentenceInfo[];
  quotes: readonly QuoteInfo[];
  /** The paragraph ends with "X said:" and no quotation after the colon: the speaker that clause names, resolved. */
  intro?: Pick<QuoteInfo, "speaker" | "speakerEntity" | "speakerRole">;
  /** Who spoke last in the paragraph's last sentence, by its closing quotation or by "X said …". */
  lastSpeaker?: Pick<QuoteInfo, "speaker" | "speakerEntity" | "speakerRole">;
  /** How many paragraph-opening carries led to `lastSpeaker` (0 when it was attributed in that paragraph). */
  carried: number;
}

/** What a row found: a clue to resolve in the quotation's own text, or a speaker carried over from before. */
export type QuoteFinding =
  | { clue: SpeakerClue }
  | { carry: Pick<QuoteInfo, "speaker" | "speakerEntity" | "speakerRole">; carried?: number }
  /** The quotation's own sentence attributes it to someone this table cannot read: it stays unattributed, never carried. */
  | { unread: true };

/** One convention of attributing a quotation. */
export interface QuoteRule extends Rule {
  /** `own`: read in the quotation's own sentence (or the "X said:" just before it); `carry`: inherited from earlier text, never for fragments. */
  scope: "own" | "carry";
  /** The coarse kind of evidence, for ranking. */
  basis: "explicit" | "continuation";
  match(scene: QuoteScene): QuoteFinding | undefined;
}

// ---- helpers over the scene -------------------------------------------------------------

/** The words after the closing mark up to the end of the sentence or the next quotation, and their offset. */
function tailOf(scene: QuoteScene): { text: string; at: number } | undefined {
  if (scene.span.open) return undefined;
  const nextStart = scene.spans[scene.index + 1]?.outerStart ?? Infinity;
  const end = Math.min(scene.last.end, nextStart);
  const raw = scene.text.slice(scene.span.outerEnd, end);
  const lead = /^[\s,;—–-]*/.exec(raw)![0].length;
  // `." He said` ends the quotation's sentence: what follows is not its attribution. But a quoted sentence with
  // its question or exclamation mark set outside the marks (`“Why don't you walk”? I suggested.`, as in the
  // Brown corpus) is still attributed by what follows.
  const outside = /^\s*[?!]\s+/.exec(raw);
  if (outside && /^\p{Lu}/u.test(scene.span.text) && !/[.!?]$/.test(scene.span.text))
    return { text: raw.slice(outside[0].length), at: scene.span.outerEnd + outside[0].length };
  if (/^\s*[.!?]/.test(raw)) return undefined;
  return { text: raw.slice(lead), at: scene.span.outerEnd + lead };
}

/** The words of the quotation's first sentence before its opening mark, after any earlier quotation. */
function headOf(scene: QuoteScene): { text: string; at: number } {
  const previous = scene.spans[scene.index - 1];
  const from = Math.max(
    scene.first.start,
    previous && previous.outerEnd <= scene.span.outerStart ? previous.outerEnd : 0,
  );
  return { text: scene.text.slice(from, scene.span.outerStart), at: from };
}

const speakerAt = (scene: QuoteScene, from: number, to: number) =>
  scene.last.mentions
    .concat(scene.first === scene.last ? [] : scene.first.mentions)
    .filter(
      (m) => m.start >= from && m.start <= to && isSpeakerMention(m) && !scene.insideQuote(m),
    );

/** The source a phrase before the opening mark names: the last speaker named from `from` to the mark, else the phrase read as a description. */
function sourceBeforeMark(
  scene: QuoteScene,
  from: number,
  phrase: string,
): QuoteFinding | undefined {
  const names = speakerAt(scene, from, scene.span.outerStart);
  return mentionClue(names[names.length - 1]) ?? clueOf(readDescription(phrase));
}

const mentionClue = (mention: PlacedMention | undefined): QuoteFinding | undefined =>
  mention ? { clue: { type: "mention", mention } } : undefined;
const clueOf = (clue: SpeakerClue | undefined): QuoteFinding | undefined =>
  clue ? { clue } : undefined;

// Titles and role words that may stand between a speech verb and the name: "said Energy Minister Ana Petrova".
const TITLE_RUN = /^(?!(?:a|an|one|another)\s)(?:[\p{L}.'’-]+\s+){0,6}$/iu;
const AUXILIARIES = /^(?:(?:has|had|have|also|then|later|again|earlier|once|simply)\s+)*/i;

// After the subject of "Her rival Oskar Lind disagreed:" / "The Chronicle's Paine Knickerbocker summed it up neatly:": an
// optional apposition, then a short predicate of lower-case words that opens with a verb, not a function word.
const COLON_PREDICATE =
  /^(?:,[^,"“”]{1,80},)?\s+(?!(?:the|a|an|of|and|or|in|to|for|with|on|at|by|from|who|which|that)\s)(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*:\s*$/u;
// Before that subject: nothing, or a name's premodifiers ("The Chronicle's", "Her rival", "Chief executive").
const COLON_PREFIX = /^(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;

/** The speaker of a clause "Name [, apposition,] predicate:" ending at `end`, the name opening the clause, or undefined. */
export function readColonSubject(
  text: string,
  from: number,
  end: number,
  mentions: readonly PlacedMention[],
  excluded: (m: PlacedMention) => boolean,
): PlacedMention | undefined {
  const names = mentions.filter(
    (m) => m.start >= from && m.end <= end && isSpeakerMention(m) && !excluded(m),
  );
  return names.find(
    (m) =>
      COLON_PREFIX.test(text.slice(from, m.start).replace(/^.*[,;]\s*/, "")) &&
      COLON_PREDICATE.test(text.slice(m.end, end)),
  );
}

/** The speaker clue of a clause that ends a paragraph with "X said:" or "X summed it up:", or undefined. */
export function readIntro(
  text: string,
  sentence: SentenceInfo,
  excluded: (m: PlacedMention) => boolean,
): SpeakerClue | undefined {
  const clause = text.slice(sentence.start, sentence.end);
  if (!/:\s*$/.test(clause)) return undefined;
  const verb = lastSpeechVerb(clause);
  if (!verb) {
    const mention = readColonSubject(
      text,
      sentence.start,
      sentence.end,
      sentence.mentions,
      excluded,
    );
    return mention && { type: "mention", mention };
  }
  return readSubject(clause.slice(0, verb.start), sentence.start, sentence.mentions, excluded);
}

/** "X said the plan would fail." as a clue: a sentence with no quotation whose first speech verb has a subject. */
export function readReportedSpeech(
  text: string,
  sentence: SentenceInfo,
  excluded: (m: PlacedMention) => boolean,
): SpeakerClue | undefined {
  const clause = text.slice(sentence.start, sentence.end);
  if (/["“”]/.test(clause)) return undefined;
  const verb = firstSpeechVerb(clause);
  if (!verb || /^according$/i.test(clause.slice(verb.start, verb.end))) return undefined;
  return readSubject(clause.slice(0, verb.start), sentence.start, sentence.mentions, excluded);
}

// ---- the table ------------------------------------------------------------------------

/**
 * Conventions of attributing a quotation in news copy, tried in order; the
 * first row that matches decides, and its id becomes the quotation's
 * `attribution`. Rows with scope `own` read the quotation's own sentence;
 * `carry` rows inherit a speaker from just before, within the same story.
 */
export const QUOTE_RULES = defineRules<QuoteRule>("quote", [
  {
    id: "tail-quoted-as-saying",
    reason:
      '"…," AP quoted prosecutor Russell McGuire as saying: the speaker is the one quoted, not the outlet',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene);
      const found =
        tail && /^([^.;]{0,60}?\bquoted\s+)(.{1,80}?)\s+as\s+(?:saying|telling)\b/i.exec(tail.text);
      if (!tail || !found) return undefined;
      const from = tail.at + found[1]!.length;
      const names = speakerAt(scene, from, from + found[2]!.length);
      return mentionClue(names[names.length - 1]) ?? clueOf(readDescription(found[2]!));
    },
  },
  {
    id: "tail-pronoun-verb",
    reason:
      '"…," he said / she added / he told reporters / it said: a pronoun right after the closing mark',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const found = tailOf(scene)?.text.match(
        /^(he|she|it)\s+(?:(?:also|then|later|again)\s+)?([\p{L}]+)/iu,
      );
      return found && isSpeechVerb(found[2]!)
        ? { clue: { type: "pronoun", pronoun: found[1]!.toLowerCase() as "he" | "she" | "it" } }
        : undefined;
    },
  },
  {
    id: "tail-pronoun-lone-verb",
    reason:
      '"…," she reminisces. / "…," he laughed.: a pronoun and one verb ending the sentence after the closing mark attribute the quotation, whatever the verb',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene);
      // The quotation's own punctuation ends it before the pronoun: `," she` or `”, she` or `?” she`.
      if (!tail || !/[,!?]/.test(scene.text.slice(scene.span.end, tail.at))) return undefined;
      const rest = scene.text.slice(
        tail.at,
        Math.min(scene.last.end, scene.spans[scene.index + 1]?.outerStart ?? Infinity),
      );
      const found =
        /^(he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)(?:\s+\p{Ll}+ly)?\s*[.!?]?\s*$/iu.exec(rest);
      return found
        ? { clue: { type: "pronoun", pronoun: found[1]!.toLowerCase() as "he" | "she" } }
        : undefined;
    },
  },
  {
    id: "tail-verb-name",
    reason:
      'inverted attribution: "…," said Mr. Jones / said Smith, the club\'s chairman / said Energy Minister Ana Petrova',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene);
      const verb = tail?.text.match(/^([\p{L}]+)\s+/u);
      if (!tail || !verb || !isInvertibleSpeechVerb(verb[1]!)) return undefined;
      const from = tail.at + verb[0].length;
      const names = speakerAt(scene, from, from + 50).filter(
        (m) =>
          TITLE_RUN.test(scene.text.slice(from, m.start)) &&
          !scene.text.slice(from, m.start).split(/\s+/).some(isSpeechVerb),
      );
      // "stated State Department spokesperson Tammy Bruce": the person, not the body named in the title.
      return mentionClue(names.find((m) => m.kind !== "org") ?? names[0]);
    },
  },
  {
    id: "tail-verb-description",
    reason:
      'inverted attribution by description: "…," said the President / said one military man / said the Pentagon\'s announcement',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const verb = tailOf(scene)?.text.match(/^([\p{L}]+)\s+([^,.;:!?"“”]{1,80})/u);
      if (!verb || !isInvertibleSpeechVerb(verb[1]!)) return undefined;
      return clueOf(readDescription(verb[2]!));
    },
  },
  {
    id: "tail-name-verb",
    reason:
      '"…," Ferguson said / Thanou told To Vima newspaper / the IAAF said / the minister, Anna Petrova, said: a name then a speech verb after the closing mark',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene);
      if (!tail) return undefined;
      for (const mention of speakerAt(scene, tail.at, tail.at + QUOTE_WEIGHTS.tailNameReach)) {
        const between = scene.text.slice(tail.at, mention.start);
        // Titles and roles may stand before the name, in any case: "chief executive James Skinner said".
        // Or a description with the name in apposition: "the minister, Anna Diamantopoulou, said".
        const titled =
          /^(?:[\p{L}.'’-]+\s+){0,6}$/u.test(between) ||
          /^(?:the|a|an|his|her|its|their)\s+(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+,\s+$/iu.test(
            between,
          );
        if (/["“”]/.test(between) || !titled || between.split(/\s+/).some(isSpeechVerb)) continue;
        // An apposition may sit between the name and its verb: "Dolores Troiani, the woman's lawyer, said".
        const appositive = /,\s+$/.test(between);
        const after = scene.text
          .slice(mention.end)
          .replace(appositive ? /^,/ : /^,[^,"“”]{1,100},/, "")
          .replace(/^\s+/, "")
          .replace(AUXILIARIES, "");
        const verb = /^[\p{L}]+/u.exec(after);
        if (verb && isSpeechVerb(verb[0]) && !/^according$/i.test(verb[0]))
          return mentionClue(mention);
      }
      return undefined;
    },
  },
  {
    id: "tail-description-verb",
    reason:
      '"…," the statement said / the organisation said in a statement / a spokesman said: a description then a speech verb',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene)?.text;
      const verb = tail && firstSpeechVerb(tail);
      if (!tail || !verb || verb.start > QUOTE_WEIGHTS.tailNameReach) return undefined;
      const subject = tail
        .slice(0, verb.start)
        .replace(/\s+(?:has|had|have|also|then|later)\s*$/i, "");
      return /^(?:the|a|an|one|another|[\p{L}.-]+['’]s)\s/iu.test(subject) &&
        !/[,.;:!?"“”]/.test(subject)
        ? clueOf(readDescription(subject))
        : undefined;
    },
  },
  {
    id: "tail-according-to",
    reason: '"…," according to Energy Minister Ana Petrova',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const tail = tailOf(scene);
      const found = tail?.text.match(/^according\s+to\s+/i);
      if (!tail || !found) return undefined;
      const from = tail.at + found[0].length;
      return (
        mentionClue(speakerAt(scene, from, from + 40)[0]) ??
        clueOf(readDescription(tail.text.slice(found[0].length)))
      );
    },
  },
  {
    id: "interrupted-quote",
    reason:
      '"One," said X, "two." / "One," he said, "two.": the second part of an interrupted quotation has the first part\'s speaker',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const previous = scene.previousInParagraph;
      if (!previous?.speaker || previous.span.open || !previous.sentences.includes(scene.first))
        return undefined;
      const between = scene.text.slice(previous.span.outerEnd, scene.span.outerStart);
      const words = between.split(/[\s,:;]+/).filter(Boolean);
      return words.length <= 8 && /[,:]\s*$/.test(between) && words.some(isSpeechVerb)
        ? { carry: previous }
        : undefined;
    },
  },
  {
    id: "head-according-to",
    reason: 'According to X, "…": the source named before the mark',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      const found = /\baccording\s+to\s+([^,"“”]{1,80}),?\s*$/i.exec(head.text);
      return found ? sourceBeforeMark(scene, head.at + found.index, found[1]!) : undefined;
    },
  },
  {
    id: "head-in-the-words-of",
    reason:
      'In the words of Anatole France, "…" / To quote X, "…" / As X put it, "…": a source phrase before the mark names whose words follow',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      const found =
        /\b(?:in\s+the\s+(?:words|phrase)\s+of|to\s+quote|as)\s+([^,"“”]{1,80}?)(\s+(?:put|puts|said|says)\s+it)?,?\s*$/i.exec(
          head.text,
        );
      // "as" alone is a comparison: only "as X put it" is a source.
      if (!found || (/^as$/i.test(found[0].split(/\s+/)[0]!) && !found[2])) return undefined;
      return sourceBeforeMark(scene, head.at + found.index, found[1]!);
    },
  },
  {
    id: "head-quoted-as-saying",
    reason: 'X was quoted as saying "…": the subject of the passive',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      const found =
        /\b(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?quoted\s+as\s+(?:saying|telling)\b[^"“”]{0,60}$/i.exec(
          head.text,
        );
      return found
        ? clueOf(
            readSubject(
              head.text.slice(0, found.index),
              head.at,
              scene.first.mentions,
              scene.insideQuote,
            ),
          )
        : undefined;
    },
  },
  {
    id: "head-verb-name",
    reason:
      'Said Secretary Hodges: "…" / Added the mayor: "…": a clause opening with the speech verb, its subject after it, then a colon',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      const found =
        /(?:^\s*|[.!?]\s+|["“‘]\s*)([\p{Lu}][\p{Ll}]+)\s+([^,.;:!?"“”‘]{1,80}?)\s*:\s*$/u.exec(
          head.text,
        );
      if (!found || !isInvertibleSpeechVerb(found[1]!)) return undefined;
      const from = head.at + found.index + found[0].indexOf(found[2]!, found[1]!.length);
      const names = speakerAt(scene, from, scene.span.outerStart).filter((m) =>
        TITLE_RUN.test(scene.text.slice(from, m.start)),
      );
      return (
        mentionClue(names.find((m) => m.kind !== "org") ?? names[0]) ??
        clueOf(readDescription(found[2]!))
      );
    },
  },
  {
    id: "head-subject-verb",
    reason:
      'X said: "…" / In a statement, X said: / He added: / The central defender told the BBC: the subject of the nearest speech verb before the mark',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      const verb = lastSpeechVerb(head.text);
      if (
        !verb ||
        head.text.length - verb.end > QUOTE_WEIGHTS.headVerbGap ||
        /^according$/i.test(head.text.slice(verb.start, verb.end))
      )
        return undefined;
      return (
        clueOf(
          readSubject(
            head.text.slice(0, verb.start),
            head.at,
            scene.first.mentions,
            scene.insideQuote,
          ),
        ) ?? { unread: true }
      );
    },
  },
  {
    id: "head-colon-subject",
    reason:
      'Her rival Oskar Lind disagreed: "…" — a clause ending in a colon right before the mark introduces its subject\'s words, whatever the verb',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const head = headOf(scene);
      if (!/:\s*$/.test(head.text) || /["“”]/.test(head.text)) return undefined;
      // Only "Name[, apposition,] verb:" — the name is the subject of the verb right before the colon.
      const names = speakerAt(scene, head.at, scene.span.outerStart).filter((m) =>
        /^(?:,[^,"“”]{1,80},)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+:\s*$/u.test(
          scene.text.slice(m.end, scene.span.outerStart),
        ),
      );
      return mentionClue(names[names.length - 1]);
    },
  },
  {
    id: "tail-unread-speech",
    reason:
      "a speech verb right after the closing mark whose speaker cannot be read: someone else speaks, so nothing is carried over",
    scope: "own",
    basis: "explicit",
    match(scene) {
      const words =
        tailOf(scene)
          ?.text.split(/[\s,:;]+/)
          .slice(0, 6) ?? [];
      return words.some((w) => isSpeechVerb(w) && !/^according$/i.test(w))
        ? { unread: true }
        : undefined;
    },
  },
  {
    id: "woven-clause-subject",
    reason:
      'Publisher Richardson has updated the Blue Book "but it still remains …" / how Congressman Martin … defends the bill "if we wish …": a quotation woven into the end of a sentence is the words of the person its clause is about',
    scope: "own",
    basis: "explicit",
    match(scene) {
      // Only a quotation that continues the sentence in lower case and ends it, after no other quotation.
      // A short phrase is a title or scare quotes as often as someone's words.
      if (scene.span.text.split(/\s+/).length <= QUOTE_WEIGHTS.fragmentLowercaseWords)
        return undefined;
      if (
        !/^\p{Ll}/u.test(scene.span.text) ||
        scene.span.open ||
        (scene.index > 0 && scene.spans[scene.index - 1]!.outerEnd > scene.first.start)
      )
        return undefined;
      if (!/^[\s.,;!?”"’]*$/.test(scene.text.slice(scene.span.outerEnd, scene.last.end)))
        return undefined;
      const head = headOf(scene);
      if (/["“”]/.test(head.text)) return undefined;
      // Exactly one person opens a clause of the sentence: names elsewhere are objects ("updated the Blue Book").
      const subjects = speakerAt(scene, head.at, scene.span.outerStart)
        .filter((m) => m.kind === "person")
        .filter((m) => {
          const before = scene.text.slice(head.at, m.start);
          // The name opens the sentence (after its titles) or a clause: "how Congressman Martin", "and Mayor Lenz".
          const opens =
            /^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(before) ||
            /\b(?:how|that|when|while|and|but|as|because|why)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(
              before,
            );
          // "Holmes was rejected again": the subject of a passive is acted on, not the one whose words follow.
          const after = scene.text.slice(m.end);
          return (
            opens &&
            /^(?:,|\s+\p{Ll})/u.test(after) &&
            !/^\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|being|(?:has|have|had)\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u.test(
              after,
            )
          );
        });
      return subjects.length === 1 ? mentionClue(subjects[0]) : undefined;
    },
  },
  {
    id: "intro-previous-paragraph",
    reason: 'a paragraph ending "X said:" introduces the quotation that opens the next paragraph',
    scope: "own",
    basis: "explicit",
    match(scene) {
      const intro = scene.previousParagraph?.intro;
      return intro?.speaker && scene.index === 0 && scene.span.outerStart === 0
        ? { carry: intro }
        : undefined;
    },
  },
  {
    id: "segment-continues",
    reason:
      'BBC copy joins paragraphs of one quotation: said: "One. "Two. "Three." — each new opening mark continues the same speaker',
    scope: "carry",
    basis: "continuation",
    match(scene) {
      const previous = scene.previousInParagraph;
      return scene.span.continues && previous?.speaker ? { carry: previous } : undefined;
    },
  },
  {
    id: "paragraph-continues-open",
    reason:
      "a quotation left open at the end of a paragraph continues in the next paragraph's opening mark, with the same speaker",
    scope: "carry",
    basis: "continuation",
    match(scene) {
      const previous = scene.previousParagraph;
      const open = previous?.quotes[previous.quotes.length - 1];
      return scene.index === 0 && scene.span.outerStart === 0 && open?.span.open && open.speaker
        ? { carry: open, carried: 0 }
        : undefined;
    },
  },
  {
    id: "same-paragraph-continues",
    reason:
      '"One," said Ferguson. "Two." — a later quotation of the paragraph keeps the speaker when nobody else is named between',
    scope: "carry",
    basis: "continuation",
    match(scene) {
      const previous = scene.previousInParagraph;
      if (!previous?.speaker) return undefined;
      // Names in the previous quotation's own sentence are its attribution; what counts is what was said after it.
      const from = Math.max(
        previous.span.outerEnd,
        previous.sentences[previous.sentences.length - 1]!.end,
      );
      const between = scene.sentences
        .flatMap((s) => s.mentions)
        .filter((m) => m.start >= from && m.end <= scene.span.outerStart && !scene.insideQuote(m));
      if (between.some((m) => m.kind === "person" || m.kind === "candidate" || m.kind === "org"))
        return undefined;
      if (
        from < scene.span.outerStart &&
        /\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|added|told)\b/i.test(
          scene.text.slice(from, scene.span.outerStart),
        )
      )
        return undefined;
      return { carry: previous };
    },
  },
  {
    id: "previous-sentence-speech",
    reason:
      'X said the sentence would not dent their resolve. "The eyes of …" — an unattributed quotation right after reported speech is the same speaker\'s',
    scope: "carry",
    basis: "continuation",
    match(scene) {
      const before = scene.sentences[scene.first.index - 1];
      if (
        !before ||
        before.end > scene.span.outerStart ||
        scene.text.slice(before.end, scene.span.outerStart).trim()
      )
        return undefined;
      const clue = readReportedSpeech(scene.text, before, scene.insideQuote);
      return clue ? { clue } : undefined;
    },
  },
  {
    id: "previous-paragraph-quote",
    reason:
      "a paragraph that opens with an unattributed quotation continues the speaker who closed the previous paragraph, for a bounded number of paragraphs",
    scope: "carry",
    basis: "continuation",
    match(scene) {
      const previous = scene.previousParagraph;
      if (scene.index !== 0 || scene.span.outerStart !== 0 || !previous?.lastSpeaker?.speaker)
        return undefined;
      if (previous.carried + 1 > QUOTE_WEIGHTS.carryParagraphs) return undefined;
      // A paragraph that is only a quoted question after someone's answer is the interviewer's: "When you came up, did you …?"
      if (
        /\?["”]?\s*$|["”]\s*\?\s*$/.test(scene.text.slice(0, scene.last.end)) &&
        scene.sentences.length === scene.last.index + 1
      )
        return undefined;
      return { carry: previous.lastSpeaker, carried: previous.carried + 1 };
    },
  },
]);
