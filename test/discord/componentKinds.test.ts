import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import {
  ACTION_ROW,
  BUTTON,
  BUTTON_PRIMARY,
  BUTTON_SECONDARY,
} from "../../src/discord/render/componentKinds.js";

describe("the renderers' component numbers", () => {
  it("are discord-api-types' own", () => {
    expect(ACTION_ROW).toBe(ComponentType.ActionRow);
    expect(BUTTON).toBe(ComponentType.Button);
    expect(BUTTON_PRIMARY).toBe(ButtonStyle.Primary);
    expect(BUTTON_SECONDARY).toBe(ButtonStyle.Secondary);
  });
});
