import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { createLogger } from "../../src/logger.js";
import {
  MODERATOR_PERMISSIONS,
  signInteraction,
  startFakeDiscord,
  type FakeDiscord,
} from "../fake-discord/index.js";
import {
  findFreePort,
  spawnEntryPoint,
  waitForOutput,
  type SpawnedEntryPoint,
} from "./spawnEntryPoint.js";
import { buttonsOf, messageText } from "./startBotOnFake.js";
import { findNginx, startNginx, type RunningNginx } from "./startNginx.js";

const nginx = findNginx();
if (!nginx)
  console.warn(
    "skipping the nginx end-to-end test: no nginx binary (apt-get install -y nginx; .ci/run installs it)",
  );

/** The instance that answered a delivery, from the header each instance sets. */
const instanceOf = (headers: Record<string, string>) => headers["x-verbatim-instance"];

describe.skipIf(!nginx)(
  "HTTP interactions: two bot processes behind a real nginx (deploy/nginx.conf)",
  () => {
    let fake: FakeDiscord;
    let proxy: RunningNginx;
    let url: string;
    const bots: SpawnedEntryPoint[] = [];
    let ports: number[] = [];

    beforeAll(async () => {
      fake = await startFakeDiscord({ channels: ["general", "answers"] });
      const env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_BASE: fake.restUrl,
      };
      // Commands are registered once, as `npm run deploy-commands` would; the instances never do it.
      await deployCommands(
        parseConfig({ ...env, VERBATIM_CACHE_DIR: "off" }),
        createLogger("silent"),
      );
      ports = [await findFreePort(), await findFreePort()];
      for (const port of ports) {
        bots.push(
          spawnEntryPoint({
            ...env,
            DISCORD_PUBLIC_KEY: fake.publicKeyHex,
            HTTP_PORT: String(port),
            SEEDS_DIR: "seeds",
            LOG_FORMAT: "json",
          }),
        );
      }
      await Promise.all(bots.map((bot) => waitForOutput(bot.logs, /"msg":"bot ready"/, 60_000)));
      const listen = await findFreePort();
      proxy = await startNginx(nginx!, ports, listen);
      url = `http://127.0.0.1:${listen}/interactions`;
      fake.interactionsUrl = url;
    }, 90_000);

    afterAll(async () => {
      for (const bot of bots) bot.child.kill("SIGTERM");
      await Promise.all(bots.map((bot) => bot.exited));
      await proxy.stop();
      await fake.close();
    });

    it("never connected to the gateway: both instances answer over HTTP only", () => {
      expect(fake.requests.some((r) => r.path === "/gateway/bot")).toBe(false);
      for (const bot of bots) expect(bot.logs()).toMatch(/"mode":"http interactions"/);
    });

    it("answers PING through nginx, and 401 to a bad signature", async () => {
      const ping = JSON.stringify({
        id: "1",
        application_id: fake.applicationId,
        type: 1,
        token: "t",
        version: 1,
      });
      const ok = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...signInteraction(ping, fake.interactionKeys.privateKey),
        },
        body: ping,
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ type: 1 });
      const forged = signInteraction(`${ping} `, fake.interactionKeys.privateKey);
      const bad = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...forged },
        body: ping,
      });
      expect(bad.status).toBe(401);
      const big = await fetch(url, { method: "POST", body: "x".repeat(1024 * 1024 + 1) });
      expect(big.status).toBe(413);
    });

    it("answers /who and autocomplete, and the other instance pages the answer", async () => {
      const asked = fake.injectChatInput({
        name: "who",
        options: { query: "Russian foreign minister" },
      });
      const askedBy = instanceOf((await fake.delivery(asked.id)).headers);
      const reply = await fake.waitForReply(asked.id);
      expect(messageText(reply)).toMatch(/Lavrov/);
      const more = buttonsOf(reply).get("More answers");
      expect(more).toBeDefined();
      // Round robin over two instances: the next request goes to the other one.
      const pressed = fake.injectButton({ customId: more!.customId, messageId: reply.message.id });
      const paged = await fake.delivery(pressed.id);
      expect(instanceOf(paged.headers)).toBeDefined();
      expect(instanceOf(paged.headers)).not.toBe(askedBy);
      expect((paged.body as { type: number }).type).toBe(7);
      expect(paged.callbackStatus).toBe(204);
      expect(fake.message(reply.message.id)?.message.embeds[0]?.footer?.text).toMatch(
        /^Answer 2 of/,
      );

      const typed = fake.injectAutocomplete({
        name: "who",
        options: { query: "lav" },
        focused: "query",
      });
      const choices = await fake.waitForChoices(typed.id);
      expect(choices.length).toBeGreaterThan(0);
    });

    it("publishes and pins through nginx: deferred, then the pin and the webhook edit on the fake's REST", async () => {
      const previewed = fake.injectChatInput({
        name: "summary",
        options: { topic: "ceasefire" },
        permissions: MODERATOR_PERMISSIONS,
        user: fake.users.moderator,
      });
      const preview = await fake.waitForReply(previewed.id);
      const pressed = fake.injectButton({
        customId: buttonsOf(preview).get("Publish & pin")?.customId ?? "",
        messageId: preview.message.id,
        user: fake.users.moderator,
        permissions: MODERATOR_PERMISSIONS,
      });
      expect((await fake.delivery(pressed.id)).body).toEqual({ type: 5, data: { flags: 64 } });
      const answer = await fake.waitForReply(pressed.id);
      expect(answer.message.content).toMatch(/^Published and pinned/);
      expect(fake.pins(fake.channelId)).toHaveLength(1);
      expect(
        fake.requests.some(
          (r) =>
            r.route === "PATCH /webhooks/:appId/:token/messages/:mid" &&
            r.path.includes(pressed.token) &&
            r.path.endsWith("/@original"),
        ),
      ).toBe(true);
      expect(fake.requests.some((r) => r.route === "PUT /channels/:id/messages/pins/:mid")).toBe(
        true,
      );
    });

    it("spreads 50 /who over both instances, each well within Discord's 3 s (p50 reported)", async () => {
      const times: number[] = [];
      const seen = new Map<string, number>();
      for (let i = 0; i < 50; i++) {
        const { id } = fake.injectChatInput({
          name: "who",
          options: { query: "Russian foreign minister" },
        });
        const delivery = await fake.delivery(id);
        expect(delivery.callbackStatus).toBe(204);
        times.push(delivery.elapsedMs);
        const instance = instanceOf(delivery.headers) ?? "?";
        seen.set(instance, (seen.get(instance) ?? 0) + 1);
      }
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(times.length / 2)] ?? 0;
      const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
      const line = `/who through nginx, 50 requests: p50 ${p50} ms, p95 ${p95} ms, per instance ${JSON.stringify(Object.fromEntries(seen))}`;
      console.log(line);
      writeFileSync(`${proxy.dir}/latency.txt`, `${line}\n`);
      expect([...seen.values()]).toEqual([25, 25]);
      // Each instance's own metrics count the answers it gave (not through nginx: /metrics stays internal).
      const answered = await Promise.all(
        ports.map(async (port) => {
          const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
          const line = text
            .split("\n")
            .find((l) =>
              l.startsWith('verbatim_interactions_total{command="who",outcome="answered"}'),
            );
          return Number(line?.split(" ").pop() ?? 0);
        }),
      );
      expect(answered.every((n) => n >= 25)).toBe(true);
      const blocked = await fetch(url.replace("/interactions", "/metrics"));
      expect(blocked.status).toBe(404);
      expect(p95).toBeLessThan(2000);
    });
  },
);
