import { measureDiscordRatio } from "./discordRatio.js";

/**
 * Only the /who against /help measurement of bench/run.ts, several times in one process:
 * `tsx bench/discordRatioOnly.ts [runs=5] [rounds=40] [idleMs=0]`. Prints one line per run and the median ratio.
 */
async function runDiscordRatioOnly(): Promise<void> {
  const [runs = 5, rounds = 40, idleMs = 0] = process.argv.slice(2).map(Number);
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const f = await measureDiscordRatio(rounds, { idleMs });
    ratios.push(f.whoP50 / f.helpP50);
    console.log(
      `who p50 ${f.whoP50.toFixed(2)} p99 ${f.whoP99.toFixed(2)} | repeat p50 ${f.repeatP50.toFixed(2)} | help p50 ${f.helpP50.toFixed(2)} p99 ${f.helpP99.toFixed(2)} | ratio ${ratios.at(-1)!.toFixed(2)}x`,
    );
  }
  ratios.sort((a, b) => a - b);
  console.log(
    `median ratio ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}x over ${runs} runs`,
  );
}

await runDiscordRatioOnly();
