import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A Redis-compatible server this test started, on loopback, with nothing written to disk. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stop it (SIGSTOP) so it accepts connections but never answers, until {@link resume}. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

/** The first of valkey-server and redis-server on PATH, or undefined where neither is installed. */
export function findRedisServerBinary(): string | undefined {
  for (const name of ["valkey-server", "redis-server"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    const path = found.stdout.trim();
    if (found.status === 0 && path) return path;
  }
  return undefined;
}

/** Why Redis tests skip here, or undefined when a server binary is installed. */
export function redisSkipReason(): string | undefined {
  return findRedisServerBinary()
    ? undefined
    : "neither valkey-server nor redis-server is installed (apt-get install -y redis-server)";
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/** Start valkey-server or redis-server on a free loopback port in a temporary directory. */
export async function startRedisServer(): Promise<RedisServer> {
  const binary = findRedisServerBinary();
  if (!binary) throw new Error("no valkey-server or redis-server on PATH");
  const dir = mkdtempSync(join(tmpdir(), "verbatim-redis-"));
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${binary} did not start within 10 s:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${binary} exited (${code}):\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: () => child.kill("SIGSTOP"),
    resume: () => child.kill("SIGCONT"),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGCONT");
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
