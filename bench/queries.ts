import type { QuestionCommand } from "../src/engine/types.js";

/** One benchmark query. */
export interface BenchQuery {
  command: QuestionCommand | "summary" | "autocomplete";
  query: string;
}

const SEED_QUERIES: BenchQuery[] = [
  { command: "who", query: "Russian foreign minister" },
  { command: "who", query: "Who is Witkoff?" },
  { command: "who", query: "Who is Zelenksy?" },
  { command: "who", query: "leads the Ukrainian delegation in Jeddah" },
  { command: "where", query: "Where did the US-Russia talks commence?" },
  { command: "where", query: "Where will Kellogg visit Zelensky?" },
  { command: "when", query: "When did Russia annex Crimea?" },
  { command: "when", query: "When will Kellogg visit Zelensky in Kyiv?" },
  { command: "quote", query: "Witkoff ceasefire" },
  { command: "quote", query: "Zelensky agreements without Ukraine" },
  { command: "ask", query: "How much military aid has the US given Ukraine?" },
  { command: "ask", query: "What partial ceasefire is Ukraine proposing?" },
  { command: "summary", query: "" },
  { command: "summary", query: "minerals deal" },
  { command: "autocomplete", query: "Ze" },
  { command: "autocomplete", query: "Lav" },
  { command: "autocomplete", query: "Who is Wit" },
  { command: "autocomplete", query: "Riy" },
];

/** Swap two neighbouring letters: the typo people make. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i]! + word[i - 1]! + word.slice(i + 1);
}

/** The fixed query set for a workload: the seed questions, or questions about names a generated corpus invented. */
export function queriesFor(people: readonly string[], places: readonly string[]): BenchQuery[] {
  if (people.length === 0) return SEED_QUERIES;
  const queries: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(people.length / 12));
  for (let i = 0; i < 12; i++) {
    const name = people[(i * step) % people.length]!;
    const surname = name.split(" ").at(-1)!;
    const place = places[(i * 7) % Math.max(1, places.length)] ?? "Riyadh";
    queries.push(
      { command: "who", query: i % 2 ? `Who is ${surname}?` : `Who is ${typo(surname)}?` },
      { command: "who", query: i % 3 ? "Russian foreign minister" : "Kremlin spokesperson" },
      { command: "where", query: `Where did ${surname} meet officials?` },
      { command: "when", query: `When did ${surname} visit ${place}?` },
      { command: "quote", query: `${surname} ceasefire` },
      { command: "ask", query: `How much military aid has ${place} received?` },
      { command: "autocomplete", query: surname.slice(0, 2 + (i % 3)) },
    );
    if (i % 4 === 0) queries.push({ command: "summary", query: i % 8 ? "energy ceasefire" : "" });
  }
  return queries;
}
