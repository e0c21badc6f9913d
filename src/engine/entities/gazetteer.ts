import { foldText, foldTextOnce } from "../text/foldText.js";
import { COUNTRIES, COUNTRY_ALIASES, REGIONS, SUBDIVISIONS } from "./gazetteerData.js";
import { DEMONYM_WORDS } from "./generated/demonymData.js";
import { CITY_ROWS, COUNTRY_ROWS } from "./generated/entityData.js";

/** What kind of place a gazetteer name is; more specific kinds make better answers. */
export type PlaceKind = "country" | "city" | "region";

/** A known place name. */
export interface KnownPlace {
  name: string;
  kind: PlaceKind;
  /** The country a city is in. */
  country?: string;
}

function buildTables() {
  const places = new Map<string, KnownPlace>();
  const demonyms = new Map<string, string>();
  for (const line of COUNTRIES.trim().split("\n")) {
    const [country = "", demonymList = "", cityList = ""] = line.split("|");
    places.set(foldText(country), { name: country, kind: "country" });
    for (const demonym of demonymList.split(",").filter(Boolean))
      demonyms.set(foldText(demonym), foldText(country));
    for (const city of cityList.split(",").filter(Boolean)) {
      places.set(foldText(city), { name: city, kind: "city", country });
    }
  }
  for (const [alias, country] of Object.entries(COUNTRY_ALIASES)) {
    places.set(foldText(alias), { name: alias, kind: "country", country });
  }
  for (const region of `${REGIONS},${SUBDIVISIONS}`
    .split(/[,\n]/)
    .map((r) => r.trim())
    .filter(Boolean)) {
    places.set(foldText(region), { name: region, kind: "region" });
  }
  return { places, demonyms };
}

const tables = buildTables();

/** Known places by folded name. */
export const KNOWN_PLACES: ReadonlyMap<string, KnownPlace> = tables.places;

/** Folded demonym (`russian`) to folded country name (`russia`). */
export const DEMONYM_TO_PLACE: ReadonlyMap<string, string> = tables.demonyms;

/** The gazetteer entry for a name as written, if it is a known place. */
export function findKnownPlace(name: string): KnownPlace | undefined {
  return KNOWN_PLACES.get(foldText(name));
}

let demonymWords: Set<string> | undefined;

/**
 * True when `word` is a demonym such as "Russian", "Dutch" or "Congolese": one of the hand-kept table's, which
 * also map to their country for search, or of every country's (world-countries), which only say what the word is.
 */
export function isDemonym(word: string): boolean {
  const folded = foldText(word);
  if (DEMONYM_TO_PLACE.has(folded)) return true;
  demonymWords ??= new Set(DEMONYM_WORDS.split(" ").map(foldTextOnce));
  return demonymWords.has(folded);
}

/** Where a name of the generated gazetteer (GeoNames cities, ISO 3166 subdivisions) points. */
export interface GazetteerPlace {
  kind: "city" | "region" | "country";
  /** The country's name, for cities and subdivisions. */
  country?: string;
}

let generated: Map<string, GazetteerPlace> | undefined;
let firstWords: Set<string> | undefined;

/**
 * True when a folded word is a place name itself or opens a multi-word one
 * ("new" for New York): a cheap test before building longer names to look up.
 */
export function mayStartPlace(foldedWord: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    for (const key of [...KNOWN_PLACES.keys(), ...generatedPlaces().keys()]) {
      const space = key.indexOf(" ");
      firstWords.add(space < 0 ? key : key.slice(0, space));
    }
  }
  return firstWords.has(foldedWord);
}

/** Built on first use: a typing vote needs it, a query that names no new place does not. */
function generatedPlaces(): Map<string, GazetteerPlace> {
  if (generated) return generated;
  generated = new Map();
  const names = new Map<string, string>();
  for (const line of COUNTRY_ROWS.split("\n")) {
    const [code = "", country = "", regions = ""] = line.split("\t");
    names.set(code, country);
    generated.set(foldTextOnce(country), { kind: "country" });
    for (const region of regions.split("|"))
      if (region) generated.set(foldTextOnce(region), { kind: "region", country });
  }
  for (const line of CITY_ROWS.split("\n")) {
    const tab = line.indexOf("\t");
    const key = foldTextOnce(line.slice(0, tab));
    // A subdivision or country of the same name (Georgia, New York) keeps its broader reading.
    if (!generated.has(key))
      generated.set(key, {
        kind: "city",
        country: names.get(line.slice(tab + 1)) ?? line.slice(tab + 1),
      });
  }
  return generated;
}

/**
 * The generated gazetteer's entry for a name: one typing vote, never a decision
 * on its own (many surnames are also towns somewhere).
 */
export function findGazetteerPlace(name: string): GazetteerPlace | undefined {
  const key = foldText(name);
  const known = KNOWN_PLACES.get(key);
  if (known)
    return known.country ? { kind: known.kind, country: known.country } : { kind: known.kind };
  return generatedPlaces().get(key);
}
