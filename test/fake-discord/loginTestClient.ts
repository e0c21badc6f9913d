import { once } from "node:events";
import { Client, GatewayIntentBits, type ClientOptions } from "discord.js";
import type { FakeDiscord } from "./fakeDiscord.js";

/** discord.js options that point a Client at the fake, with no pings on anything it sends. */
export function fakeClientOptions(
  fake: FakeDiscord,
  extra: Partial<ClientOptions> = {},
): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...extra,
    rest: { api: fake.restUrl, ...(extra.rest ?? {}) },
  };
}

/** A real discord.js Client logged in to the fake, resolved once it is ready (guild cached). */
export async function loginTestClient(
  fake: FakeDiscord,
  extra: Partial<ClientOptions> = {},
): Promise<Client<true>> {
  const client = new Client(fakeClientOptions(fake, extra));
  const ready = once(client, "clientReady");
  await client.login(fake.token);
  await ready;
  return client as Client<true>;
}
