import type { FormError } from "./validateMessage.js";

type Json = Record<string, unknown>;

const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_COMMAND_CHARS = 8000;
/** Option types that may carry choices or autocomplete. */
const CHOICE_TYPES = new Set([3, 4, 10]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function localizedLength(value: unknown): number {
  if (!isObject(value)) return 0;
  return Object.values(value).reduce<number>((sum, v) => Math.max(sum, str(v).length), 0);
}

/** Characters Discord counts toward a command's 8000 total: names, descriptions, choices, longest localizations. */
function countCommandChars(node: Json): number {
  let total =
    Math.max(str(node.name).length, localizedLength(node.name_localizations)) +
    Math.max(str(node.description).length, localizedLength(node.description_localizations));
  if (Array.isArray(node.choices)) {
    for (const choice of node.choices) {
      if (!isObject(choice)) continue;
      total +=
        Math.max(str(choice.name).length, localizedLength(choice.name_localizations)) +
        (typeof choice.value === "number" ? String(choice.value) : str(choice.value)).length;
    }
  }
  if (Array.isArray(node.options)) {
    for (const option of node.options) if (isObject(option)) total += countCommandChars(option);
  }
  return total;
}

function checkName(errors: FormError[], path: FormError["path"], name: unknown): void {
  if (typeof name !== "string" || !CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    errors.push({
      path: [...path, "name"],
      code: "APPLICATION_COMMAND_INVALID_NAME",
      message: "Command name is invalid",
    });
  }
}

function checkDescription(
  errors: FormError[],
  path: FormError["path"],
  description: unknown,
): void {
  if (typeof description !== "string" || description.length < 1 || description.length > 100) {
    errors.push({
      path: [...path, "description"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 100 in length.",
    });
  }
}

function checkOptions(errors: FormError[], path: FormError["path"], options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    errors.push({
      path: [...path, "options"],
      code: "BASE_TYPE_ARRAY",
      message: "Must be an array.",
    });
    return;
  }
  if (options.length > MAX_OPTIONS) {
    errors.push({
      path: [...path, "options"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${MAX_OPTIONS} or fewer in length.`,
    });
  }
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option: unknown, i) => {
    const at = [...path, "options", i];
    if (!isObject(option)) return;
    checkName(errors, at, option.name);
    checkDescription(errors, at, option.description);
    const name = str(option.name);
    if (names.has(name)) {
      errors.push({
        path: [...at, "name"],
        code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
        message: "Option names must be unique",
      });
    }
    names.add(name);
    const isGroup = option.type === 1 || option.type === 2;
    if (isGroup) {
      checkOptions(errors, at, option.options);
      return;
    }
    if (option.required === true && sawOptional) {
      errors.push({
        path: at,
        code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        message: "Required options must be placed before non-required options",
      });
    }
    if (option.required !== true) sawOptional = true;
    const hasChoices = Array.isArray(option.choices) && option.choices.length > 0;
    if (hasChoices && option.autocomplete === true) {
      errors.push({
        path: [...at, "autocomplete"],
        code: "AUTOCOMPLETE_AND_CHOICES",
        message: "Autocomplete cannot be set with choices",
      });
    }
    if ((hasChoices || option.autocomplete === true) && !CHOICE_TYPES.has(option.type as number)) {
      errors.push({
        path: [...at, "type"],
        code: "CHOICES_NOT_ALLOWED",
        message: "Choices and autocomplete need a string, integer or number option",
      });
    }
    if (Array.isArray(option.choices) && option.choices.length > MAX_CHOICES) {
      errors.push({
        path: [...at, "choices"],
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${MAX_CHOICES} or fewer in length.`,
      });
    }
    if (
      typeof option.max_length === "number" &&
      (option.max_length < 1 || option.max_length > 6000)
    ) {
      errors.push({
        path: [...at, "max_length"],
        code: "NUMBER_TYPE_MAX",
        message: "max_length must be between 1 and 6000",
      });
    }
  });
}

/** Interaction context types (0 guild, 1 bot DM, 2 private channel) and integration types (0 guild install, 1 user install). */
const INTERACTION_CONTEXTS = new Set([0, 1, 2]);
const INTEGRATION_TYPES = new Set([0, 1]);

/** `contexts` and `integration_types`: absent or null, or a non-empty list of known values without repeats. */
function checkEnumList(
  errors: FormError[],
  path: FormError["path"],
  value: unknown,
  allowed: ReadonlySet<number>,
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ path, code: "BASE_TYPE_ARRAY", message: "Must be a non-empty array." });
    return;
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== "number" || !allowed.has(item))
      errors.push({
        path: [...path, i],
        code: "ENUM_TYPE_COERCE",
        message: `Value "${String(item)}" is not a valid enum value.`,
      });
  });
  if (new Set(value).size !== value.length)
    errors.push({
      path,
      code: "SET_TYPE_ALREADY_CONTAINS_VALUE",
      message: "Set already contains value",
    });
}

/** Every rule a bulk-overwrite body for application commands breaks. */
export function collectCommandErrors(body: unknown): FormError[] {
  const errors: FormError[] = [];
  if (!Array.isArray(body))
    return [{ path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." }];
  if (body.length > MAX_COMMANDS)
    errors.push({
      path: [],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${MAX_COMMANDS} or fewer in length.`,
    });
  const seen = new Set<string>();
  body.forEach((command: unknown, i) => {
    if (!isObject(command)) {
      errors.push({
        path: [i],
        code: "DICT_TYPE_CONVERT",
        message: "Only dictionaries may be used in a DictType",
      });
      return;
    }
    const type = typeof command.type === "number" ? command.type : 1;
    const name = str(command.name);
    if (type === 1) {
      checkName(errors, [i], command.name);
      checkDescription(errors, [i], command.description);
      checkOptions(errors, [i], command.options);
    } else {
      if (name.length < 1 || name.length > 32) {
        errors.push({
          path: [i, "name"],
          code: "BASE_TYPE_BAD_LENGTH",
          message: "Must be between 1 and 32 in length.",
        });
      }
      if (str(command.description) !== "") {
        errors.push({
          path: [i, "description"],
          code: "CONTEXT_MENU_DESCRIPTION",
          message: "Context menu commands cannot have a description",
        });
      }
      if (
        command.options !== undefined &&
        (!Array.isArray(command.options) || command.options.length > 0)
      ) {
        errors.push({
          path: [i, "options"],
          code: "CONTEXT_MENU_OPTIONS",
          message: "Context menu commands cannot have options",
        });
      }
    }
    checkEnumList(errors, [i, "contexts"], command.contexts, INTERACTION_CONTEXTS);
    checkEnumList(errors, [i, "integration_types"], command.integration_types, INTEGRATION_TYPES);
    const key = `${type}:${name}`;
    if (seen.has(key)) {
      errors.push({
        path: [i, "name"],
        code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
        message: `Application command names must be unique`,
      });
    }
    seen.add(key);
    if (countCommandChars(command) > MAX_COMMAND_CHARS) {
      errors.push({
        path: [i],
        code: "APPLICATION_COMMAND_TOO_LARGE",
        message: `Command exceeds maximum size (${MAX_COMMAND_CHARS})`,
      });
    }
  });
  return errors;
}
