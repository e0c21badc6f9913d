import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** The real entry point running in its own process, with everything it writes collected. */
export interface SpawnedEntryPoint {
  child: ChildProcess;
  /** stdout and stderr together, in arrival order. */
  output: () => string;
  /** stderr only: the log lines. */
  logs: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

/** Start `src/index.ts` under tsx with `env` on top of a quiet, cache-less default environment. */
export function spawnEntryPoint(env: Record<string, string>): SpawnedEntryPoint {
  let output = "";
  let logs = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    env: {
      ...process.env,
      VERBATIM_CACHE_DIR: "off",
      COOLDOWN_SECONDS: "0",
      LOG_LEVEL: "debug",
      DISCORD_TOKEN: "",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    logs += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => {
    child.on("exit", (code) => resolve({ code, at: performance.now() }));
  });
  return { child, output: () => output, logs: () => logs, exited };
}

/** Wait until `read()` matches `pattern`. */
export async function waitForOutput(
  read: () => string,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline)
      throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${read().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A loopback port free right now, for a process that must be told its port in advance. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
