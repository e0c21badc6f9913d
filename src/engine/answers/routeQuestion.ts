import { defineRules, type Rule } from "../rules/defineRules.js";

/** Where a free question goes: a specialised extractor by its question word, else the best sentence. */
export type Route = "who" | "where" | "when" | "quote" | "amount" | "sentence";

/** Question-word patterns, tried in order; the first that matches routes the question. */
const ROUTES = defineRules("route", [
  {
    id: "who",
    route: "who",
    match:
      /^(?:who|whom|whose|(?:which|what) (?:person|official|minister|leader|envoy|diplomat|spokesperson|spokesman|spokeswoman|president|chairman|player|manager|coach|actor|actress|singer|director|executive|boss)\b|what is the name of\b)/,
    reason: "asks for a person",
  },
  {
    id: "where",
    route: "where",
    match:
      /^(?:where\b|(?:in |at |to |from )?(?:which|what) (?:city|country|place|town|venue|capital|region|state|hotel|palace|location|stadium|ground|county)\b)/,
    reason: "asks for a place",
  },
  {
    id: "when",
    route: "when",
    match:
      /^(?:when\b|(?:in |on )?what (?:year|date|day|month|time)\b|since when\b|how long ago\b)/,
    reason: "asks for a time",
  },
  {
    id: "quote",
    route: "quote",
    match: /^(?:what did .+ (?:say|tell|claim|state|add|remark|warn|write|argue|insist)\b|quote\b)/,
    reason: "asks for someone's words",
  },
  {
    id: "amount-verb",
    route: "amount",
    match:
      /^what (?:does|do|did|will|would|is|are|was|were) .+ (?:pay|paid|cost|charge|earn|spend|fetch|raise|yield|return)\b/,
    reason: '"What does the state pay …": asks for an amount',
  },
  {
    id: "amount",
    route: "amount",
    match:
      /^(?:how (?:much|many|long|large|big|far)|what (?:share|percentage|proportion|fraction|amount|number|price|fee|salary|sum)\b)/,
    reason: "asks for an amount",
  },
] satisfies readonly (Rule & { route: Route; match: RegExp })[]);

/** Which specialised command a free question belongs to, by its question word. */
export function routeQuestion(query: string): Route {
  const text = query.trim().toLowerCase();
  return ROUTES.find((r) => r.match.test(text))?.route ?? "sentence";
}

/** The question with "what did … say" taken off, for the quotation search. */
export function quoteTopic(query: string): string {
  return query
    .replace(/^(?:what did|quote)\s+/i, "")
    .replace(/\b(?:say|tell|claim|state|add|remark|warn|write|argue|insist)\b\??/i, "");
}
