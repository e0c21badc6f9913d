import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { commands } from "../../commands/index.js";
import { describe, expect, it } from "vitest";
import { buildCommandPayload } from "../../src/discord/buildCommandPayload.js";
import { QUESTION_COMMANDS } from "../../src/engine/questionCommands.js";

type Option = {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: unknown[];
  max_length?: number;
  options?: Option[];
};
type Body = {
  name: string;
  description?: string;
  type?: number;
  options?: Option[];
  default_member_permissions?: string | null;
};

const payload = buildCommandPayload() as Body[];
const byName = new Map(payload.map((c) => [c.name, c]));

function checkOptions(options: Option[] | undefined) {
  expect(options?.length ?? 0).toBeLessThanOrEqual(25);
  let seenOptional = false;
  for (const option of options ?? []) {
    expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
    expect(option.description.length).toBeGreaterThanOrEqual(1);
    expect(option.description.length).toBeLessThanOrEqual(100);
    expect(option.autocomplete && option.choices).toBeFalsy();
    if (option.required) expect(seenOptional).toBe(false);
    else seenOptional = true;
    checkOptions(option.options);
  }
}

describe("command payload", () => {
  it("registers every command once", () => {
    expect([...byName.keys()].sort()).toEqual([
      "Find source",
      "ask",
      "help",
      "quote",
      "reload",
      "source",
      "sources",
      "stale-summaries",
      "summary",
      "when",
      "where",
      "who",
    ]);
    expect(byName.size).toBe(payload.length);
  });

  it("follows Discord's rules for names, descriptions, options and size", () => {
    for (const command of payload) {
      if (command.type === ApplicationCommandType.Message) {
        expect(command.name.length).toBeLessThanOrEqual(32);
        expect(command.description ?? "").toBe("");
        continue;
      }
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description!.length).toBeGreaterThanOrEqual(1);
      expect(command.description!.length).toBeLessThanOrEqual(100);
      checkOptions(command.options);
      expect(JSON.stringify(command).length).toBeLessThanOrEqual(8000);
    }
  });

  it("registers every question command, each with a required autocompleted query and an optional private flag", () => {
    for (const name of QUESTION_COMMANDS) {
      expect(byName.has(name), name).toBe(true);
      const [query, privately] = byName.get(name)!.options!;
      expect(query).toMatchObject({
        name: "query",
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
      });
      expect(query!.max_length).toBeLessThanOrEqual(6000);
      expect(privately).toMatchObject({
        name: "private",
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      });
    }
  });

  it("offers every command in servers only (context 0, server install) and never sets the deprecated dm_permission", () => {
    for (const command of payload as (Body & Record<string, unknown>)[]) {
      expect(command.contexts, command.name).toEqual([InteractionContextType.Guild]);
      expect(command.integration_types, command.name).toEqual([
        ApplicationIntegrationType.GuildInstall,
      ]);
      expect(command, command.name).not.toHaveProperty("dm_permission");
    }
  });

  it("gives /help no cooldown, /summary and /stale-summaries 30 s, Find source 10 s and questions the default", () => {
    const cooldowns = Object.fromEntries(commands.map((c) => [c.data.name, c.cooldown]));
    expect(cooldowns).toMatchObject({
      help: 0,
      summary: 30,
      "stale-summaries": 30,
      "Find source": 10,
      who: undefined,
      ask: undefined,
    });
  });

  it("shows /summary by default only to members with Pin Messages", () => {
    expect(PermissionFlagsBits.PinMessages).toBe(1n << 51n);
    expect(byName.get("summary")!.default_member_permissions).toBe(String(1n << 51n));
  });

  it("asks /source for an autocompleted article and a paragraph number from 1", () => {
    const [article, paragraph] = byName.get("source")!.options!;
    expect(article).toMatchObject({ name: "article", required: true, autocomplete: true });
    expect(paragraph).toMatchObject({
      name: "paragraph",
      type: ApplicationCommandOptionType.Integer,
      required: true,
      min_value: 1,
    });
  });

  it("offers Find source in the message menu", () => {
    expect(byName.get("Find source")).toMatchObject({ type: ApplicationCommandType.Message });
  });

  it("returns copies, so a caller cannot change the runtime commands", () => {
    const first = buildCommandPayload();
    (first[0] as Body).name = "changed";
    expect(buildCommandPayload()[0]!.name).not.toBe("changed");
  });
});
