import { foldText } from "../text/foldText.js";
import type { Citation, Entity, EntityKind } from "../types.js";
import type { Mention } from "./extractMentions.js";
import { firstNamesCompatible, nameKey } from "./nameKey.js";

/** A mention with where it was found and, once resolved, its entity. */
export interface PlacedMention extends Mention {
  article: string;
  paragraph: number;
  sentence: number;
  entity?: string;
}

/** The entity table plus lookups from names to entities. */
export interface EntityTable {
  entities: Entity[];
  byId: Map<string, Entity>;
  /** Name-word key (see nameKey) to person ids that carry it as surname. */
  surnames: Map<string, string[]>;
  /** Folded full names (every variant) to entity ids. */
  names: Map<string, string[]>;
}

interface PersonCluster {
  id: string;
  surnameKey: string;
  firstNames: string[];
  spellings: Map<string, number>;
  mentions: PlacedMention[];
}

const words = (name: string) => name.split(/\s+/).filter(Boolean);

function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value.length > best.length)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function addCitation(list: Citation[], mention: PlacedMention): void {
  const last = list[list.length - 1];
  if (last && last.article === mention.article && last.paragraph === mention.paragraph) return;
  if (list.some((c) => c.article === mention.article && c.paragraph === mention.paragraph)) return;
  list.push({ article: mention.article, paragraph: mention.paragraph });
}

/**
 * Build the entity table from every mention in the corpus. People are
 * clustered by a spelling-tolerant surname key and compatible first names,
 * so transliterations merge and namesakes with different first names do
 * not; a bare surname then resolves to the full name found elsewhere. Sets
 * `entity` on each mention it resolves.
 */
export function buildEntityTable(mentions: PlacedMention[]): EntityTable {
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  const newCluster = (surnameKey: string): PersonCluster => {
    const cluster: PersonCluster = { id: `person:${clusters.length + 1}`, surnameKey, firstNames: [], spellings: new Map(), mentions: [] };
    clusters.push(cluster);
    bySurname.set(surnameKey, [...(bySurname.get(surnameKey) ?? []), cluster]);
    return cluster;
  };
  // Full names first, so bare surnames have something to resolve to.
  for (const mention of mentions) {
    if (mention.kind !== "person") continue;
    const parts = words(mention.text);
    if (parts.length < 2) continue;
    const surnameKey = nameKey(parts[parts.length - 1]!);
    const first = parts[0]!;
    let cluster = (bySurname.get(surnameKey) ?? []).find((c) => c.firstNames.some((f) => firstNamesCompatible(f, first)));
    cluster ??= newCluster(surnameKey);
    if (!cluster.firstNames.includes(first)) cluster.firstNames.push(first);
    cluster.spellings.set(mention.text, (cluster.spellings.get(mention.text) ?? 0) + 1);
    cluster.mentions.push(mention);
    mention.entity = cluster.id;
  }
  const others = new Map<string, { kind: EntityKind; spellings: Map<string, number>; mentions: PlacedMention[] }>();
  for (const mention of mentions) {
    if (mention.entity) continue;
    if (mention.kind === "person" || mention.kind === "candidate") {
      const key = nameKey(mention.text);
      const known = bySurname.get(key);
      if (known && known.length > 0) {
        // The namesake seen most often is the likely referent of a bare surname.
        const cluster = known.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
        cluster.mentions.push(mention);
        mention.entity = cluster.id;
        mention.kind = "person";
        continue;
      }
      if (mention.kind === "candidate" && !mention.speaks) continue;
      if (mention.located) continue;
      const cluster = newCluster(key);
      cluster.spellings.set(mention.text, 1);
      cluster.mentions.push(mention);
      mention.entity = cluster.id;
      mention.kind = "person";
      continue;
    }
    const kind: EntityKind = mention.kind === "place" ? "place" : "org";
    const key = `${kind}:${foldText(mention.text)}`;
    let record = others.get(key);
    if (!record) {
      record = { kind, spellings: new Map(), mentions: [] };
      others.set(key, record);
    }
    record.spellings.set(mention.text, (record.spellings.get(mention.text) ?? 0) + 1);
    record.mentions.push(mention);
    mention.entity = key;
  }
  // Single-word people found before their full name was seen get the cluster of that surname too.
  const entities: Entity[] = [];
  for (const cluster of clusters) {
    if (cluster.mentions.length === 0) continue;
    const fullNames = new Map([...cluster.spellings].filter(([spelling]) => words(spelling).length >= 2));
    const name = mostFrequent(fullNames.size > 0 ? fullNames : cluster.spellings);
    const variants = new Set<string>([name, ...cluster.spellings.keys()]);
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    const citations: Citation[] = [];
    for (const mention of cluster.mentions) {
      variants.add(mention.text);
      addCitation(citations, mention);
      if (mention.role && !seenRoles.has(foldText(mention.role))) {
        seenRoles.add(foldText(mention.role));
        roles.push(mention.role);
      }
    }
    citations.sort(compareCitations);
    entities.push({ id: cluster.id, kind: "person", name, variants: [...variants], roles, mentions: citations });
  }
  for (const [id, record] of others) {
    const citations: Citation[] = [];
    for (const mention of record.mentions) addCitation(citations, mention);
    citations.sort(compareCitations);
    entities.push({ id, kind: record.kind, name: mostFrequent(record.spellings), variants: [...record.spellings.keys()], roles: [], mentions: citations });
  }
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const surnames = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  for (const entity of entities) {
    for (const variant of entity.variants) {
      const folded = foldText(variant);
      names.set(folded, [...new Set([...(names.get(folded) ?? []), entity.id])]);
      if (entity.kind === "person") {
        const key = nameKey(words(variant).at(-1) ?? variant);
        surnames.set(key, [...new Set([...(surnames.get(key) ?? []), entity.id])]);
      }
    }
  }
  return { entities, byId, surnames, names };
}

function compareCitations(a: Citation, b: Citation): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.paragraph - b.paragraph;
}
