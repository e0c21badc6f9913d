import { describe, expect, it } from "vitest";
import { stripDiscordMarkup } from "../../src/discord/stripDiscordMarkup.js";

describe("stripDiscordMarkup", () => {
  it("drops user, role, channel and everyone mentions from a query", () => {
    expect(
      stripDiscordMarkup(
        "<@123456789012345678> <@!123456789012345678> Lavrov <@&123456789012345678> met <#123456789012345678> Rubio @everyone @here",
      ),
    ).toBe("Lavrov met Rubio");
  });

  it("keeps a custom emoji's name and drops command mentions and timestamps", () => {
    expect(
      stripDiscordMarkup(
        "</who:123456789012345678> <:ukraine:123456789012345678> talks <t:1700000000:R>",
      ),
    ).toBe("ukraine talks");
  });

  it("leaves ordinary text, e-mail addresses and markdown alone", () => {
    expect(stripDiscordMarkup("who wrote to press@example.org about **Riyadh**?")).toBe(
      "who wrote to press@example.org about **Riyadh**?",
    );
  });

  it("turns a query of nothing but pings into an empty one", () => {
    expect(stripDiscordMarkup("@everyone <@&123456789012345678>")).toBe("");
  });
});
