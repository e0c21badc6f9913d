import { foldText } from "../text/foldText.js";
import {
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  UNISEX_FIRST_NAMES,
} from "./generated/entityData.js";

/** "m", "f", or "u" when a name is given to both (Leslie, Jean). */
export type NameGender = "m" | "f" | "u";

let table: Map<string, NameGender> | undefined;

function firstNameTable(): Map<string, NameGender> {
  if (table) return table;
  table = new Map();
  for (const name of MALE_FIRST_NAMES.split(" ")) table.set(name, "m");
  for (const name of FEMALE_FIRST_NAMES.split(" ")) table.set(name, "f");
  for (const name of UNISEX_FIRST_NAMES.split(" ")) table.set(name, "u");
  return table;
}

/** The gender a first name common in the US (Social Security counts) points to, or undefined when the word is not a listed first name. */
export function firstNameGender(word: string): NameGender | undefined {
  // Callers mostly pass folded words already; fold only what is not plain lower case.
  const names = firstNameTable();
  return /^[a-z]+$/.test(word) ? names.get(word) : names.get(foldText(word));
}
