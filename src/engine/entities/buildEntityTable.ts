import SearchableMap from "minisearch/SearchableMap";
import { foldText } from "../text/foldText.js";
import type { Citation, Entity, EntityKind } from "../types.js";
import type { Mention } from "./extractMentions.js";
import { findKnownPlace } from "./gazetteer.js";
import { isCommonEnglishWord } from "./commonWords.js";
import { editDistance } from "../text/editDistance.js";
import { decideSpanTypes, applySpanType, spanKey, type SpanDecision } from "./decideSpanTypes.js";
import { firstNameGender } from "./firstNames.js";
import { HONORIFICS, ROLE_HEADS } from "./lexicon.js";
import { firstNamesCompatible, nameKey } from "./nameKey.js";
import type { SpanKind, TypeVote, Vocabulary } from "./typeRules.js";
import { COREF, MAX_ENTITY_VOTES } from "./weights.js";

/** A mention with where it was found and, once resolved, its entity. */
export interface PlacedMention extends Mention {
  article: string;
  paragraph: number;
  entity?: string;
}

/** A date expression found in the corpus, for the entity table. */
export interface DatedMention {
  text: string;
  article: string;
  paragraph: number;
}

/** What it takes to resolve a person's name to an entity again later: serializable. */
export interface PersonCluster {
  id: string;
  surnameKey: string;
  firstNames: string[];
  /** Mentions by full name: a bare surname goes to the namesake named most often. */
  fullNameCount: number;
  /** Articles that name this person: a bare surname goes first to the namesake named in its own article. */
  articles?: string[];
}

/** The serializable part of the entity table. */
export interface EntityTableData {
  entities: Entity[];
  clusters: PersonCluster[];
  /** Per-article span types that differ from what one sentence alone gives (see decideSpanTypes), keyed by spanKey. */
  spanTypes?: [string, SpanKind, number][];
  /** Capitalised words the typing rules asked about that the corpus also writes in lower case. */
  lowerWords?: string[];
  /** Titles held by exactly one person within an article ("article\u0000chancellor" -> person id). */
  articleTitles?: [string, string][];
  /**
   * The name lookups made from `entities` ({@link indexNames}), kept with the table so a start from a snapshot
   * reads them instead of folding every name again. Unset: made when the table is indexed.
   */
  nameIndex?: NameIndexData;
}

/** The lookups from folded names, surname keys and titles to entity ids, as serializable pairs. */
export interface NameIndexData {
  names: [string, string[]][];
  surnames: [string, string[]][];
  titles: [string, string][];
}

/** The entity table plus lookups from names to entities. */
export interface EntityTable extends EntityTableData {
  nameIndex: NameIndexData;
  byId: Map<string, Entity>;
  /** Surname key (see nameKey) to person ids that carry it. */
  surnames: Map<string, string[]>;
  /** Folded full names (every variant) to entity ids. */
  names: Map<string, string[]>;
  /** Surname key to person clusters, in creation order. */
  clustersBySurname: Map<string, PersonCluster[]>;
  /** The surname keys as a tree, for typo-tolerant lookups. */
  surnameTree: SearchableMap<string[]>;
  /** First-word key of multi-word names to clusters: "Xi" is Xi Jinping, family name first. */
  clustersByFirstName: Map<string, PersonCluster[]>;
  /** Folded titles ("crown prince") held by exactly one person, to that person's id. */
  titles: Map<string, string>;
  /** Per-article span types, by spanKey. */
  decidedTypes: Map<string, SpanDecision>;
  /** Titles held by one person within an article, by spanKey of the title. */
  titlesInArticle: Map<string, string>;
  /** The corpus's lower-case words, as far as typing asked about them: reading a sentence again types it as the build did. */
  vocabulary: Vocabulary;
}

/** Titles and the end of longer roles ("ruling Crown Prince" -> "crown prince"), when one person alone holds them. */
function indexTitles(entities: readonly Entity[]): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const entity of entities) {
    if (entity.kind !== "person") continue;
    for (const role of entity.roles) {
      const words = foldText(role).split(" ");
      // A title ends in what the person is ("... Crown Prince"), not in what they head ("... wealth fund").
      if (!ROLE_HEADS.has(words[words.length - 1] ?? "")) continue;
      for (let i = 0; i < words.length - 1; i++) {
        const tail = words.slice(i).join(" ");
        holders.set(tail, (holders.get(tail) ?? new Set()).add(entity.id));
      }
    }
  }
  const titles = new Map<string, string>();
  for (const [title, ids] of holders) if (ids.size === 1) titles.set(title, [...ids][0]!);
  return titles;
}

/** Titles held by one person within an article, from the roles their mentions carry there ("Chancellor Gordon Brown" -> chancellor). */
function indexArticleTitles(mentions: readonly PlacedMention[]): [string, string][] {
  const holders = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (!mention.role || !mention.entity?.startsWith("person:")) continue;
    const words = foldText(mention.role).split(" ");
    if (!ROLE_HEADS.has(words[words.length - 1] ?? "")) continue;
    for (let i = 0; i < words.length; i++) {
      const key = spanKey(mention.article, words.slice(i).join(" "));
      holders.set(key, (holders.get(key) ?? new Set()).add(mention.entity));
    }
  }
  return [...holders].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]!]);
}

/** The one person whose full name starts with this word, when no surname matches it ("Xi" for Xi Jinping). */
function familyNameFirst(
  key: string,
  table: Pick<EntityTable, "clustersByFirstName">,
): PersonCluster[] | undefined {
  const clusters = table.clustersByFirstName.get(key);
  return clusters && clusters.length === 1 ? clusters : undefined;
}

/** Citations kept per entity: a name in thousands of paragraphs needs no list of them all. */
export const MAX_ENTITY_CITATIONS = 60;
const MAX_ROLES = 30;

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

function compareCitations(a: Citation, b: Citation): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.paragraph - b.paragraph;
}

/** "Russia-US", "US-Ukraine": a compound of known places describes a relation, not a place of its own. */
function isPlaceCompound(text: string): boolean {
  return text.includes("-") && text.split("-").some((part) => findKnownPlace(part) !== undefined);
}

/** Add the lookups to serialized table data. */
/** Every entity's folded names and surname keys, and the titles one person alone holds: the slow part of indexing a table. */
export function indexNames(entities: readonly Entity[]): NameIndexData {
  const surnames = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const entity of entities) {
    for (const variant of entity.variants) {
      add(names, foldText(variant), entity.id);
      // "Al-Diriyah Palace" typed as "Al Diriyah Palace".
      if (variant.includes("-")) add(names, foldText(variant.replace(/-/g, " ")), entity.id);
      if (entity.kind === "person")
        add(surnames, nameKey(words(variant).at(-1) ?? variant), entity.id);
    }
  }
  return { names: [...names], surnames: [...surnames], titles: [...indexTitles(entities)] };
}

export function indexEntityTable(data: EntityTableData): EntityTable {
  const byId = new Map(data.entities.map((entity) => [entity.id, entity]));
  const nameIndex = data.nameIndex ?? indexNames(data.entities);
  const surnames = new Map(nameIndex.surnames);
  const names = new Map(nameIndex.names);
  const clustersBySurname = new Map<string, PersonCluster[]>();
  for (const cluster of data.clusters) {
    const list = clustersBySurname.get(cluster.surnameKey);
    if (list) list.push(cluster);
    else clustersBySurname.set(cluster.surnameKey, [cluster]);
  }
  // Only a misspelt surname needs the tree (60 ms for 44k surnames): made on first use, from `surnames`, which never changes.
  let surnameTree: SearchableMap<string[]> | undefined;
  const clustersByFirstName = new Map<string, PersonCluster[]>();
  // Thousands of people share a few hundred first names: each one's key is worked out once.
  const firstKeys = new Map<string, string>();
  for (const cluster of data.clusters) {
    for (const first of cluster.firstNames) {
      let firstKey = firstKeys.get(first);
      if (firstKey === undefined) firstKeys.set(first, (firstKey = nameKey(first)));
      const list = clustersByFirstName.get(firstKey);
      if (!list) clustersByFirstName.set(firstKey, [cluster]);
      // Clusters come in order, so one already listed is the last one (two of its first names share a key).
      else if (list[list.length - 1] !== cluster) list.push(cluster);
    }
  }
  const lowerWords = new Set(data.lowerWords ?? []);
  return {
    ...data,
    nameIndex,
    byId,
    surnames,
    names,
    clustersBySurname,
    get surnameTree() {
      if (!surnameTree) {
        surnameTree = new SearchableMap<string[]>();
        for (const [key, ids] of surnames) surnameTree.set(key, ids);
      }
      return surnameTree;
    },
    clustersByFirstName,
    titles: new Map(nameIndex.titles),
    decidedTypes: new Map(
      (data.spanTypes ?? []).map(([key, kind, weight]) => [key, { kind, weight }]),
    ),
    titlesInArticle: new Map(data.articleTitles ?? []),
    vocabulary: { isLowerWord: (word) => lowerWords.has(word) },
  };
}

/**
 * The entity a mention refers to, by the same rules that built the table:
 * a full name joins the first cluster with its surname key and a compatible
 * first name; a bare surname goes to the namesake most often named in full;
 * places and organisations go by folded name. Undefined when unknown.
 */
export function resolveMention(
  mention: Mention & { article?: string },
  table: Pick<EntityTable, "clustersBySurname" | "byId" | "clustersByFirstName" | "titles"> &
    Partial<Pick<EntityTable, "titlesInArticle">>,
): string | undefined {
  if (mention.kind === "title") {
    const title = foldText(mention.text).replace(/^the /, "");
    // The holder named in this article first ("the chancellor" is the chancellor of this story), then the corpus's one holder.
    const here =
      mention.article !== undefined
        ? table.titlesInArticle?.get(spanKey(mention.article, title))
        : undefined;
    mention.linkedBy = "title-as-name";
    return here ?? table.titles.get(title);
  }
  if (mention.kind === "person" || mention.kind === "candidate") {
    const parts = words(mention.text);
    const key = nameKey(parts[parts.length - 1] ?? mention.text);
    const clusters =
      table.clustersBySurname.get(key) ??
      (parts.length === 1 ? familyNameFirst(key, table) : undefined);
    if (!clusters || clusters.length === 0) {
      // Mirrors the build: a bare word after a locative became a place.
      if (
        mention.kind === "candidate" &&
        mention.located &&
        !isPlaceCompound(mention.text) &&
        table.byId.has(`place:${foldText(mention.text)}`)
      ) {
        mention.kind = "place";
        mention.specificity = "unknown";
        return `place:${foldText(mention.text)}`;
      }
      return undefined;
    }
    if (mention.kind === "person" && parts.length >= 2)
      return findFullNameCluster(clusters, parts[0]!, mention.article)?.id;
    const picked = pickSurnameCluster(clusters, mention.article);
    if (picked) mention.linkedBy = mention.honorific ? "honorific-surname" : picked.rule;
    return picked?.cluster.id;
  }
  const id = `${mention.kind === "place" ? "place" : "org"}:${foldText(mention.text)}`;
  return table.byId.has(id) ? id : undefined;
}

// Articles of each cluster as a set, made on first use: a person named in thousands of articles must not cost a scan per mention.
const articleSets = new WeakMap<PersonCluster, Set<string>>();

/** True when the cluster's person is named in `article`. */
function namesIn(cluster: PersonCluster, article: string): boolean {
  if (!cluster.articles || cluster.articles.length === 0) return false;
  let set = articleSets.get(cluster);
  if (!set || set.size !== cluster.articles.length)
    articleSets.set(cluster, (set = new Set(cluster.articles)));
  return set.has(article);
}

/** Record that the cluster's person is named in `article` (the list and its set together). */
function addArticle(cluster: PersonCluster & { articles: string[] }, article: string): void {
  cluster.articles.push(article);
  articleSets.get(cluster)?.add(article);
}

/** A cluster whose first names match `first`, or one first-name spelling away in the same article (Damien/Damian). */
function findFullNameCluster<C extends PersonCluster>(
  clusters: readonly C[],
  first: string,
  article: string | undefined,
): C | undefined {
  const exact = clusters.find((c) => c.firstNames.some((f) => firstNamesCompatible(f, first)));
  if (exact || article === undefined || first.length < COREF.firstNameMinLength) return exact;
  // Initials never meet this way: both names must be spelled out.
  return clusters.find(
    (c) =>
      namesIn(c, article) &&
      c.firstNames.some(
        (f) =>
          f.length >= COREF.firstNameMinLength &&
          /^\p{L}+$/u.test(f) &&
          editDistance(foldText(f), foldText(first), COREF.firstNameEdits) <= COREF.firstNameEdits,
      ),
  );
}

/**
 * The person a bare surname ("Mr Blair", "Wagner said") refers to: the
 * namesake named in full in the same article first; else the one full-named
 * namesake of the corpus; several namesakes elsewhere and none here leave the
 * surname its own person in this article (Mayor Wagner is not Donald C. Wagner).
 */
function pickSurnameCluster<C extends PersonCluster>(
  clusters: readonly C[],
  article: string | undefined,
): { cluster: C; rule: string } | undefined {
  const most = (list: readonly C[]) =>
    list.reduce((a, b) => (b.fullNameCount > a.fullNameCount ? b : a));
  if (article !== undefined) {
    const here = clusters.filter((c) => namesIn(c, article));
    if (here.length > 0) return { cluster: most(here), rule: "surname-same-article" };
  }
  const named = clusters.filter((c) => c.fullNameCount > 0);
  if (named.length === 1) return { cluster: named[0]!, rule: "surname-only-namesake" };
  if (named.length === 0 && clusters.length > 0)
    return { cluster: most(clusters), rule: "surname-only-namesake" };
  return undefined;
}

/** Vocabulary that remembers which words it answered yes to, so the table can store just those. */
export class RecordingVocabulary implements Vocabulary {
  readonly asked = new Set<string>();
  constructor(private readonly lower: ReadonlySet<string>) {}
  isLowerWord(folded: string): boolean {
    if (!this.lower.has(folded) && !isCommonEnglishWord(folded)) return false;
    this.asked.add(folded);
    return true;
  }
}

/** Per-entity votes: summed by rule and kind over its mentions, strongest first. */
function summariseVotes(list: readonly Mention[]): Entity["votes"] {
  const sums = new Map<string, TypeVote>();
  for (const mention of list) {
    for (const vote of mention.votes ?? []) {
      const key = `${vote.rule}\u0000${vote.kind}`;
      const sum = sums.get(key);
      if (sum) sum.weight += vote.weight;
      else sums.set(key, { ...vote });
    }
  }
  return [...sums.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_ENTITY_VOTES)
    .map((v) => ({ ...v, weight: Math.round(v.weight * 100) / 100 }));
}

/** A person's gender from the honorifics and first names their mentions carry, when they agree. */
function genderOf(list: readonly Mention[], firstNames: readonly string[]): "m" | "f" | undefined {
  const seen = new Set<string>();
  for (const mention of list) {
    const g = mention.honorific ? HONORIFICS.get(mention.honorific) : undefined;
    if (g === "m" || g === "f") seen.add(g);
  }
  if (seen.size === 0)
    for (const first of firstNames) {
      const g = firstNameGender(first);
      if (g === "m" || g === "f") seen.add(g);
    }
  return seen.size === 1 ? ([...seen][0] as "m" | "f") : undefined;
}

/** Give a sentence's mentions the types their article decided (see decideSpanTypes), as the build did. */
export function applySpanTypes(
  mentions: readonly PlacedMention[],
  table: Pick<EntityTable, "decidedTypes">,
): void {
  if (table.decidedTypes.size === 0) return;
  for (const mention of mentions) {
    const decided = table.decidedTypes.get(spanKey(mention.article, mention.text));
    if (decided && applySpanType(mention, decided.kind))
      mention.votes = [
        ...(mention.votes ?? []),
        { rule: "article-sum", kind: decided.kind, weight: decided.weight },
      ];
  }
}

/**
 * Build the entity table from every mention in the corpus. People are
 * clustered by a spelling-tolerant surname key and compatible first names,
 * so transliterations merge and namesakes with different first names do
 * not; a bare surname then resolves to the full name found elsewhere. Sets
 * `entity` (and kind "person" for resolved surnames) on each mention it resolves.
 */
export function buildEntityTable(
  mentions: PlacedMention[],
  dates: readonly DatedMention[] = [],
  vocabulary?: RecordingVocabulary,
): EntityTable {
  const spanTypes = decideSpanTypes(mentions);
  const clusters: (PersonCluster & {
    spellings: Map<string, number>;
    mentions: PlacedMention[];
    articles: string[];
  })[] = [];
  const bySurname = new Map<string, (typeof clusters)[number][]>();
  const newCluster = (surnameKey: string) => {
    const cluster = {
      id: `person:${clusters.length + 1}`,
      surnameKey,
      firstNames: [] as string[],
      fullNameCount: 0,
      spellings: new Map<string, number>(),
      mentions: [] as PlacedMention[],
      articles: [] as string[],
    };
    clusters.push(cluster);
    // Pushed, not copied: a common surname gathers many clusters, and copying its list for each was quadratic.
    const namesakes = bySurname.get(surnameKey);
    if (namesakes) namesakes.push(cluster);
    else bySurname.set(surnameKey, [cluster]);
    return cluster;
  };
  // Full names first, so bare surnames have something to resolve to.
  for (const mention of mentions) {
    if (mention.kind !== "person") continue;
    const parts = words(mention.text);
    if (parts.length < 2) continue;
    const surnameKey = nameKey(parts[parts.length - 1]!);
    const first = parts[0]!;
    let cluster = findFullNameCluster(bySurname.get(surnameKey) ?? [], first, mention.article);
    cluster ??= newCluster(surnameKey);
    if (cluster.articles.at(-1) !== mention.article && !namesIn(cluster, mention.article))
      addArticle(cluster, mention.article);
    if (!cluster.firstNames.includes(first)) cluster.firstNames.push(first);
    cluster.fullNameCount++;
    cluster.spellings.set(mention.text, (cluster.spellings.get(mention.text) ?? 0) + 1);
    cluster.mentions.push(mention);
    mention.entity = cluster.id;
  }
  // First-name keys of full names, once: the family-name-first rule below looks them up for every bare word.
  const byFirstName = new Map<string, (typeof clusters)[number][]>();
  for (const c of clusters) {
    if (c.fullNameCount === 0) continue;
    for (const k of new Set(c.firstNames.map((f) => nameKey(f)))) {
      const starting = byFirstName.get(k);
      if (starting) starting.push(c);
      else byFirstName.set(k, [c]);
    }
  }
  const others = new Map<
    string,
    { kind: EntityKind; spellings: Map<string, number>; mentions: PlacedMention[] }
  >();
  const addOther = (mention: PlacedMention) => {
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
  };
  for (const mention of mentions) {
    if (mention.entity || mention.kind === "title" || mention.kind === "other") continue;
    if (mention.kind === "person" || mention.kind === "candidate") {
      const key = nameKey(mention.text);
      const namesakes = bySurname.get(key);
      const picked = namesakes ? pickSurnameCluster(namesakes, mention.article) : undefined;
      let cluster = picked?.cluster;
      if (picked) mention.linkedBy = mention.honorific ? "honorific-surname" : picked.rule;
      // Family name first ("Xi" after "Xi Jinping"): a bare word that starts exactly one full name.
      if (!cluster) {
        const starting = byFirstName.get(key) ?? [];
        if (starting.length === 1) cluster = starting[0];
      }
      if (!cluster) {
        // "near Columbus": a bare capitalised word after a locative is a place the gazetteer does not know.
        if (mention.located && mention.kind === "candidate" && !isPlaceCompound(mention.text)) {
          mention.kind = "place";
          mention.specificity = "unknown";
        } else {
          // A bare name with no full form anywhere counts only with a title, a role or a verb of speaking.
          if (mention.kind === "candidate" && !mention.speaks) continue;
          if (mention.located) continue;
          cluster = newCluster(key);
          addArticle(cluster, mention.article);
        }
      }
      if (!cluster) {
        addOther(mention);
        continue;
      }
      cluster.spellings.set(mention.text, (cluster.spellings.get(mention.text) ?? 0) + 1);
      cluster.mentions.push(mention);
      mention.entity = cluster.id;
      mention.kind = "person";
      continue;
    }
    addOther(mention);
  }
  const citationsOf = (list: PlacedMention[]) => {
    const seen = new Set<string>();
    const citations: Citation[] = [];
    for (const mention of list) {
      const key = `${mention.article}\u0000${mention.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ article: mention.article, paragraph: mention.paragraph });
    }
    return citations.sort(compareCitations);
  };
  const capped = (citations: Citation[]) => ({
    mentions: citations.slice(0, MAX_ENTITY_CITATIONS),
    mentionCount: citations.length,
  });
  const entities: Entity[] = [];
  for (const cluster of clusters) {
    const fullNames = new Map(
      [...cluster.spellings].filter(([spelling]) => words(spelling).length >= 2),
    );
    const name = mostFrequent(fullNames.size > 0 ? fullNames : cluster.spellings);
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    for (const mention of cluster.mentions) {
      if (mention.role && !seenRoles.has(foldText(mention.role))) {
        seenRoles.add(foldText(mention.role));
        roles.push(mention.role);
      }
    }
    const entity: Entity = {
      id: cluster.id,
      kind: "person",
      name,
      variants: [...new Set([name, ...cluster.spellings.keys()])],
      roles: roles.slice(0, MAX_ROLES),
      ...capped(citationsOf(cluster.mentions)),
    };
    const votes = summariseVotes(cluster.mentions);
    if (votes?.length) entity.votes = votes;
    const gender = genderOf(cluster.mentions, cluster.firstNames);
    if (gender) entity.gender = gender;
    entities.push(entity);
  }
  for (const [id, record] of others) {
    const entity: Entity = {
      id,
      kind: record.kind,
      name: mostFrequent(record.spellings),
      variants: [...record.spellings.keys()],
      roles: [],
      ...capped(citationsOf(record.mentions)),
    };
    const votes = summariseVotes(record.mentions);
    if (votes?.length) entity.votes = votes;
    entities.push(entity);
  }
  const byDate = new Map<string, { spellings: Map<string, number>; mentions: PlacedMention[] }>();
  for (const date of dates) {
    const key = `date:${foldText(date.text)}`;
    const record = byDate.get(key) ?? { spellings: new Map<string, number>(), mentions: [] };
    byDate.set(key, record);
    record.spellings.set(date.text, (record.spellings.get(date.text) ?? 0) + 1);
    record.mentions.push({
      ...date,
      kind: "org",
      start: 0,
      end: 0,
      possessive: false,
      titled: false,
      speaks: false,
      located: false,
    });
  }
  for (const [id, record] of byDate) {
    entities.push({
      id,
      kind: "date",
      name: mostFrequent(record.spellings),
      variants: [...record.spellings.keys()],
      roles: [],
      ...capped(citationsOf(record.mentions)),
    });
  }
  const data: EntityTableData = {
    entities,
    clusters: clusters.map(({ id, surnameKey, firstNames, fullNameCount, articles }) => ({
      id,
      surnameKey,
      firstNames,
      fullNameCount,
      articles,
    })),
  };
  if (spanTypes.size > 0)
    data.spanTypes = [...spanTypes].map(([key, decision]) => [key, decision.kind, decision.weight]);
  const articleTitles = indexArticleTitles(mentions);
  if (articleTitles.length > 0) data.articleTitles = articleTitles;
  if (vocabulary && vocabulary.asked.size > 0) data.lowerWords = [...vocabulary.asked].sort();
  return indexEntityTable(data);
}
