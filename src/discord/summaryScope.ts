import { createHash } from "node:crypto";

/** What a summary is of: a topic ("" for the whole corpus), and an article id when it summarises one article. */
export interface SummaryScope {
  topic: string;
  article?: string;
}

/** Which message a marker is on: a moderator's private preview, or the published (pinned) summary. */
export type MarkerKind = "preview" | "summary";

const VERSION = "v1";
const MARKER = /(?:^|\n)verbatim:(preview|summary):v1:([0-9a-f]{16})(?:\?(\S*))?\s*$/;

/** Topics compare without case or extra spaces (and without the zero-width spaces that break mentions). */
export function normalizeTopic(topic: string): string {
  return topic
    .replace(/\u200b/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Two scopes name the same summary: same topic up to case and spacing, same article (or none). */
export function sameScope(a: SummaryScope, b: SummaryScope): boolean {
  return hashScope(a) === hashScope(b);
}

/**
 * A stable 16-hex-digit hash of a scope. It depends only on the normalised topic and the article
 * id, never on how a footer is worded, so a pin published by any version of the bot is found again.
 */
export function hashScope(scope: SummaryScope): string {
  return createHash("sha256")
    .update(`${VERSION}\n${normalizeTopic(scope.topic)}\n${scope.article ?? ""}`)
    .digest("hex")
    .slice(0, 16);
}

/** Longest marker that carries its scope: a footer has 2048 characters and the embed 6000 in all. */
const MAX_MARKER_LENGTH = 512;

/**
 * The machine-readable marker of a summary message, `verbatim:<kind>:v1:<scope-hash>?topic=…&article=…`.
 * The hash identifies the scope; the query carries it so the scope can be read back. A scope too
 * long to carry (no command makes one) keeps only the hash, which still finds the pin.
 */
export function formatScopeMarker(kind: MarkerKind, scope: SummaryScope): string {
  const query = new URLSearchParams({
    topic: scope.topic,
    ...(scope.article !== undefined ? { article: scope.article } : {}),
  });
  const marker = `verbatim:${kind}:${VERSION}:${hashScope(scope)}`;
  const full = `${marker}?${query.toString()}`;
  return full.length <= MAX_MARKER_LENGTH ? full : marker;
}

/** A marker read back: its hash, and the scope when the query is intact (its hash agrees). */
export interface ScopeMarker {
  kind: MarkerKind;
  hash: string;
  scope?: SummaryScope;
}

/** Find the marker on the last line of `text` (a footer); undefined when there is none. Pure. */
export function readScopeMarker(text: string | undefined): ScopeMarker | undefined {
  const match = text ? MARKER.exec(text) : null;
  if (!match) return undefined;
  const kind = match[1] as MarkerKind;
  const hash = match[2]!;
  const query = new URLSearchParams(match[3] ?? "");
  const topic = query.get("topic");
  const article = query.get("article");
  const scope: SummaryScope | undefined =
    topic === null ? undefined : { topic, ...(article !== null ? { article } : {}) };
  // A query cut short or edited by hand no longer matches its hash: the hash still identifies the pin.
  return scope && hashScope(scope) === hash ? { kind, hash, scope } : { kind, hash };
}
