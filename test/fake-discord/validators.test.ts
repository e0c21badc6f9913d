import { describe, expect, it } from "vitest";
import { collectCommandErrors } from "./validateCommands.js";
import {
  collectChoiceErrors,
  collectMessageErrors,
  isEmptyMessage,
  nestFormErrors,
} from "./validateMessage.js";

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe("the fake's message limits", () => {
  it("accepts a message at every limit exactly", () => {
    const body = {
      content: "c".repeat(2000),
      embeds: [
        {
          title: "t".repeat(256),
          description: "d".repeat(4096),
          footer: { text: "f".repeat(1000) },
          fields: [{ name: "n", value: "v".repeat(600) }],
        },
      ],
      components: [
        {
          type: 1,
          components: Array.from({ length: 5 }, (_, i) => ({
            type: 2,
            style: 1,
            label: "l".repeat(80),
            custom_id: `${i}`.padEnd(100, "x"),
          })),
        },
      ],
      allowed_mentions: { parse: [] },
    };
    expect(collectMessageErrors(body)).toEqual([]);
  });

  it("rejects content over 2000, a title over 256 and a description over 4096", () => {
    const errors = collectMessageErrors({
      content: "c".repeat(2001),
      embeds: [{ title: "t".repeat(257), description: "d".repeat(4097) }],
    });
    expect(errors.map((e) => e.path.join("."))).toEqual([
      "content",
      "embeds.0.title",
      "embeds.0.description",
    ]);
  });

  it("rejects more than 6000 characters over all embeds even when each part fits", () => {
    const embed = { description: "d".repeat(3500) };
    expect(codes(collectMessageErrors({ embeds: [embed, embed] }))).toEqual([
      "MAX_EMBED_SIZE_EXCEEDED",
    ]);
  });

  it("rejects 26 fields, an empty field value, 11 embeds and long field names, values, footers and authors", () => {
    const fields = Array.from({ length: 26 }, () => ({ name: "n", value: "v" }));
    const errors = collectMessageErrors({
      embeds: [
        { fields },
        {
          fields: [
            { name: "n".repeat(257), value: "" },
            { name: "n", value: "v".repeat(1025) },
          ],
          footer: { text: "f".repeat(2049) },
          author: { name: "a".repeat(257) },
        },
        ...Array.from({ length: 9 }, () => ({ title: "x" })),
      ],
    });
    const paths = errors.map((e) => e.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "embeds",
        "embeds.0.fields",
        "embeds.1.fields.0.value",
        "embeds.1.fields.0.name",
        "embeds.1.fields.1.value",
        "embeds.1.footer.text",
        "embeds.1.author.name",
      ]),
    );
  });

  it("rejects six rows, six buttons in a row, long labels, long or duplicate custom ids", () => {
    const button = (id: string) => ({ type: 2, style: 1, label: "ok", custom_id: id });
    const rows = [
      { type: 1, components: ["a", "b", "c", "d", "e", "f"].map(button) },
      {
        type: 1,
        components: [
          { ...button("g"), label: "l".repeat(81) },
          button("x".repeat(101)),
          button("a"),
        ],
      },
      ...Array.from({ length: 4 }, (_, i) => ({ type: 1, components: [button(`r${i}`)] })),
    ];
    expect(codes(collectMessageErrors({ components: rows }))).toEqual(
      expect.arrayContaining(["BASE_TYPE_MAX_LENGTH", "COMPONENT_CUSTOM_ID_DUPLICATED"]),
    );
    const paths = collectMessageErrors({ components: rows }).map((e) => e.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "components",
        "components.0.components",
        "components.1.components.0.label",
        "components.1.components.1.custom_id",
      ]),
    );
  });

  it("calls a message with no content, embeds, components or files empty", () => {
    expect(isEmptyMessage({ content: "  " }, 0)).toBe(true);
    expect(isEmptyMessage({ content: "  " }, 1)).toBe(false);
    expect(isEmptyMessage({ embeds: [{ title: "x" }] }, 0)).toBe(false);
  });

  it("limits autocomplete to 25 choices with names of 1 to 100 and values up to 100 characters", () => {
    expect(collectChoiceErrors({ choices: [{ name: "a", value: "a" }] })).toEqual([]);
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ name: `${i}`, value: `${i}` }));
    expect(codes(collectChoiceErrors({ choices: tooMany }))).toEqual(["BASE_TYPE_MAX_LENGTH"]);
    const bad = collectChoiceErrors({
      choices: [
        { name: "", value: "v" },
        { name: "n".repeat(101), value: "v" },
        { name: "n", value: "v".repeat(101) },
      ],
    });
    expect(bad.map((e) => e.path.join("."))).toEqual([
      "data.choices.0.name",
      "data.choices.1.name",
      "data.choices.2.value",
    ]);
  });

  it("nests errors the way Discord reports them", () => {
    expect(nestFormErrors([{ path: ["embeds", 0, "title"], code: "C", message: "M" }])).toEqual({
      embeds: { "0": { title: { _errors: [{ code: "C", message: "M" }] } } },
    });
  });
});

describe("the fake's command payload rules", () => {
  const good = {
    name: "who",
    description: "Who?",
    options: [
      { type: 3, name: "query", description: "q", required: true, autocomplete: true },
      { type: 5, name: "private", description: "p" },
    ],
  };

  it("accepts a valid chat-input and message command", () => {
    expect(collectCommandErrors([good, { name: "Find source", type: 3 }])).toEqual([]);
  });

  it("rejects bad names, missing or long descriptions, optional before required, choices with autocomplete, duplicates", () => {
    const errors = collectCommandErrors([
      { name: "Who", description: "x" },
      { name: "ask", description: "" },
      { name: "when", description: "d".repeat(101) },
      {
        name: "where",
        description: "x",
        options: [
          { type: 3, name: "a", description: "a" },
          { type: 3, name: "b", description: "b", required: true },
        ],
      },
      {
        name: "quote",
        description: "x",
        options: [
          {
            type: 3,
            name: "a",
            description: "a",
            autocomplete: true,
            choices: [{ name: "x", value: "x" }],
          },
        ],
      },
      good,
      good,
    ]);
    expect(codes(errors)).toEqual([
      "APPLICATION_COMMAND_INVALID_NAME",
      "BASE_TYPE_BAD_LENGTH",
      "BASE_TYPE_BAD_LENGTH",
      "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
      "AUTOCOMPLETE_AND_CHOICES",
      "APPLICATION_COMMANDS_DUPLICATE_NAME",
    ]);
  });

  it("accepts server-only contexts and rejects unknown, empty or repeated context and integration types", () => {
    expect(collectCommandErrors([{ ...good, contexts: [0], integration_types: [0] }])).toEqual([]);
    const errors = collectCommandErrors([
      { ...good, name: "a", contexts: [3] },
      { ...good, name: "b", integration_types: [] },
      { ...good, name: "c", contexts: [0, 0] },
    ]);
    expect(codes(errors)).toEqual([
      "ENUM_TYPE_COERCE",
      "BASE_TYPE_ARRAY",
      "SET_TYPE_ALREADY_CONTAINS_VALUE",
    ]);
  });

  it("rejects 26 options and a command over 8000 characters in total", () => {
    const options = Array.from({ length: 26 }, (_, i) => ({
      type: 3,
      name: `o${i}`,
      description: "d".repeat(100),
    }));
    const leaves = Array.from({ length: 25 }, (_, i) => ({
      type: 3,
      name: `p${i}`,
      description: "d".repeat(100),
    }));
    // Four subcommands of 25 long options: each part is legal, the whole is about 10,000 characters.
    const big = {
      name: "big",
      description: "x",
      options: Array.from({ length: 4 }, (_, i) => ({
        type: 1,
        name: `s${i}`,
        description: "s",
        options: leaves,
      })),
    };
    expect(codes(collectCommandErrors([{ name: "many", description: "x", options }]))).toContain(
      "BASE_TYPE_MAX_LENGTH",
    );
    expect(codes(collectCommandErrors([big]))).toEqual(["APPLICATION_COMMAND_TOO_LARGE"]);
  });
});
