import type {
  AutocompleteInteraction as DjsAutocomplete,
  ButtonInteraction as DjsButton,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
} from "discord.js";
import { describe, expectTypeOf, it } from "vitest";
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInteraction,
  MessageMenuInteraction,
} from "../../src/discord/interaction.js";

// Checked by the type checker (`npm test` runs tsc first): the gateway path hands discord.js's own
// interactions to the command layer, so they must keep satisfying its interfaces.
describe("discord.js interactions satisfy the command layer's interfaces", () => {
  it("slash commands, context menus, autocomplete and buttons", () => {
    expectTypeOf<ChatInputCommandInteraction>().toExtend<ChatInteraction>();
    expectTypeOf<MessageContextMenuCommandInteraction>().toExtend<MessageMenuInteraction>();
    expectTypeOf<DjsAutocomplete>().toExtend<AutocompleteInteraction>();
    expectTypeOf<DjsButton>().toExtend<ButtonInteraction>();
  });
});
