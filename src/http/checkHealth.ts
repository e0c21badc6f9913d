/**
 * The container's health check: `node dist/src/http/checkHealth.js` exits 0 when `GET /healthz` answers
 * 200, else 1. It reads HTTP_PORT and HTTP_HOST as the bot does, so it needs no curl in the image.
 */
const port = process.env.HTTP_PORT?.trim();
const host = process.env.HTTP_HOST?.trim() || "127.0.0.1";
// A server listening on every interface is reached on loopback.
const target = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
// A module (for top-level await), exporting nothing.
export {};

if (!port) {
  process.stderr.write("checkHealth: HTTP_PORT is not set, so there is no health endpoint\n");
  process.exit(1);
}
try {
  const url = `http://${target.includes(":") ? `[${target}]` : target}:${port}/healthz`;
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  process.stdout.write(`${response.status} ${await response.text()}\n`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  process.stderr.write(`checkHealth: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
