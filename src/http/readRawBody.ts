import type { IncomingMessage } from "node:http";

/** The body as sent, or why it was not read. */
export type RawBody = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Read a request's raw bytes (a signature is over exactly these), refusing more than `limit` bytes: a
 * declared Content-Length over the limit is refused before anything is read, and a stream that passes
 * it stops being read at once (paused, not drained) so the caller can answer 413 and close.
 */
export function readRawBody(request: IncomingMessage, limit: number): Promise<RawBody> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: RawBody) => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      finish({ ok: true, body: Buffer.concat(chunks) });
    };
    const onError = () => {
      finish({ ok: false, reason: "aborted" });
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
  });
}
