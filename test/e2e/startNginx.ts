import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The nginx binary, or undefined where it is not installed. */
export function findNginx(): string | undefined {
  for (const path of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"])
    if (existsSync(path)) return path;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return which.status === 0 && found ? found : undefined;
}

/**
 * A runnable nginx.conf made from `deploy/nginx.conf`: its upstream block with `ports` as the instances,
 * and its server block as it is but listening on `listenPort` on loopback. Only the process-wide parts
 * (pid, logs, temp paths, one worker so round robin is deterministic) are the test's own.
 */
export function buildTestNginxConf(
  deployed: string,
  dir: string,
  ports: readonly number[],
  listenPort: number,
): string {
  const upstream = /^upstream verbatim \{[\s\S]*?^\}/m.exec(deployed)?.[0];
  const server = /^server \{[\s\S]*?^\}/m.exec(deployed)?.[0];
  if (!upstream || !server)
    throw new Error("deploy/nginx.conf has no upstream verbatim or server block");
  const servers = ports.map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=5s;`);
  const testUpstream = upstream
    .split("\n")
    .filter((line) => !/^\s*server\s/.test(line))
    .flatMap((line) => (/^upstream /.test(line) ? [line, ...servers] : [line]))
    .join("\n");
  const testServer = server.replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${listenPort};`);
  if (testServer === server)
    throw new Error("deploy/nginx.conf's server block has no `listen 80;`");
  return [
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log info;`,
    "events { worker_connections 256; }",
    "http {",
    `  access_log ${dir}/access.log;`,
    `  client_body_temp_path ${dir}/client_body;`,
    `  proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi;`,
    `  uwsgi_temp_path ${dir}/uwsgi;`,
    `  scgi_temp_path ${dir}/scgi;`,
    testUpstream,
    testServer,
    "}",
    "",
  ].join("\n");
}

/** nginx running in the foreground on a generated configuration. */
export interface RunningNginx {
  child: ChildProcess;
  dir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Start nginx (not as a daemon) in front of `ports`, listening on `listenPort`; resolves once it accepts requests. */
export async function startNginx(
  binary: string,
  ports: readonly number[],
  listenPort: number,
): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-nginx-"));
  // Workers run as an unprivileged user when the master is root: let them write their temp files.
  chmodSync(dir, 0o755);
  for (const sub of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  const deployed = readFileSync("deploy/nginx.conf", "utf8");
  writeFileSync(join(dir, "nginx.conf"), buildTestNginxConf(deployed, dir, ports, listenPort));
  let output = "";
  const child = spawn(
    binary,
    ["-p", dir, "-e", join(dir, "error.log"), "-c", join(dir, "nginx.conf"), "-g", "daemon off;"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      resolve();
    }),
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${output}`);
    try {
      await fetch(`http://127.0.0.1:${listenPort}/`, { signal: AbortSignal.timeout(500) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen within 10 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    child,
    dir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
