import type { CorpusFacts } from "../analysis/analyzeCorpus.js";
import type {
  EntityTableData,
  NameIndexData,
  PersonCluster,
} from "../entities/buildEntityTable.js";
import type { SpanKind } from "../entities/typeRules.js";
import type { Citation, Entity, EntityKind, TypeVote } from "../types.js";
import { viewSection } from "./packSnapshot.js";

/**
 * Corpus facts as binary sections instead of JSON: at 100k paragraphs they are
 * about a million small objects, and parsing them as JSON (55 MB) was the
 * largest part of a start from a snapshot. Here every string is stored once in
 * a string table, and everything else is one stream of uint32 values (string
 * ids, counts, integers) plus one of float64 values (weights), read front to
 * back in the order they were written. Identical type votes and vote lists are
 * stored once and shared when read: they are read-only data for `--explain`.
 *
 * Sections: one-byte strings (latin1), their end offsets, two-byte strings
 * (UTF-16LE), their end offsets, the uint32 stream, the float64 stream.
 */
export const FACT_SECTIONS = 6;

/** What a snapshot header says about its facts; the values themselves are sections. */
export interface FactsMeta {
  /** Bumped when the order of the stream changes. */
  layout: 1;
  /** Which optional parts of the entity table are present. */
  has: Record<OptionalPart, boolean>;
}

type OptionalPart = "spanTypes" | "lowerWords" | "articleTitles" | "nameIndex";
const OPTIONAL_PARTS: readonly OptionalPart[] = [
  "spanTypes",
  "lowerWords",
  "articleTitles",
  "nameIndex",
];

// A string is stored one byte per character when every character fits; the low bit of its id says which table.
const ONE_BYTE = /^[^\u0100-\uffff]*$/;
const MAX_U32 = 0xffffffff;

// The key order of each object the stream rebuilds: a fact that carries another key cannot be stored exactly.
const ENTITY_KEYS = [
  "id",
  "kind",
  "name",
  "variants",
  "roles",
  "mentions",
  "mentionCount",
  "votes",
  "gender",
];
const CLUSTER_KEYS = ["id", "surnameKey", "firstNames", "fullNameCount", "articles"];
const VOTE_KEYS = ["rule", "kind", "weight"];
const CITATION_KEYS = ["article", "paragraph"];

/** Throw unless `value`'s keys are `expected` in order, the optional ones (`optional`) left out or not. */
function checkKeys(value: object, expected: readonly string[], optional: readonly string[]): void {
  const keys = Object.keys(value);
  let at = 0;
  for (const key of expected) {
    if (keys[at] === key) at++;
    else if (!optional.includes(key)) break;
  }
  if (at !== keys.length)
    throw new Error(
      `facts snapshot: unexpected keys ${keys.join(",")} (expected ${expected.join(",")})`,
    );
}

class FactsWriter {
  readonly u32: number[] = [];
  readonly f64: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];

  int(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > MAX_U32)
      throw new Error(`facts snapshot: ${value} is no uint32`);
    this.u32.push(value);
  }

  str(value: string): void {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (ONE_BYTE.test(value)) {
        id = this.narrow.length * 2;
        this.narrow.push(value);
      } else {
        id = this.wide.length * 2 + 1;
        this.wide.push(value);
      }
      this.ids.set(value, id);
    }
    this.u32.push(id);
  }

  strs(values: readonly string[]): void {
    this.int(values.length);
    for (const value of values) this.str(value);
  }

  /** A string that may be absent: 0, or 1 followed by the string. */
  optionalStr(value: string | undefined): void {
    if (value === undefined) this.int(0);
    else {
      this.int(1);
      this.str(value);
    }
  }

  sections(): ArrayBufferView[] {
    const table = (list: string[], encoding: "latin1" | "utf16le") => {
      const ends = new Uint32Array(list.length);
      let end = 0;
      list.forEach((s, i) => (ends[i] = end += s.length));
      return [Buffer.from(list.join(""), encoding), ends];
    };
    return [
      ...table(this.narrow, "latin1"),
      ...table(this.wide, "utf16le"),
      Uint32Array.from(this.u32),
      Float64Array.from(this.f64),
    ];
  }
}

/** The header part and the sections of corpus facts. Throws on facts of a shape it cannot store exactly. */
export function factsSections(facts: CorpusFacts): {
  meta: FactsMeta;
  sections: ArrayBufferView[];
} {
  const w = new FactsWriter();
  const table = facts.entities;
  // Type votes, then vote lists, each stored once.
  const voteIds = new Map<string, number>();
  const votes: TypeVote[] = [];
  const listIds = new Map<string, number>();
  const lists: number[][] = [];
  const listOf = (entity: Entity): number => {
    if (!entity.votes) return 0;
    const ids = entity.votes.map((vote) => {
      checkKeys(vote, VOTE_KEYS, []);
      // String(-0) is "0": the key keeps the two apart, as the facts compared by Object.is do.
      const weight = Object.is(vote.weight, -0) ? "-0" : String(vote.weight);
      const key = `${vote.rule}\u0000${vote.kind}\u0000${weight}`;
      let id = voteIds.get(key);
      if (id === undefined) voteIds.set(key, (id = votes.push(vote) - 1));
      return id;
    });
    const key = ids.join(",");
    let id = listIds.get(key);
    if (id === undefined) listIds.set(key, (id = lists.push(ids) - 1));
    return id + 1;
  };
  const entityLists = table.entities.map(listOf);
  w.int(votes.length);
  for (const vote of votes) {
    w.str(vote.rule);
    w.str(vote.kind);
    w.f64.push(vote.weight);
  }
  w.int(lists.length);
  for (const list of lists) {
    w.int(list.length);
    for (const id of list) w.int(id);
  }
  w.int(table.entities.length);
  table.entities.forEach((entity, i) => {
    checkKeys(entity, ENTITY_KEYS, ["votes", "gender"]);
    w.str(entity.id);
    w.str(entity.kind);
    w.str(entity.name);
    w.strs(entity.variants);
    w.strs(entity.roles);
    w.int(entity.mentions.length);
    for (const citation of entity.mentions) {
      checkKeys(citation, CITATION_KEYS, []);
      w.str(citation.article);
      w.int(citation.paragraph);
    }
    w.int(entity.mentionCount);
    w.int(entityLists[i]!);
    w.optionalStr(entity.gender);
  });
  w.int(table.clusters.length);
  for (const cluster of table.clusters) {
    checkKeys(cluster, CLUSTER_KEYS, ["articles"]);
    w.str(cluster.id);
    w.str(cluster.surnameKey);
    w.strs(cluster.firstNames);
    w.int(cluster.fullNameCount);
    if (!cluster.articles) w.int(0);
    else {
      w.int(1);
      w.strs(cluster.articles);
    }
  }
  const pairs = (list: readonly (readonly [string, string])[]) => {
    w.int(list.length);
    for (const [key, value] of list) {
      w.str(key);
      w.str(value);
    }
  };
  const lookups = (list: readonly (readonly [string, readonly string[]])[]) => {
    w.int(list.length);
    for (const [key, ids] of list) {
      w.str(key);
      w.strs(ids);
    }
  };
  if (table.spanTypes) {
    w.int(table.spanTypes.length);
    for (const [key, kind, weight] of table.spanTypes) {
      w.str(key);
      w.str(kind);
      w.f64.push(weight);
    }
  }
  if (table.lowerWords) w.strs(table.lowerWords);
  if (table.articleTitles) pairs(table.articleTitles);
  if (table.nameIndex) {
    lookups(table.nameIndex.names);
    lookups(table.nameIndex.surnames);
    pairs(table.nameIndex.titles);
  }
  w.int(facts.speakerQuotes.length);
  for (const [id, paragraphs] of facts.speakerQuotes) {
    w.str(id);
    w.int(paragraphs.length);
    for (const p of paragraphs) w.int(p);
  }
  w.int(facts.salient.length);
  for (const p of facts.salient) w.int(p);
  const has = Object.fromEntries(
    OPTIONAL_PARTS.map((part) => [part, table[part] !== undefined]),
  ) as FactsMeta["has"];
  return { meta: { layout: 1, has }, sections: w.sections() };
}

const isMeta = (value: unknown): value is FactsMeta => {
  const meta = value as Partial<FactsMeta> | null | undefined;
  return (
    typeof meta === "object" &&
    meta !== null &&
    meta.layout === 1 &&
    typeof meta.has === "object" &&
    OPTIONAL_PARTS.every((part) => typeof meta.has?.[part] === "boolean")
  );
};

/** The strings of one table, cut from its text once: every reference to a string shares it. */
function readStrings(text: string, ends: Uint32Array): string[] {
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (end < start || end > text.length) throw new Error("facts snapshot: bad string table");
    strings[i] = text.slice(start, end);
    start = end;
  }
  if (start !== text.length) throw new Error("facts snapshot: bad string table");
  return strings;
}

/**
 * The corpus facts stored by {@link factsSections}, equal to the facts that
 * were stored. Throws when the sections do not hold a whole, consistent
 * stream (a truncated or foreign file), so such a snapshot is rebuilt.
 */
export function readFactsSections(meta: unknown, sections: readonly Buffer[]): CorpusFacts {
  if (!isMeta(meta)) throw new Error("no facts header");
  if (sections.length !== FACT_SECTIONS) throw new Error("facts sections missing");
  const narrow = readStrings(
    sections[0]!.toString("latin1"),
    viewSection(Uint32Array, sections[1]!),
  );
  const wide = readStrings(
    sections[2]!.toString("utf16le"),
    viewSection(Uint32Array, sections[3]!),
  );
  const u32 = viewSection(Uint32Array, sections[4]!);
  const f64 = viewSection(Float64Array, sections[5]!);
  let at = 0;
  let atFloat = 0;
  const bad = (what: string): never => {
    throw new Error(`facts snapshot: bad ${what}`);
  };
  const int = (): number => (at < u32.length ? u32[at++]! : bad("stream length"));
  const float = (): number => (atFloat < f64.length ? f64[atFloat++]! : bad("float stream"));
  const str = (): string => {
    const id = int();
    return (id & 1 ? wide[id >>> 1] : narrow[id >>> 1]) ?? bad("string id");
  };
  // Every item takes at least one value of the stream: a longer count is corrupt.
  const count = (): number => {
    const n = int();
    return n <= u32.length - at ? n : bad("count");
  };
  const strs = (): string[] => {
    const n = count();
    const list = new Array<string>(n);
    for (let i = 0; i < n; i++) list[i] = str();
    return list;
  };
  const ints = (): number[] => {
    const n = count();
    const list = new Array<number>(n);
    for (let i = 0; i < n; i++) list[i] = int();
    return list;
  };
  const votes: TypeVote[] = [];
  for (let n = count(); n > 0; n--)
    votes.push({ rule: str(), kind: str() as TypeVote["kind"], weight: float() });
  const lists: TypeVote[][] = [];
  for (let n = count(); n > 0; n--) lists.push(ints().map((id) => votes[id] ?? bad("vote id")));
  const entities: Entity[] = [];
  for (let n = count(); n > 0; n--) {
    const id = str();
    const kind = str() as EntityKind;
    const name = str();
    const variants = strs();
    const roles = strs();
    const mentions: Citation[] = new Array<Citation>(count());
    for (let i = 0; i < mentions.length; i++) mentions[i] = { article: str(), paragraph: int() };
    const entity: Entity = { id, kind, name, variants, roles, mentions, mentionCount: int() };
    const list = int();
    if (list > 0) entity.votes = lists[list - 1] ?? bad("vote list");
    if (int() === 1) entity.gender = str() as Entity["gender"];
    entities.push(entity);
  }
  const clusters: PersonCluster[] = [];
  for (let n = count(); n > 0; n--) {
    const cluster: PersonCluster = {
      id: str(),
      surnameKey: str(),
      firstNames: strs(),
      fullNameCount: int(),
    };
    if (int() === 1) cluster.articles = strs();
    clusters.push(cluster);
  }
  const pairs = (): [string, string][] => {
    const list = new Array<[string, string]>(count());
    for (let i = 0; i < list.length; i++) list[i] = [str(), str()];
    return list;
  };
  const lookups = (): [string, string[]][] => {
    const list = new Array<[string, string[]]>(count());
    for (let i = 0; i < list.length; i++) list[i] = [str(), strs()];
    return list;
  };
  const data: EntityTableData = { entities, clusters };
  if (meta.has.spanTypes) {
    const spanTypes = new Array<[string, SpanKind, number]>(count());
    for (let i = 0; i < spanTypes.length; i++) spanTypes[i] = [str(), str() as SpanKind, float()];
    data.spanTypes = spanTypes;
  }
  if (meta.has.lowerWords) data.lowerWords = strs();
  if (meta.has.articleTitles) data.articleTitles = pairs();
  if (meta.has.nameIndex) {
    const nameIndex: NameIndexData = { names: lookups(), surnames: lookups(), titles: pairs() };
    data.nameIndex = nameIndex;
  }
  const speakerQuotes: [string, number[]][] = [];
  for (let n = count(); n > 0; n--) speakerQuotes.push([str(), ints()]);
  const salient = ints();
  if (at !== u32.length || atFloat !== f64.length) bad("stream length");
  return { entities: data, speakerQuotes, salient };
}
