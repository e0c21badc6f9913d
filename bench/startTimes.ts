import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** What one start of the compiled build showed. */
export interface StartFigures {
  /** Milliseconds from spawning until the `ready` line. */
  readyMs: number;
  /** Milliseconds from spawning until the answer to `input`, when one was asked. */
  answerMs?: number;
  /** The process's peak resident memory until then (Linux: VmHWM), in MB; NaN where the system does not say. */
  peakRssMB: number;
  /** Lines of progress ("still loading") it logged before it was ready. */
  progressLines: number;
}

/** The peak resident memory of a running process in MB, from /proc (Linux); NaN elsewhere. */
function peakRssOf(pid: number | undefined): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Milliseconds from spawning `node dist/src/index.js` until stdout or stderr shows `ready`, then until `answered` after sending `input`. */
export function timeStart(
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  input?: { line: string; answered: RegExp },
  timeoutMs = 120_000,
  /** The project whose build is started (bench/consoleStart.ts compares builds); the working directory by default. */
  cwd?: string,
): Promise<StartFigures> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["dist/src/index.js"], {
      env: { ...process.env, ...env },
      ...(cwd ? { cwd } : {}),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let readyMs: number | undefined;
    let progressLines = 0;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `no ${readyMs === undefined ? "ready" : "answer"} line within ${timeoutMs} ms:\n${output.slice(-2000)}`,
        ),
      );
    }, timeoutMs);
    const finish = (result: Omit<StartFigures, "peakRssMB" | "progressLines">) => {
      clearTimeout(timer);
      const peakRssMB = peakRssOf(child.pid);
      child.kill("SIGTERM");
      resolve({ ...result, peakRssMB, progressLines });
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyMs === undefined && ready.test(output)) {
        readyMs = performance.now() - start;
        progressLines = output.split("\n").filter((line) => line.includes("still loading")).length;
        if (!input) {
          finish({ readyMs });
          return;
        }
        output = "";
        child.stdin.write(`${input.line}\n`);
      } else if (readyMs !== undefined && input && input.answered.test(output)) {
        finish({ readyMs, answerMs: performance.now() - start });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
  });
}
