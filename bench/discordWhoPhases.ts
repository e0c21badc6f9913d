import { ChatInputCommandInteraction, Events } from "discord.js";
import { measureDiscordRatio } from "./discordRatio.js";
import { percentile } from "./measure.js";

type Phase = "event" | "handler" | "engine" | "reply";

/**
 * Where the time of a /who goes against /help, through the fake Discord, in bench/discordRatio.ts's own run: inject
 * to the bot's interactionCreate ("event"); from there to `interaction.reply` ("handler"), of which the engine's
 * `answer` ("engine"); the reply's REST call to its response ("reply": the fake has the message a little before).
 * `tsx bench/discordWhoPhases.ts [idleMs=0]`.
 */
async function measureWhoPhases(idleMs: number): Promise<void> {
  const phases: Record<Phase, number> = { event: 0, handler: 0, engine: 0, reply: 0 };
  let injectedAt = 0;
  let eventAt = 0;
  // As a plain function: it is re-applied with its own `this` below.
  type Reply = (this: ChatInputCommandInteraction, ...args: unknown[]) => Promise<unknown>;
  const prototype = ChatInputCommandInteraction.prototype as unknown as { reply: Reply };
  const reply = prototype.reply;
  const rows = new Map<string, number[]>();
  try {
    const figures = await measureDiscordRatio(40, {
      idleMs,
      onStarted({ bot, fake, engine }) {
        const inject = fake.injectChatInput.bind(fake);
        fake.injectChatInput = (input) => {
          injectedAt = performance.now();
          return inject(input);
        };
        bot.client.prependListener(Events.InteractionCreate, () => {
          eventAt = performance.now();
          phases.event = eventAt - injectedAt;
        });
        const answer = engine.answer.bind(engine);
        engine.answer = (command, query, options) => {
          const start = performance.now();
          const result = answer(command, query, options);
          phases.engine = performance.now() - start;
          return result;
        };
        prototype.reply = async function (this: ChatInputCommandInteraction, ...args: unknown[]) {
          const start = performance.now();
          phases.handler = start - eventAt;
          const response = await reply.apply(this, args);
          phases.reply = performance.now() - start;
          return response;
        };
      },
      onAnswered(kind, ms) {
        if (kind === "warm-up") return;
        const add = (key: string, value: number) =>
          rows.set(key, [...(rows.get(key) ?? []), value]);
        add(`${kind} total`, ms);
        add(`${kind} after`, ms - phases.event - phases.handler);
        for (const phase of Object.keys(phases) as Phase[])
          if (kind !== "help" || phase !== "engine") add(`${kind} ${phase}`, phases[phase]);
        phases.engine = 0;
      },
    });
    for (const [key, values] of rows)
      console.log(`${key.padEnd(14)} p50 ${percentile(values, 50).toFixed(3)} ms`);
    console.log(`ratio ${(figures.whoP50 / figures.helpP50).toFixed(2)}x`);
  } finally {
    prototype.reply = reply;
  }
}

await measureWhoPhases(Number(process.argv[2] ?? 0));
