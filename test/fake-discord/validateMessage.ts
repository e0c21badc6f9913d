/** One rule a request body broke, with the path Discord would report it under. */
export interface FormError {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Discord's message limits, as the API enforces them. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  placeholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const IS_COMPONENTS_V2 = 1 << 15;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textLength(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}

function maxLength(
  errors: FormError[],
  path: FormError["path"],
  value: unknown,
  max: number,
): void {
  if (typeof value === "string" && value.length > max) {
    errors.push({
      path,
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${max} or fewer in length.`,
    });
  }
}

function checkEmbeds(errors: FormError[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.push({ path: ["embeds"], code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  if (embeds.length > LIMITS.embeds) {
    errors.push({
      path: ["embeds"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${LIMITS.embeds} or fewer in length.`,
    });
  }
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (!isObject(embed)) {
      errors.push({
        path: ["embeds", i],
        code: "MODEL_TYPE_CONVERT",
        message: "Only dictionaries may be used in a ModelType",
      });
      return;
    }
    maxLength(errors, ["embeds", i, "title"], embed.title, LIMITS.embedTitle);
    maxLength(errors, ["embeds", i, "description"], embed.description, LIMITS.embedDescription);
    total += textLength(embed.title) + textLength(embed.description);
    if (isObject(embed.footer)) {
      maxLength(errors, ["embeds", i, "footer", "text"], embed.footer.text, LIMITS.footerText);
      total += textLength(embed.footer.text);
    }
    if (isObject(embed.author)) {
      maxLength(errors, ["embeds", i, "author", "name"], embed.author.name, LIMITS.authorName);
      total += textLength(embed.author.name);
    }
    const fields = embed.fields;
    if (Array.isArray(fields)) {
      if (fields.length > LIMITS.embedFields) {
        errors.push({
          path: ["embeds", i, "fields"],
          code: "BASE_TYPE_MAX_LENGTH",
          message: `Must be ${LIMITS.embedFields} or fewer in length.`,
        });
      }
      fields.forEach((field: unknown, j) => {
        if (!isObject(field)) return;
        for (const key of ["name", "value"] as const) {
          const value = field[key];
          if (typeof value !== "string" || value.length === 0) {
            errors.push({
              path: ["embeds", i, "fields", j, key],
              code: "BASE_TYPE_REQUIRED",
              message: "This field is required",
            });
          }
        }
        maxLength(errors, ["embeds", i, "fields", j, "name"], field.name, LIMITS.fieldName);
        maxLength(errors, ["embeds", i, "fields", j, "value"], field.value, LIMITS.fieldValue);
        total += textLength(field.name) + textLength(field.value);
      });
    }
  });
  if (total > LIMITS.embedTotal) {
    errors.push({
      path: ["embeds"],
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    });
  }
}

function checkCustomId(
  errors: FormError[],
  path: FormError["path"],
  customId: unknown,
  seen: Set<string>,
): void {
  if (typeof customId !== "string" || customId.length < 1) {
    errors.push({
      path: [...path, "custom_id"],
      code: "BASE_TYPE_REQUIRED",
      message: "This field is required",
    });
    return;
  }
  maxLength(errors, [...path, "custom_id"], customId, LIMITS.customId);
  if (seen.has(customId)) {
    errors.push({
      path: [...path, "custom_id"],
      code: "COMPONENT_CUSTOM_ID_DUPLICATED",
      message: "Component custom id cannot be duplicated",
    });
  }
  seen.add(customId);
}

function checkComponents(errors: FormError[], components: unknown, flags: number): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.push({ path: ["components"], code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  // Components v2 layouts are not action rows; only the classic layout is checked in depth.
  if ((flags & IS_COMPONENTS_V2) !== 0) return;
  if (components.length > LIMITS.rows) {
    errors.push({
      path: ["components"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${LIMITS.rows} or fewer in length.`,
    });
  }
  const seen = new Set<string>();
  components.forEach((row: unknown, i) => {
    if (!isObject(row) || row.type !== 1) {
      errors.push({
        path: ["components", i],
        code: "UNION_TYPE_CHOICES",
        message: 'Value of field "type" must be one of (1,).',
      });
      return;
    }
    const children = Array.isArray(row.components) ? (row.components as unknown[]) : [];
    if (children.length === 0) {
      errors.push({
        path: ["components", i, "components"],
        code: "BASE_TYPE_MIN_LENGTH",
        message: "Must be 1 or more in length.",
      });
    }
    const buttons = children.filter((c) => isObject(c) && c.type === 2).length;
    if (buttons > LIMITS.buttonsPerRow) {
      errors.push({
        path: ["components", i, "components"],
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${LIMITS.buttonsPerRow} or fewer in length.`,
      });
    }
    if (buttons > 0 && buttons !== children.length) {
      errors.push({
        path: ["components", i, "components"],
        code: "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        message: "The specified component exceeds the maximum width",
      });
    }
    if (buttons === 0 && children.length > 1) {
      errors.push({
        path: ["components", i, "components"],
        code: "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        message: "The specified component exceeds the maximum width",
      });
    }
    children.forEach((child, j) => {
      const path = ["components", i, "components", j];
      if (!isObject(child)) return;
      if (child.type === 2) {
        maxLength(errors, [...path, "label"], child.label, LIMITS.buttonLabel);
        if (child.label === undefined && child.emoji === undefined) {
          errors.push({
            path: [...path, "label"],
            code: "BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED",
            message: "A label or emoji is required",
          });
        }
        if (child.style === 5) {
          if (typeof child.url !== "string")
            errors.push({
              path: [...path, "url"],
              code: "BASE_TYPE_REQUIRED",
              message: "This field is required",
            });
          if (child.custom_id !== undefined) {
            errors.push({
              path: [...path, "custom_id"],
              code: "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
              message: "A custom id is not allowed on link buttons",
            });
          }
        } else if (child.style !== 6) {
          checkCustomId(errors, path, child.custom_id, seen);
        }
      } else if ([3, 5, 6, 7, 8].includes(child.type as number)) {
        checkCustomId(errors, path, child.custom_id, seen);
        maxLength(errors, [...path, "placeholder"], child.placeholder, LIMITS.placeholder);
        if (Array.isArray(child.options) && child.options.length > LIMITS.selectOptions) {
          errors.push({
            path: [...path, "options"],
            code: "BASE_TYPE_MAX_LENGTH",
            message: `Must be ${LIMITS.selectOptions} or fewer in length.`,
          });
        }
      } else {
        errors.push({
          path: [...path, "type"],
          code: "UNION_TYPE_CHOICES",
          message: "Invalid component type for an action row",
        });
      }
    });
  });
}

function checkAllowedMentions(errors: FormError[], allowed: unknown): void {
  if (!isObject(allowed)) return;
  const parse = Array.isArray(allowed.parse) ? (allowed.parse as unknown[]) : [];
  for (const kind of ["users", "roles"] as const) {
    if (
      parse.includes(kind) &&
      Array.isArray(allowed[kind]) &&
      (allowed[kind] as unknown[]).length > 0
    ) {
      errors.push({
        path: ["allowed_mentions", kind],
        code: "MUTUALLY_EXCLUSIVE",
        message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      });
    }
  }
}

/** Every limit a message body breaks (emptiness is checked apart: edits may leave fields out). */
export function collectMessageErrors(body: unknown): FormError[] {
  const errors: FormError[] = [];
  if (!isObject(body)) {
    return [
      {
        path: [],
        code: "DICT_TYPE_CONVERT",
        message: "Only dictionaries may be used in a DictType",
      },
    ];
  }
  const flags = typeof body.flags === "number" ? body.flags : 0;
  maxLength(errors, ["content"], body.content, LIMITS.content);
  checkEmbeds(errors, body.embeds);
  checkComponents(errors, body.components, flags);
  checkAllowedMentions(errors, body.allowed_mentions);
  return errors;
}

/** True when a new message would carry nothing visible (Discord answers 50006). */
export function isEmptyMessage(body: unknown, fileCount: number): boolean {
  if (!isObject(body)) return true;
  const hasContent = typeof body.content === "string" && body.content.trim().length > 0;
  const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
  const hasComponents = Array.isArray(body.components) && body.components.length > 0;
  const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
  return !hasContent && !hasEmbeds && !hasComponents && !hasStickers && fileCount === 0;
}

/** Every rule an autocomplete result (callback type 8) breaks. */
export function collectChoiceErrors(data: unknown): FormError[] {
  const errors: FormError[] = [];
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) {
    return [
      { path: ["data", "choices"], code: "BASE_TYPE_REQUIRED", message: "This field is required" },
    ];
  }
  if (choices.length > LIMITS.choices) {
    errors.push({
      path: ["data", "choices"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${LIMITS.choices} or fewer in length.`,
    });
  }
  choices.forEach((choice: unknown, i) => {
    if (!isObject(choice)) return;
    const name = choice.name;
    if (typeof name !== "string" || name.length < 1 || name.length > LIMITS.choiceName) {
      errors.push({
        path: ["data", "choices", i, "name"],
        code: "BASE_TYPE_BAD_LENGTH",
        message: `Must be between 1 and ${LIMITS.choiceName} in length.`,
      });
    }
    const value = choice.value;
    if (typeof value === "string") {
      maxLength(errors, ["data", "choices", i, "value"], value, LIMITS.choiceValue);
    } else if (typeof value !== "number") {
      errors.push({
        path: ["data", "choices", i, "value"],
        code: "BASE_TYPE_REQUIRED",
        message: "This field is required",
      });
    }
  });
  return errors;
}

/** Discord's nested `errors` object for a 50035 response. */
export function nestFormErrors(errors: FormError[]): Json {
  const root: Json = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      const k = String(key);
      const next = node[k];
      if (isObject(next)) node = next;
      else {
        const created: Json = {};
        node[k] = created;
        node = created;
      }
    }
    const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return root;
}
