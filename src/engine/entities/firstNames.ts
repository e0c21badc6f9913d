import { foldText } from "../text/foldText.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./generated/entityData.js";

/** "m", "f", or "u" when a name is given to both (Leslie, Jean). */
export type NameGender = "m" | "f" | "u";

let table: Map<string, NameGender> | undefined;

function firstNameTable(): Map<string, NameGender> {
  if (table) return table;
  table = new Map();
  for (const name of MALE_FIRST_NAMES.split(" ")) table.set(foldText(name), "m");
  for (const name of FEMALE_FIRST_NAMES.split(" ")) {
    const key = foldText(name);
    table.set(key, table.has(key) ? "u" : "f");
  }
  return table;
}

/** The gender a common English first name points to, or undefined when the word is not a listed first name. */
export function firstNameGender(word: string): NameGender | undefined {
  return firstNameTable().get(foldText(word));
}
