import { spawn } from "node:child_process";

/** Milliseconds from spawning `node dist/src/index.js` until stdout or stderr shows `ready`, then until `answered` after sending `input`. */
export function timeStart(env: NodeJS.ProcessEnv, ready: RegExp, input?: { line: string; answered: RegExp }, timeoutMs = 120_000): Promise<{ readyMs: number; answerMs?: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["dist/src/index.js"], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let readyMs: number | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no ${readyMs === undefined ? "ready" : "answer"} line within ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const finish = (result: { readyMs: number; answerMs?: number }) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyMs === undefined && ready.test(output)) {
        readyMs = performance.now() - start;
        if (!input) return finish({ readyMs });
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
