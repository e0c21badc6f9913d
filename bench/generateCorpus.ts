import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngine, loadCorpus } from "../src/engine/index.js";
import { pick, seededRandom } from "./random.js";

const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "ten",
  "vo",
  "sha",
  "lu",
  "dor",
  "pe",
  "zin",
  "gra",
  "bel",
  "tu",
  "nos",
  "vi",
  "lek",
  "ar",
  "mun",
  "tos",
  "pra",
  "el",
  "ja",
  "rin",
  "ost",
  "ul",
  "bre",
  "dan",
  "ko",
  "ser",
  "via",
];

/** What a generated corpus holds: where it is and the names it invented, for deriving queries. */
export interface GeneratedCorpus {
  dir: string;
  paragraphs: number;
  articles: number;
  /** Invented full names of people, in order of invention. */
  people: string[];
  /** Invented place names. */
  places: string[];
}

interface SeedMaterial {
  sentences: string[];
  people: string[];
  places: string[];
}

/** Sentences and names of the seed articles, read through the real engine. */
export async function readSeedMaterial(seedsDir: string): Promise<SeedMaterial> {
  const { corpus } = await loadCorpus(seedsDir);
  const engine = buildEngine(corpus);
  const sentences = corpus.articles.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
  );
  const people = engine
    .entities()
    .filter((e) => e.kind === "person" && e.name.includes(" "))
    .flatMap((e) => e.variants);
  const places = engine
    .entities()
    .filter((e) => e.kind === "place")
    .map((e) => e.name)
    .filter((name) => !/\s/.test(name) && name.length > 3);
  return {
    sentences,
    people: [...new Set(people)].sort((a, b) => b.length - a.length),
    places: [...new Set(places)],
  };
}

function inventWord(random: () => number, syllables = 2 + Math.floor(random() * 3)): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  return word;
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Write a synthetic corpus of about `paragraphs` paragraphs into `dir`, from
 * the seed sentences: each article recombines seed sentences, gives every
 * seed person and place a new invented name (the same one throughout the
 * article), and swaps some content words for words from a lexicon that keeps
 * growing, so distinct terms rise with size as in real news. Deterministic for a seed.
 */
export async function generateCorpus(
  dir: string,
  paragraphs: number,
  seed: number,
  seedsDir = "seeds",
): Promise<GeneratedCorpus> {
  const material = await readSeedMaterial(seedsDir);
  const random = seededRandom(seed);
  mkdirSync(dir, { recursive: true });
  const lexicon: string[] = [];
  const people: string[] = [];
  const places: string[] = [];
  let written = 0;
  let articles = 0;
  while (written < paragraphs) {
    const count = Math.min(paragraphs - written, 12 + Math.floor(random() * 9));
    // A few new words per article, then a Zipf-like pick from everything invented so far.
    for (let i = 0; i < 6; i++) lexicon.push(inventWord(random));
    const names = new Map<string, string>();
    const nameFor = (original: string): string => {
      let name = names.get(original);
      if (!name) {
        const parts = original.split(" ");
        const surname = capitalise(inventWord(random));
        name = parts.length > 1 ? `${capitalise(inventWord(random, 2))} ${surname}` : surname;
        names.set(original, name);
        const last = parts[parts.length - 1]!;
        // A bare surname later in the article must follow the full name's new surname.
        if (parts.length > 1 && !names.has(last)) names.set(last, surname);
        if (parts.length > 1) people.push(name);
      }
      return name;
    };
    const placeFor = new Map<string, string>();
    const lines: string[] = [];
    if (random() < 0.5)
      lines.push(
        ` date 2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")} `,
      );
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      const length = 1 + Math.floor(random() * 3);
      for (let s = 0; s < length; s++) {
        let sentence = pick(random, material.sentences);
        for (const person of material.people)
          if (sentence.includes(person)) sentence = sentence.split(person).join(nameFor(person));
        for (const place of material.places) {
          if (!sentence.includes(place)) continue;
          let invented = placeFor.get(place);
          if (!invented) {
            invented = capitalise(inventWord(random));
            placeFor.set(place, invented);
            places.push(invented);
          }
          sentence = sentence.split(place).join(invented);
        }
        sentence = sentence.replace(/\b[a-z]{7,}\b/g, (word) =>
          random() < 0.15 ? lexicon[Math.floor(lexicon.length * random() ** 2)]! : word,
        );
        sentence = sentence.replace(/\b\d{2,3}\b/g, () => String(10 + Math.floor(random() * 990)));
        sentences.push(sentence);
      }
      lines.push(sentences.join(" "));
    }
    const text = lines[0]?.startsWith(" date")
      ? `${lines[0]}${lines.slice(1).join("\n\n")}`
      : lines.join("\n\n");
    writeFileSync(join(dir, `gen_${String(articles).padStart(6, "0")}.txt`), `${text}\n`);
    written += count;
    articles++;
  }
  return { dir, paragraphs: written, articles, people, places };
}

/** Read back what a generated directory holds, for tests. */
export function listGenerated(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
}
