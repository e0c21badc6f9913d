import type { Sentence } from "../types.js";

// Made on first use, not when the module loads: creating it loads ICU's sentence rules (~5 ms), which a start
// from the snapshots does not need before the first question.
let segmenter: Intl.Segmenter | undefined;

// Abbreviations after which a full stop does not end the sentence.
const TITLE_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "prof",
  "pres",
  "maj",
  "brig",
  "hon",
  "no",
  "vs",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "approx",
  "dept",
  "est",
  "fig",
  "inc",
  "corp",
  "ltd",
  "co",
  "mt",
  "ft",
]);
// Words that usually open a new sentence, so a dotted acronym before them really ends one.
const SENTENCE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "but",
  "and",
  "this",
  "that",
  "these",
  "those",
  "in",
  "on",
  "at",
  "for",
  "as",
  "after",
  "before",
  "when",
  "while",
  "if",
  "there",
  "his",
  "her",
  "their",
  "its",
  "our",
  "meanwhile",
  "however",
  "still",
  "yet",
  "so",
  "then",
  "now",
  "also",
]);

const WHITESPACE = /\s/;

/**
 * Does text[start, end) end in an abbreviation, given the text after it? Only a piece ending in a full stop
 * (trailing whitespace aside) can: that is checked on the codes first, which spares most pieces the slice and the
 * regular expressions.
 */
function endsWithAbbreviation(text: string, start: number, end: number, next: string): boolean {
  let k = end - 1;
  while (k >= start && WHITESPACE.test(text[k]!)) k--;
  if (k < start || text.charCodeAt(k) !== 0x2e) return false;
  const last = /(\S+)$/.exec(text.slice(start, k + 1))?.[1] ?? "";
  const bare = last.replace(/^[("'“‘]+/, "").slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    // A dotted acronym (U.S.) ends the sentence only when the next word opens one.
    const nextWord = (/^\s*[("'“‘]*(\p{L}+)/u.exec(next)?.[1] ?? "").toLowerCase();
    return nextWord.length > 0 && !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

/**
 * Split a paragraph into sentences with `Intl.Segmenter`, then re-join the
 * splits it makes after abbreviations ("U.S. | Secretary"). Offsets point
 * into `text`; each sentence text is trimmed and verbatim.
 */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  for (const part of segmenter.segment(text)) {
    const start = part.index;
    const end = start + part.segment.length;
    const previous = pieces[pieces.length - 1];
    if (previous && endsWithAbbreviation(text, previous.start, previous.end, part.segment)) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  const sentences: Sentence[] = [];
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = piece.start + lead;
    sentences.push({ text: body, start, end: start + body.length });
  }
  return sentences;
}
