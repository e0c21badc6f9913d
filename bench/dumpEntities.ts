// Development aid: print every entity of a corpus directory with its type, mention count and votes.
import { loadCorpus } from "../src/engine/corpus/loadCorpus.js";
import { collectFacts } from "../src/engine/analysis/analyzeCorpus.js";

const dir = process.argv[2] ?? "seeds";
const { corpus } = await loadCorpus(dir);
const facts = collectFacts(corpus);
for (const e of facts.entities.entities) {
  if (e.kind === "date") continue;
  const votes =
    (e as { votes?: { rule: string; kind: string; weight: number }[] }).votes
      ?.map((v) => `${v.rule}:${v.kind}:${v.weight}`)
      .join(" ") ?? "";
  console.log(`${e.kind}\t${e.name}\t${e.mentionCount}\t${e.variants.join("|")}\t${votes}`);
}
